"""Getting an ExportedProgram: model files, torch.export, and the decompositions the lowerings need."""
