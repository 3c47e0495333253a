module @GPTDecoder attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22int64\22,\22name\22:\22ids\22,\22shape\22:[\22batch\22,\22seq\22]}],\22model\22:\22GPTDecoder\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22kind\22:\22leaf\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22output\22,\22shape\22:[\22batch\22,\22seq\22,512]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{\22batch\22:{\22dims\22:[\22ids:0\22],\22max\22:32,\22min\22:1},\22seq\22:{\22dims\22:[\22ids:1\22],\22max\22:64,\22min\22:1}},\22weights\22:{\22file\22:\22gpt_decoder.safetensors\22,\22inline\22:false,\22sha256\22:\229485570f1bf80576c98f23ec83d69f2156c1cf05036a09e72673e8ec43ab941c\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22pos.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.ln1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.ln1.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.qkv.weight\22,\22role\22:\22parameter\22,\22shape\22:[384,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.qkv.bias\22,\22role\22:\22parameter\22,\22shape\22:[384]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.ln2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.ln2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.mlp.2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,512]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.mlp.2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.ln1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.ln1.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.qkv.weight\22,\22role\22:\22parameter\22,\22shape\22:[384,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.qkv.bias\22,\22role\22:\22parameter\22,\22shape\22:[384]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.ln2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.ln2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.mlp.2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,512]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.mlp.2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22ln_f.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22ln_f.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22head.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,128]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<64x128xf32> {torchtpu.name = "pos.weight"}, %arg2: tensor<128xf32> {torchtpu.name = "blocks.0.ln1.weight"}, %arg3: tensor<128xf32> {torchtpu.name = "blocks.0.ln1.bias"}, %arg4: tensor<384x128xf32> {torchtpu.name = "blocks.0.qkv.weight"}, %arg5: tensor<384xf32> {torchtpu.name = "blocks.0.qkv.bias"}, %arg6: tensor<128x128xf32> {torchtpu.name = "blocks.0.proj.weight"}, %arg7: tensor<128xf32> {torchtpu.name = "blocks.0.proj.bias"}, %arg8: tensor<128xf32> {torchtpu.name = "blocks.0.ln2.weight"}, %arg9: tensor<128xf32> {torchtpu.name = "blocks.0.ln2.bias"}, %arg10: tensor<512x128xf32> {torchtpu.name = "blocks.0.mlp.0.weight"}, %arg11: tensor<512xf32> {torchtpu.name = "blocks.0.mlp.0.bias"}, %arg12: tensor<128x512xf32> {torchtpu.name = "blocks.0.mlp.2.weight"}, %arg13: tensor<128xf32> {torchtpu.name = "blocks.0.mlp.2.bias"}, %arg14: tensor<128xf32> {torchtpu.name = "blocks.1.ln1.weight"}, %arg15: tensor<128xf32> {torchtpu.name = "blocks.1.ln1.bias"}, %arg16: tensor<384x128xf32> {torchtpu.name = "blocks.1.qkv.weight"}, %arg17: tensor<384xf32> {torchtpu.name = "blocks.1.qkv.bias"}, %arg18: tensor<128x128xf32> {torchtpu.name = "blocks.1.proj.weight"}, %arg19: tensor<128xf32> {torchtpu.name = "blocks.1.proj.bias"}, %arg20: tensor<128xf32> {torchtpu.name = "blocks.1.ln2.weight"}, %arg21: tensor<128xf32> {torchtpu.name = "blocks.1.ln2.bias"}, %arg22: tensor<512x128xf32> {torchtpu.name = "blocks.1.mlp.0.weight"}, %arg23: tensor<512xf32> {torchtpu.name = "blocks.1.mlp.0.bias"}, %arg24: tensor<128x512xf32> {torchtpu.name = "blocks.1.mlp.2.weight"}, %arg25: tensor<128xf32> {torchtpu.name = "blocks.1.mlp.2.bias"}, %arg26: tensor<128xf32> {torchtpu.name = "ln_f.weight"}, %arg27: tensor<128xf32> {torchtpu.name = "ln_f.bias"}, %arg28: tensor<512x128xf32> {torchtpu.name = "head.weight"}, %arg29: tensor<?x?xi64> {torchtpu.name = "ids"}) -> (tensor<?x?x512xf32> {torchtpu.name = "output"}) {
    %c = stablehlo.constant dense<64> : tensor<i64>
    %c_0 = stablehlo.constant dense<32> : tensor<i64>
    %c_1 = stablehlo.constant dense<0> : tensor<i64>
    %c_2 = stablehlo.constant dense<-1> : tensor<i64>
    %c_3 = stablehlo.constant dense<1> : tensor<i64>
    %0 = stablehlo.get_dimension_size %arg29, dim = 0 : (tensor<?x?xi64>) -> tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<i64>
    %2 = stablehlo.get_dimension_size %arg29, dim = 1 : (tensor<?x?xi64>) -> tensor<i32>
    %3 = stablehlo.convert %2 : (tensor<i32>) -> tensor<i64>
    %4 = stablehlo.compare GE, %1, %c_3, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%4, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'batch'. Using the following polymorphic shapes specifications: args[28].shape = (batch, seq). Obtained dimension variables: 'batch' = {0} from specification 'batch' for dimension args[28].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>) -> ()
    %5 = stablehlo.compare GE, %3, %c_3, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%5, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'seq'. Using the following polymorphic shapes specifications: args[28].shape = (batch, seq). Obtained dimension variables: 'batch' = {0} from specification 'batch' for dimension args[28].shape[0] (= {0}), 'seq' = {1} from specification 'seq' for dimension args[28].shape[1] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %6 = stablehlo.convert %1 : tensor<i64>
    %7 = stablehlo.add %6, %c_2 : tensor<i64>
    %8 = stablehlo.compare GE, %7, %c_1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %9 = stablehlo.convert %1 : tensor<i64>
    %10 = stablehlo.add %9, %c_2 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%8, %10, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch >= 1. Expected 'batch - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[28].shape = (batch, seq). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[28].shape[0] (= {1}), 'seq' = {2} from specification 'seq' for dimension args[28].shape[1] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %11 = stablehlo.convert %3 : tensor<i64>
    %12 = stablehlo.add %11, %c_2 : tensor<i64>
    %13 = stablehlo.compare GE, %12, %c_1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %14 = stablehlo.convert %3 : tensor<i64>
    %15 = stablehlo.add %14, %c_2 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%13, %15, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint seq >= 1. Expected 'seq - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[28].shape = (batch, seq). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[28].shape[0] (= {1}), 'seq' = {2} from specification 'seq' for dimension args[28].shape[1] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %16 = stablehlo.convert %1 : tensor<i64>
    %17 = stablehlo.multiply %16, %c_2 : tensor<i64>
    %18 = stablehlo.add %17, %c_0 : tensor<i64>
    %19 = stablehlo.compare GE, %18, %c_1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %20 = stablehlo.convert %1 : tensor<i64>
    %21 = stablehlo.multiply %20, %c_2 : tensor<i64>
    %22 = stablehlo.add %21, %c_0 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%19, %22, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch <= 32. Expected '- batch + 32' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[28].shape = (batch, seq). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[28].shape[0] (= {1}), 'seq' = {2} from specification 'seq' for dimension args[28].shape[1] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %23 = stablehlo.convert %3 : tensor<i64>
    %24 = stablehlo.multiply %23, %c_2 : tensor<i64>
    %25 = stablehlo.add %24, %c : tensor<i64>
    %26 = stablehlo.compare GE, %25, %c_1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %27 = stablehlo.convert %3 : tensor<i64>
    %28 = stablehlo.multiply %27, %c_2 : tensor<i64>
    %29 = stablehlo.add %28, %c : tensor<i64>
    stablehlo.custom_call @shape_assertion(%26, %29, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint seq <= 64. Expected '- seq + 64' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[28].shape = (batch, seq). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[28].shape[0] (= {1}), 'seq' = {2} from specification 'seq' for dimension args[28].shape[1] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %30 = call @_wrapped_jax_export_main(%arg0, %1, %3, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29) : (tensor<i64>, tensor<i64>, tensor<i64>, tensor<64x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x128xf32>, tensor<384xf32>, tensor<128x128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<512xf32>, tensor<128x512xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x128xf32>, tensor<?x?xi64>) -> tensor<?x?x512xf32>
    return %30 : tensor<?x?x512xf32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<i64> {jax.global_constant = "batch"}, %arg2: tensor<i64> {jax.global_constant = "seq"}, %arg3: tensor<64x128xf32>, %arg4: tensor<128xf32>, %arg5: tensor<128xf32>, %arg6: tensor<384x128xf32>, %arg7: tensor<384xf32>, %arg8: tensor<128x128xf32>, %arg9: tensor<128xf32>, %arg10: tensor<128xf32>, %arg11: tensor<128xf32>, %arg12: tensor<512x128xf32>, %arg13: tensor<512xf32>, %arg14: tensor<128x512xf32>, %arg15: tensor<128xf32>, %arg16: tensor<128xf32>, %arg17: tensor<128xf32>, %arg18: tensor<384x128xf32>, %arg19: tensor<384xf32>, %arg20: tensor<128x128xf32>, %arg21: tensor<128xf32>, %arg22: tensor<128xf32>, %arg23: tensor<128xf32>, %arg24: tensor<512x128xf32>, %arg25: tensor<512xf32>, %arg26: tensor<128x512xf32>, %arg27: tensor<128xf32>, %arg28: tensor<128xf32>, %arg29: tensor<128xf32>, %arg30: tensor<512x128xf32>, %arg31: tensor<?x?xi64>) -> (tensor<?x?x512xf32> {jax.result_info = "result[0]"}) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %cst_1 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %cst_2 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %c = stablehlo.constant dense<512> : tensor<1xi32>
    %cst_3 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_4 = stablehlo.constant dense<0.176776692> : tensor<f32>
    %c_5 = stablehlo.constant dense<32> : tensor<1xi32>
    %c_6 = stablehlo.constant dense<4> : tensor<1xi32>
    %c_7 = stablehlo.constant dense<256> : tensor<1xi32>
    %c_8 = stablehlo.constant dense<0> : tensor<1xi32>
    %c_9 = stablehlo.constant dense<384> : tensor<1xi32>
    %cst_10 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %cst_11 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %cst_12 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_13 = stablehlo.constant dense<128> : tensor<1xi32>
    %c_14 = stablehlo.constant dense<1> : tensor<1xi32>
    %0 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.dynamic_iota %1, dim = 0 : (tensor<1xi32>) -> tensor<?xi64>
    %3 = stablehlo.convert %arg31 : (tensor<?x?xi64>) -> tensor<?x?xi32>
    %4 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %7 = stablehlo.reshape %6 : (tensor<i32>) -> tensor<1xi32>
    %8 = stablehlo.concatenate %5, %7, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %9 = stablehlo.dynamic_broadcast_in_dim %3, %8, dims = [0, 1] : (tensor<?x?xi32>, tensor<3xi32>) -> tensor<?x?x1xi32>
    %10 = "stablehlo.gather"(%arg30, %9) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 128>}> : (tensor<512x128xf32>, tensor<?x?x1xi32>) -> tensor<?x?x128xf32>
    %11 = stablehlo.convert %2 : (tensor<?xi64>) -> tensor<?xi32>
    %12 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %13, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %11, %14, dims = [0] : (tensor<?xi32>, tensor<2xi32>) -> tensor<?x1xi32>
    %16 = "stablehlo.gather"(%arg3, %15) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 128>}> : (tensor<64x128xf32>, tensor<?x1xi32>) -> tensor<?x128xf32>
    %17 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %18 = stablehlo.reshape %17 : (tensor<i32>) -> tensor<1xi32>
    %19 = stablehlo.concatenate %c_14, %18, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %20 = stablehlo.dynamic_broadcast_in_dim %16, %19, dims = [1, 2] : (tensor<?x128xf32>, tensor<3xi32>) -> tensor<1x?x128xf32>
    %21 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %22 = stablehlo.reshape %21 : (tensor<i32>) -> tensor<1xi32>
    %23 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %24 = stablehlo.reshape %23 : (tensor<i32>) -> tensor<1xi32>
    %25 = stablehlo.concatenate %22, %24, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %26 = stablehlo.dynamic_broadcast_in_dim %20, %25, dims = [0, 1, 2] : (tensor<1x?x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %27 = stablehlo.add %10, %26 : tensor<?x?x128xf32>
    %28 = stablehlo.reduce(%27 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %29 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %30, %32, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %28, %33, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %35 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %36 = stablehlo.reshape %35 : (tensor<i32>) -> tensor<1xi32>
    %37 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.concatenate %36, %38, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %40 = stablehlo.dynamic_broadcast_in_dim %cst_11, %39, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %41 = stablehlo.divide %34, %40 : tensor<?x?x1xf32>
    %42 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %43 = stablehlo.reshape %42 : (tensor<i32>) -> tensor<1xi32>
    %44 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %45 = stablehlo.reshape %44 : (tensor<i32>) -> tensor<1xi32>
    %46 = stablehlo.concatenate %43, %45, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %47 = stablehlo.dynamic_broadcast_in_dim %41, %46, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %48 = stablehlo.subtract %27, %47 : tensor<?x?x128xf32>
    %49 = stablehlo.multiply %48, %48 : tensor<?x?x128xf32>
    %50 = stablehlo.reduce(%49 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %51 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %54 = stablehlo.reshape %53 : (tensor<i32>) -> tensor<1xi32>
    %55 = stablehlo.concatenate %52, %54, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %56 = stablehlo.dynamic_broadcast_in_dim %50, %55, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %57 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.concatenate %58, %60, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %62 = stablehlo.dynamic_broadcast_in_dim %cst_11, %61, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %63 = stablehlo.divide %56, %62 : tensor<?x?x1xf32>
    %64 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %65 = stablehlo.reshape %64 : (tensor<i32>) -> tensor<1xi32>
    %66 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %67 = stablehlo.reshape %66 : (tensor<i32>) -> tensor<1xi32>
    %68 = stablehlo.concatenate %65, %67, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %69 = stablehlo.dynamic_broadcast_in_dim %cst_10, %68, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %70 = stablehlo.add %63, %69 : tensor<?x?x1xf32>
    %71 = stablehlo.rsqrt %70 : tensor<?x?x1xf32>
    %72 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %73 = stablehlo.reshape %72 : (tensor<i32>) -> tensor<1xi32>
    %74 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %75 = stablehlo.reshape %74 : (tensor<i32>) -> tensor<1xi32>
    %76 = stablehlo.concatenate %73, %75, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %77 = stablehlo.dynamic_broadcast_in_dim %71, %76, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %78 = stablehlo.multiply %48, %77 : tensor<?x?x128xf32>
    %79 = stablehlo.broadcast_in_dim %arg4, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %80 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %81 = stablehlo.reshape %80 : (tensor<i32>) -> tensor<1xi32>
    %82 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %83 = stablehlo.reshape %82 : (tensor<i32>) -> tensor<1xi32>
    %84 = stablehlo.concatenate %81, %83, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %85 = stablehlo.dynamic_broadcast_in_dim %79, %84, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %86 = stablehlo.multiply %78, %85 : tensor<?x?x128xf32>
    %87 = stablehlo.broadcast_in_dim %arg5, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %88 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %89, %91, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %87, %92, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %94 = stablehlo.add %86, %93 : tensor<?x?x128xf32>
    %95 = stablehlo.dot_general %94, %arg6, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<384x128xf32>) -> tensor<?x?x384xf32>
    %96 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %97 = stablehlo.reshape %96 : (tensor<i32>) -> tensor<1xi32>
    %98 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %99 = stablehlo.reshape %98 : (tensor<i32>) -> tensor<1xi32>
    %100 = stablehlo.concatenate %97, %99, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %101 = stablehlo.dynamic_broadcast_in_dim %arg7, %100, dims = [2] : (tensor<384xf32>, tensor<3xi32>) -> tensor<?x?x384xf32>
    %102 = stablehlo.add %95, %101 : tensor<?x?x384xf32>
    %103 = stablehlo.concatenate %c_8, %c_8, %c_8, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %104 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %105 = stablehlo.reshape %104 : (tensor<i32>) -> tensor<1xi32>
    %106 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %107 = stablehlo.reshape %106 : (tensor<i32>) -> tensor<1xi32>
    %108 = stablehlo.concatenate %105, %107, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %109 = stablehlo.concatenate %c_14, %c_14, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %110 = stablehlo.real_dynamic_slice %102, %103, %108, %109 : (tensor<?x?x384xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %111 = stablehlo.concatenate %c_8, %c_8, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %113 = stablehlo.reshape %112 : (tensor<i32>) -> tensor<1xi32>
    %114 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %115 = stablehlo.reshape %114 : (tensor<i32>) -> tensor<1xi32>
    %116 = stablehlo.concatenate %113, %115, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %117 = stablehlo.concatenate %c_14, %c_14, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %118 = stablehlo.real_dynamic_slice %102, %111, %116, %117 : (tensor<?x?x384xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %119 = stablehlo.concatenate %c_8, %c_8, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %120 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %121 = stablehlo.reshape %120 : (tensor<i32>) -> tensor<1xi32>
    %122 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %123 = stablehlo.reshape %122 : (tensor<i32>) -> tensor<1xi32>
    %124 = stablehlo.concatenate %121, %123, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %125 = stablehlo.concatenate %c_14, %c_14, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %126 = stablehlo.real_dynamic_slice %102, %119, %124, %125 : (tensor<?x?x384xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %127 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %128, %130, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %132 = stablehlo.dynamic_reshape %110, %131 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %133 = stablehlo.transpose %132, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %134 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %135 = stablehlo.reshape %134 : (tensor<i32>) -> tensor<1xi32>
    %136 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.concatenate %135, %137, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %139 = stablehlo.dynamic_reshape %118, %138 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %140 = stablehlo.transpose %139, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %141 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %142 = stablehlo.reshape %141 : (tensor<i32>) -> tensor<1xi32>
    %143 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %144 = stablehlo.reshape %143 : (tensor<i32>) -> tensor<1xi32>
    %145 = stablehlo.concatenate %142, %144, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %146 = stablehlo.dynamic_reshape %126, %145 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %147 = stablehlo.transpose %146, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %148 = stablehlo.dot_general %133, %140, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x4x?x32xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x?x?xf32>
    %149 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %150 = stablehlo.reshape %149 : (tensor<i32>) -> tensor<1xi32>
    %151 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %152 = stablehlo.reshape %151 : (tensor<i32>) -> tensor<1xi32>
    %153 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %154 = stablehlo.reshape %153 : (tensor<i32>) -> tensor<1xi32>
    %155 = stablehlo.concatenate %150, %c_6, %152, %154, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %156 = stablehlo.dynamic_broadcast_in_dim %cst_4, %155, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %157 = stablehlo.multiply %148, %156 : tensor<?x4x?x?xf32>
    %158 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %159 = stablehlo.reshape %158 : (tensor<i32>) -> tensor<1xi32>
    %160 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %161 = stablehlo.reshape %160 : (tensor<i32>) -> tensor<1xi32>
    %162 = stablehlo.concatenate %159, %161, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %163 = stablehlo.dynamic_iota %162, dim = 0 : (tensor<2xi32>) -> tensor<?x?xi32>
    %164 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %165 = stablehlo.reshape %164 : (tensor<i32>) -> tensor<1xi32>
    %166 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %167 = stablehlo.reshape %166 : (tensor<i32>) -> tensor<1xi32>
    %168 = stablehlo.concatenate %165, %167, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %169 = stablehlo.dynamic_iota %168, dim = 1 : (tensor<2xi32>) -> tensor<?x?xi32>
    %170 = stablehlo.compare LE, %169, %163, SIGNED : (tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi1>
    %171 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %172 = stablehlo.reshape %171 : (tensor<i32>) -> tensor<1xi32>
    %173 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %174 = stablehlo.reshape %173 : (tensor<i32>) -> tensor<1xi32>
    %175 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %176 = stablehlo.reshape %175 : (tensor<i32>) -> tensor<1xi32>
    %177 = stablehlo.concatenate %172, %c_6, %174, %176, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %178 = stablehlo.dynamic_broadcast_in_dim %170, %177, dims = [2, 3] : (tensor<?x?xi1>, tensor<4xi32>) -> tensor<?x4x?x?xi1>
    %179 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %180 = stablehlo.reshape %179 : (tensor<i32>) -> tensor<1xi32>
    %181 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %182 = stablehlo.reshape %181 : (tensor<i32>) -> tensor<1xi32>
    %183 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %184 = stablehlo.reshape %183 : (tensor<i32>) -> tensor<1xi32>
    %185 = stablehlo.concatenate %180, %c_6, %182, %184, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %186 = stablehlo.dynamic_broadcast_in_dim %cst_3, %185, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %187 = stablehlo.select %178, %157, %186 : tensor<?x4x?x?xi1>, tensor<?x4x?x?xf32>
    %188 = stablehlo.reduce(%187 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x4x?x?xf32>, tensor<f32>) -> tensor<?x4x?xf32>
    %189 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %190 = stablehlo.reshape %189 : (tensor<i32>) -> tensor<1xi32>
    %191 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %192 = stablehlo.reshape %191 : (tensor<i32>) -> tensor<1xi32>
    %193 = stablehlo.concatenate %190, %c_6, %192, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %194 = stablehlo.dynamic_broadcast_in_dim %188, %193, dims = [0, 1, 2] : (tensor<?x4x?xf32>, tensor<4xi32>) -> tensor<?x4x?x1xf32>
    %195 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %196 = stablehlo.reshape %195 : (tensor<i32>) -> tensor<1xi32>
    %197 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %198 = stablehlo.reshape %197 : (tensor<i32>) -> tensor<1xi32>
    %199 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %200 = stablehlo.reshape %199 : (tensor<i32>) -> tensor<1xi32>
    %201 = stablehlo.concatenate %196, %c_6, %198, %200, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %202 = stablehlo.dynamic_broadcast_in_dim %194, %201, dims = [0, 1, 2, 3] : (tensor<?x4x?x1xf32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %203 = stablehlo.subtract %187, %202 : tensor<?x4x?x?xf32>
    %204 = stablehlo.exponential %203 : tensor<?x4x?x?xf32>
    %205 = stablehlo.reduce(%204 init: %cst_12) applies stablehlo.add across dimensions = [3] : (tensor<?x4x?x?xf32>, tensor<f32>) -> tensor<?x4x?xf32>
    %206 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %207 = stablehlo.reshape %206 : (tensor<i32>) -> tensor<1xi32>
    %208 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %209 = stablehlo.reshape %208 : (tensor<i32>) -> tensor<1xi32>
    %210 = stablehlo.concatenate %207, %c_6, %209, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %211 = stablehlo.dynamic_broadcast_in_dim %205, %210, dims = [0, 1, 2] : (tensor<?x4x?xf32>, tensor<4xi32>) -> tensor<?x4x?x1xf32>
    %212 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %213 = stablehlo.reshape %212 : (tensor<i32>) -> tensor<1xi32>
    %214 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %215 = stablehlo.reshape %214 : (tensor<i32>) -> tensor<1xi32>
    %216 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %217 = stablehlo.reshape %216 : (tensor<i32>) -> tensor<1xi32>
    %218 = stablehlo.concatenate %213, %c_6, %215, %217, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %219 = stablehlo.dynamic_broadcast_in_dim %211, %218, dims = [0, 1, 2, 3] : (tensor<?x4x?x1xf32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %220 = stablehlo.divide %204, %219 : tensor<?x4x?x?xf32>
    %221 = stablehlo.dot_general %220, %147, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x4x?x?xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x?x32xf32>
    %222 = stablehlo.transpose %221, dims = [0, 2, 1, 3] : (tensor<?x4x?x32xf32>) -> tensor<?x?x4x32xf32>
    %223 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %224 = stablehlo.reshape %223 : (tensor<i32>) -> tensor<1xi32>
    %225 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %226 = stablehlo.reshape %225 : (tensor<i32>) -> tensor<1xi32>
    %227 = stablehlo.concatenate %224, %226, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %228 = stablehlo.dynamic_reshape %222, %227 : (tensor<?x?x4x32xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %229 = stablehlo.dot_general %228, %arg8, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<128x128xf32>) -> tensor<?x?x128xf32>
    %230 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %231 = stablehlo.reshape %230 : (tensor<i32>) -> tensor<1xi32>
    %232 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %233 = stablehlo.reshape %232 : (tensor<i32>) -> tensor<1xi32>
    %234 = stablehlo.concatenate %231, %233, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %235 = stablehlo.dynamic_broadcast_in_dim %arg9, %234, dims = [2] : (tensor<128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %236 = stablehlo.add %229, %235 : tensor<?x?x128xf32>
    %237 = stablehlo.add %27, %236 : tensor<?x?x128xf32>
    %238 = stablehlo.reduce(%237 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %239 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %240 = stablehlo.reshape %239 : (tensor<i32>) -> tensor<1xi32>
    %241 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %242 = stablehlo.reshape %241 : (tensor<i32>) -> tensor<1xi32>
    %243 = stablehlo.concatenate %240, %242, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %244 = stablehlo.dynamic_broadcast_in_dim %238, %243, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %245 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %246 = stablehlo.reshape %245 : (tensor<i32>) -> tensor<1xi32>
    %247 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %248 = stablehlo.reshape %247 : (tensor<i32>) -> tensor<1xi32>
    %249 = stablehlo.concatenate %246, %248, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %250 = stablehlo.dynamic_broadcast_in_dim %cst_11, %249, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %251 = stablehlo.divide %244, %250 : tensor<?x?x1xf32>
    %252 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %253 = stablehlo.reshape %252 : (tensor<i32>) -> tensor<1xi32>
    %254 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %255 = stablehlo.reshape %254 : (tensor<i32>) -> tensor<1xi32>
    %256 = stablehlo.concatenate %253, %255, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %257 = stablehlo.dynamic_broadcast_in_dim %251, %256, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %258 = stablehlo.subtract %237, %257 : tensor<?x?x128xf32>
    %259 = stablehlo.multiply %258, %258 : tensor<?x?x128xf32>
    %260 = stablehlo.reduce(%259 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %261 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %262 = stablehlo.reshape %261 : (tensor<i32>) -> tensor<1xi32>
    %263 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %264 = stablehlo.reshape %263 : (tensor<i32>) -> tensor<1xi32>
    %265 = stablehlo.concatenate %262, %264, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %266 = stablehlo.dynamic_broadcast_in_dim %260, %265, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %267 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %268 = stablehlo.reshape %267 : (tensor<i32>) -> tensor<1xi32>
    %269 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %270 = stablehlo.reshape %269 : (tensor<i32>) -> tensor<1xi32>
    %271 = stablehlo.concatenate %268, %270, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %272 = stablehlo.dynamic_broadcast_in_dim %cst_11, %271, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %273 = stablehlo.divide %266, %272 : tensor<?x?x1xf32>
    %274 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %275 = stablehlo.reshape %274 : (tensor<i32>) -> tensor<1xi32>
    %276 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %277 = stablehlo.reshape %276 : (tensor<i32>) -> tensor<1xi32>
    %278 = stablehlo.concatenate %275, %277, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %279 = stablehlo.dynamic_broadcast_in_dim %cst_10, %278, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %280 = stablehlo.add %273, %279 : tensor<?x?x1xf32>
    %281 = stablehlo.rsqrt %280 : tensor<?x?x1xf32>
    %282 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %283 = stablehlo.reshape %282 : (tensor<i32>) -> tensor<1xi32>
    %284 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %285 = stablehlo.reshape %284 : (tensor<i32>) -> tensor<1xi32>
    %286 = stablehlo.concatenate %283, %285, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %287 = stablehlo.dynamic_broadcast_in_dim %281, %286, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %288 = stablehlo.multiply %258, %287 : tensor<?x?x128xf32>
    %289 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %290 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %291 = stablehlo.reshape %290 : (tensor<i32>) -> tensor<1xi32>
    %292 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %293 = stablehlo.reshape %292 : (tensor<i32>) -> tensor<1xi32>
    %294 = stablehlo.concatenate %291, %293, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %295 = stablehlo.dynamic_broadcast_in_dim %289, %294, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %296 = stablehlo.multiply %288, %295 : tensor<?x?x128xf32>
    %297 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %298 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %299 = stablehlo.reshape %298 : (tensor<i32>) -> tensor<1xi32>
    %300 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %301 = stablehlo.reshape %300 : (tensor<i32>) -> tensor<1xi32>
    %302 = stablehlo.concatenate %299, %301, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %303 = stablehlo.dynamic_broadcast_in_dim %297, %302, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %304 = stablehlo.add %296, %303 : tensor<?x?x128xf32>
    %305 = stablehlo.dot_general %304, %arg12, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<512x128xf32>) -> tensor<?x?x512xf32>
    %306 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %307 = stablehlo.reshape %306 : (tensor<i32>) -> tensor<1xi32>
    %308 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %309 = stablehlo.reshape %308 : (tensor<i32>) -> tensor<1xi32>
    %310 = stablehlo.concatenate %307, %309, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %311 = stablehlo.dynamic_broadcast_in_dim %arg13, %310, dims = [2] : (tensor<512xf32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %312 = stablehlo.add %305, %311 : tensor<?x?x512xf32>
    %313 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %314 = stablehlo.reshape %313 : (tensor<i32>) -> tensor<1xi32>
    %315 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %316 = stablehlo.reshape %315 : (tensor<i32>) -> tensor<1xi32>
    %317 = stablehlo.concatenate %314, %316, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %318 = stablehlo.dynamic_broadcast_in_dim %cst_2, %317, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %319 = stablehlo.multiply %318, %312 : tensor<?x?x512xf32>
    %320 = stablehlo.multiply %319, %312 : tensor<?x?x512xf32>
    %321 = stablehlo.multiply %320, %312 : tensor<?x?x512xf32>
    %322 = stablehlo.add %312, %321 : tensor<?x?x512xf32>
    %323 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %324 = stablehlo.reshape %323 : (tensor<i32>) -> tensor<1xi32>
    %325 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %326 = stablehlo.reshape %325 : (tensor<i32>) -> tensor<1xi32>
    %327 = stablehlo.concatenate %324, %326, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %328 = stablehlo.dynamic_broadcast_in_dim %cst_1, %327, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %329 = stablehlo.multiply %328, %322 : tensor<?x?x512xf32>
    %330 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %331 = stablehlo.reshape %330 : (tensor<i32>) -> tensor<1xi32>
    %332 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %333 = stablehlo.reshape %332 : (tensor<i32>) -> tensor<1xi32>
    %334 = stablehlo.concatenate %331, %333, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %335 = stablehlo.dynamic_broadcast_in_dim %cst_0, %334, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %336 = stablehlo.multiply %335, %312 : tensor<?x?x512xf32>
    %337 = stablehlo.tanh %329 : tensor<?x?x512xf32>
    %338 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %339 = stablehlo.reshape %338 : (tensor<i32>) -> tensor<1xi32>
    %340 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %341 = stablehlo.reshape %340 : (tensor<i32>) -> tensor<1xi32>
    %342 = stablehlo.concatenate %339, %341, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %343 = stablehlo.dynamic_broadcast_in_dim %cst, %342, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %344 = stablehlo.add %343, %337 : tensor<?x?x512xf32>
    %345 = stablehlo.multiply %336, %344 : tensor<?x?x512xf32>
    %346 = stablehlo.dot_general %345, %arg14, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x512xf32>, tensor<128x512xf32>) -> tensor<?x?x128xf32>
    %347 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %348 = stablehlo.reshape %347 : (tensor<i32>) -> tensor<1xi32>
    %349 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %350 = stablehlo.reshape %349 : (tensor<i32>) -> tensor<1xi32>
    %351 = stablehlo.concatenate %348, %350, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %352 = stablehlo.dynamic_broadcast_in_dim %arg15, %351, dims = [2] : (tensor<128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %353 = stablehlo.add %346, %352 : tensor<?x?x128xf32>
    %354 = stablehlo.add %237, %353 : tensor<?x?x128xf32>
    %355 = stablehlo.reduce(%354 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %356 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %357 = stablehlo.reshape %356 : (tensor<i32>) -> tensor<1xi32>
    %358 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %359 = stablehlo.reshape %358 : (tensor<i32>) -> tensor<1xi32>
    %360 = stablehlo.concatenate %357, %359, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %361 = stablehlo.dynamic_broadcast_in_dim %355, %360, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %362 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %363 = stablehlo.reshape %362 : (tensor<i32>) -> tensor<1xi32>
    %364 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %365 = stablehlo.reshape %364 : (tensor<i32>) -> tensor<1xi32>
    %366 = stablehlo.concatenate %363, %365, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %367 = stablehlo.dynamic_broadcast_in_dim %cst_11, %366, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %368 = stablehlo.divide %361, %367 : tensor<?x?x1xf32>
    %369 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %370 = stablehlo.reshape %369 : (tensor<i32>) -> tensor<1xi32>
    %371 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %372 = stablehlo.reshape %371 : (tensor<i32>) -> tensor<1xi32>
    %373 = stablehlo.concatenate %370, %372, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %374 = stablehlo.dynamic_broadcast_in_dim %368, %373, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %375 = stablehlo.subtract %354, %374 : tensor<?x?x128xf32>
    %376 = stablehlo.multiply %375, %375 : tensor<?x?x128xf32>
    %377 = stablehlo.reduce(%376 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %378 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %379 = stablehlo.reshape %378 : (tensor<i32>) -> tensor<1xi32>
    %380 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %381 = stablehlo.reshape %380 : (tensor<i32>) -> tensor<1xi32>
    %382 = stablehlo.concatenate %379, %381, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %383 = stablehlo.dynamic_broadcast_in_dim %377, %382, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %384 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %385 = stablehlo.reshape %384 : (tensor<i32>) -> tensor<1xi32>
    %386 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %387 = stablehlo.reshape %386 : (tensor<i32>) -> tensor<1xi32>
    %388 = stablehlo.concatenate %385, %387, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %389 = stablehlo.dynamic_broadcast_in_dim %cst_11, %388, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %390 = stablehlo.divide %383, %389 : tensor<?x?x1xf32>
    %391 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %392 = stablehlo.reshape %391 : (tensor<i32>) -> tensor<1xi32>
    %393 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %394 = stablehlo.reshape %393 : (tensor<i32>) -> tensor<1xi32>
    %395 = stablehlo.concatenate %392, %394, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %396 = stablehlo.dynamic_broadcast_in_dim %cst_10, %395, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %397 = stablehlo.add %390, %396 : tensor<?x?x1xf32>
    %398 = stablehlo.rsqrt %397 : tensor<?x?x1xf32>
    %399 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %400 = stablehlo.reshape %399 : (tensor<i32>) -> tensor<1xi32>
    %401 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %402 = stablehlo.reshape %401 : (tensor<i32>) -> tensor<1xi32>
    %403 = stablehlo.concatenate %400, %402, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %404 = stablehlo.dynamic_broadcast_in_dim %398, %403, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %405 = stablehlo.multiply %375, %404 : tensor<?x?x128xf32>
    %406 = stablehlo.broadcast_in_dim %arg16, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %407 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %408 = stablehlo.reshape %407 : (tensor<i32>) -> tensor<1xi32>
    %409 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %410 = stablehlo.reshape %409 : (tensor<i32>) -> tensor<1xi32>
    %411 = stablehlo.concatenate %408, %410, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %412 = stablehlo.dynamic_broadcast_in_dim %406, %411, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %413 = stablehlo.multiply %405, %412 : tensor<?x?x128xf32>
    %414 = stablehlo.broadcast_in_dim %arg17, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %415 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %416 = stablehlo.reshape %415 : (tensor<i32>) -> tensor<1xi32>
    %417 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %418 = stablehlo.reshape %417 : (tensor<i32>) -> tensor<1xi32>
    %419 = stablehlo.concatenate %416, %418, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %420 = stablehlo.dynamic_broadcast_in_dim %414, %419, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %421 = stablehlo.add %413, %420 : tensor<?x?x128xf32>
    %422 = stablehlo.dot_general %421, %arg18, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<384x128xf32>) -> tensor<?x?x384xf32>
    %423 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %424 = stablehlo.reshape %423 : (tensor<i32>) -> tensor<1xi32>
    %425 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %426 = stablehlo.reshape %425 : (tensor<i32>) -> tensor<1xi32>
    %427 = stablehlo.concatenate %424, %426, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %428 = stablehlo.dynamic_broadcast_in_dim %arg19, %427, dims = [2] : (tensor<384xf32>, tensor<3xi32>) -> tensor<?x?x384xf32>
    %429 = stablehlo.add %422, %428 : tensor<?x?x384xf32>
    %430 = stablehlo.concatenate %c_8, %c_8, %c_8, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %431 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %432 = stablehlo.reshape %431 : (tensor<i32>) -> tensor<1xi32>
    %433 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %434 = stablehlo.reshape %433 : (tensor<i32>) -> tensor<1xi32>
    %435 = stablehlo.concatenate %432, %434, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %436 = stablehlo.concatenate %c_14, %c_14, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %437 = stablehlo.real_dynamic_slice %429, %430, %435, %436 : (tensor<?x?x384xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %438 = stablehlo.concatenate %c_8, %c_8, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %439 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %440 = stablehlo.reshape %439 : (tensor<i32>) -> tensor<1xi32>
    %441 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %442 = stablehlo.reshape %441 : (tensor<i32>) -> tensor<1xi32>
    %443 = stablehlo.concatenate %440, %442, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %444 = stablehlo.concatenate %c_14, %c_14, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %445 = stablehlo.real_dynamic_slice %429, %438, %443, %444 : (tensor<?x?x384xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %446 = stablehlo.concatenate %c_8, %c_8, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %447 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %448 = stablehlo.reshape %447 : (tensor<i32>) -> tensor<1xi32>
    %449 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %450 = stablehlo.reshape %449 : (tensor<i32>) -> tensor<1xi32>
    %451 = stablehlo.concatenate %448, %450, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %452 = stablehlo.concatenate %c_14, %c_14, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %453 = stablehlo.real_dynamic_slice %429, %446, %451, %452 : (tensor<?x?x384xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %454 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %455 = stablehlo.reshape %454 : (tensor<i32>) -> tensor<1xi32>
    %456 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %457 = stablehlo.reshape %456 : (tensor<i32>) -> tensor<1xi32>
    %458 = stablehlo.concatenate %455, %457, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %459 = stablehlo.dynamic_reshape %437, %458 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %460 = stablehlo.transpose %459, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %461 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %462 = stablehlo.reshape %461 : (tensor<i32>) -> tensor<1xi32>
    %463 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %464 = stablehlo.reshape %463 : (tensor<i32>) -> tensor<1xi32>
    %465 = stablehlo.concatenate %462, %464, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %466 = stablehlo.dynamic_reshape %445, %465 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %467 = stablehlo.transpose %466, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %468 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %469 = stablehlo.reshape %468 : (tensor<i32>) -> tensor<1xi32>
    %470 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %471 = stablehlo.reshape %470 : (tensor<i32>) -> tensor<1xi32>
    %472 = stablehlo.concatenate %469, %471, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %473 = stablehlo.dynamic_reshape %453, %472 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %474 = stablehlo.transpose %473, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %475 = stablehlo.dot_general %460, %467, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x4x?x32xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x?x?xf32>
    %476 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %477 = stablehlo.reshape %476 : (tensor<i32>) -> tensor<1xi32>
    %478 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %479 = stablehlo.reshape %478 : (tensor<i32>) -> tensor<1xi32>
    %480 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %481 = stablehlo.reshape %480 : (tensor<i32>) -> tensor<1xi32>
    %482 = stablehlo.concatenate %477, %c_6, %479, %481, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %483 = stablehlo.dynamic_broadcast_in_dim %cst_4, %482, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %484 = stablehlo.multiply %475, %483 : tensor<?x4x?x?xf32>
    %485 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %486 = stablehlo.reshape %485 : (tensor<i32>) -> tensor<1xi32>
    %487 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %488 = stablehlo.reshape %487 : (tensor<i32>) -> tensor<1xi32>
    %489 = stablehlo.concatenate %486, %488, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %490 = stablehlo.dynamic_iota %489, dim = 0 : (tensor<2xi32>) -> tensor<?x?xi32>
    %491 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %492 = stablehlo.reshape %491 : (tensor<i32>) -> tensor<1xi32>
    %493 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %494 = stablehlo.reshape %493 : (tensor<i32>) -> tensor<1xi32>
    %495 = stablehlo.concatenate %492, %494, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %496 = stablehlo.dynamic_iota %495, dim = 1 : (tensor<2xi32>) -> tensor<?x?xi32>
    %497 = stablehlo.compare LE, %496, %490, SIGNED : (tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi1>
    %498 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %499 = stablehlo.reshape %498 : (tensor<i32>) -> tensor<1xi32>
    %500 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %501 = stablehlo.reshape %500 : (tensor<i32>) -> tensor<1xi32>
    %502 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %503 = stablehlo.reshape %502 : (tensor<i32>) -> tensor<1xi32>
    %504 = stablehlo.concatenate %499, %c_6, %501, %503, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %505 = stablehlo.dynamic_broadcast_in_dim %497, %504, dims = [2, 3] : (tensor<?x?xi1>, tensor<4xi32>) -> tensor<?x4x?x?xi1>
    %506 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %507 = stablehlo.reshape %506 : (tensor<i32>) -> tensor<1xi32>
    %508 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %509 = stablehlo.reshape %508 : (tensor<i32>) -> tensor<1xi32>
    %510 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %511 = stablehlo.reshape %510 : (tensor<i32>) -> tensor<1xi32>
    %512 = stablehlo.concatenate %507, %c_6, %509, %511, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %513 = stablehlo.dynamic_broadcast_in_dim %cst_3, %512, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %514 = stablehlo.select %505, %484, %513 : tensor<?x4x?x?xi1>, tensor<?x4x?x?xf32>
    %515 = stablehlo.reduce(%514 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x4x?x?xf32>, tensor<f32>) -> tensor<?x4x?xf32>
    %516 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %517 = stablehlo.reshape %516 : (tensor<i32>) -> tensor<1xi32>
    %518 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %519 = stablehlo.reshape %518 : (tensor<i32>) -> tensor<1xi32>
    %520 = stablehlo.concatenate %517, %c_6, %519, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %521 = stablehlo.dynamic_broadcast_in_dim %515, %520, dims = [0, 1, 2] : (tensor<?x4x?xf32>, tensor<4xi32>) -> tensor<?x4x?x1xf32>
    %522 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %523 = stablehlo.reshape %522 : (tensor<i32>) -> tensor<1xi32>
    %524 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %525 = stablehlo.reshape %524 : (tensor<i32>) -> tensor<1xi32>
    %526 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %527 = stablehlo.reshape %526 : (tensor<i32>) -> tensor<1xi32>
    %528 = stablehlo.concatenate %523, %c_6, %525, %527, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %529 = stablehlo.dynamic_broadcast_in_dim %521, %528, dims = [0, 1, 2, 3] : (tensor<?x4x?x1xf32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %530 = stablehlo.subtract %514, %529 : tensor<?x4x?x?xf32>
    %531 = stablehlo.exponential %530 : tensor<?x4x?x?xf32>
    %532 = stablehlo.reduce(%531 init: %cst_12) applies stablehlo.add across dimensions = [3] : (tensor<?x4x?x?xf32>, tensor<f32>) -> tensor<?x4x?xf32>
    %533 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %534 = stablehlo.reshape %533 : (tensor<i32>) -> tensor<1xi32>
    %535 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %536 = stablehlo.reshape %535 : (tensor<i32>) -> tensor<1xi32>
    %537 = stablehlo.concatenate %534, %c_6, %536, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %538 = stablehlo.dynamic_broadcast_in_dim %532, %537, dims = [0, 1, 2] : (tensor<?x4x?xf32>, tensor<4xi32>) -> tensor<?x4x?x1xf32>
    %539 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %540 = stablehlo.reshape %539 : (tensor<i32>) -> tensor<1xi32>
    %541 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %542 = stablehlo.reshape %541 : (tensor<i32>) -> tensor<1xi32>
    %543 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %544 = stablehlo.reshape %543 : (tensor<i32>) -> tensor<1xi32>
    %545 = stablehlo.concatenate %540, %c_6, %542, %544, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %546 = stablehlo.dynamic_broadcast_in_dim %538, %545, dims = [0, 1, 2, 3] : (tensor<?x4x?x1xf32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %547 = stablehlo.divide %531, %546 : tensor<?x4x?x?xf32>
    %548 = stablehlo.dot_general %547, %474, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x4x?x?xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x?x32xf32>
    %549 = stablehlo.transpose %548, dims = [0, 2, 1, 3] : (tensor<?x4x?x32xf32>) -> tensor<?x?x4x32xf32>
    %550 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %551 = stablehlo.reshape %550 : (tensor<i32>) -> tensor<1xi32>
    %552 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %553 = stablehlo.reshape %552 : (tensor<i32>) -> tensor<1xi32>
    %554 = stablehlo.concatenate %551, %553, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %555 = stablehlo.dynamic_reshape %549, %554 : (tensor<?x?x4x32xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %556 = stablehlo.dot_general %555, %arg20, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<128x128xf32>) -> tensor<?x?x128xf32>
    %557 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %558 = stablehlo.reshape %557 : (tensor<i32>) -> tensor<1xi32>
    %559 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %560 = stablehlo.reshape %559 : (tensor<i32>) -> tensor<1xi32>
    %561 = stablehlo.concatenate %558, %560, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %562 = stablehlo.dynamic_broadcast_in_dim %arg21, %561, dims = [2] : (tensor<128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %563 = stablehlo.add %556, %562 : tensor<?x?x128xf32>
    %564 = stablehlo.add %354, %563 : tensor<?x?x128xf32>
    %565 = stablehlo.reduce(%564 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %566 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %567 = stablehlo.reshape %566 : (tensor<i32>) -> tensor<1xi32>
    %568 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %569 = stablehlo.reshape %568 : (tensor<i32>) -> tensor<1xi32>
    %570 = stablehlo.concatenate %567, %569, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %571 = stablehlo.dynamic_broadcast_in_dim %565, %570, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %572 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %573 = stablehlo.reshape %572 : (tensor<i32>) -> tensor<1xi32>
    %574 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %575 = stablehlo.reshape %574 : (tensor<i32>) -> tensor<1xi32>
    %576 = stablehlo.concatenate %573, %575, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %577 = stablehlo.dynamic_broadcast_in_dim %cst_11, %576, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %578 = stablehlo.divide %571, %577 : tensor<?x?x1xf32>
    %579 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %580 = stablehlo.reshape %579 : (tensor<i32>) -> tensor<1xi32>
    %581 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %582 = stablehlo.reshape %581 : (tensor<i32>) -> tensor<1xi32>
    %583 = stablehlo.concatenate %580, %582, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %584 = stablehlo.dynamic_broadcast_in_dim %578, %583, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %585 = stablehlo.subtract %564, %584 : tensor<?x?x128xf32>
    %586 = stablehlo.multiply %585, %585 : tensor<?x?x128xf32>
    %587 = stablehlo.reduce(%586 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %588 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %589 = stablehlo.reshape %588 : (tensor<i32>) -> tensor<1xi32>
    %590 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %591 = stablehlo.reshape %590 : (tensor<i32>) -> tensor<1xi32>
    %592 = stablehlo.concatenate %589, %591, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %593 = stablehlo.dynamic_broadcast_in_dim %587, %592, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %594 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %595 = stablehlo.reshape %594 : (tensor<i32>) -> tensor<1xi32>
    %596 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %597 = stablehlo.reshape %596 : (tensor<i32>) -> tensor<1xi32>
    %598 = stablehlo.concatenate %595, %597, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %599 = stablehlo.dynamic_broadcast_in_dim %cst_11, %598, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %600 = stablehlo.divide %593, %599 : tensor<?x?x1xf32>
    %601 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %602 = stablehlo.reshape %601 : (tensor<i32>) -> tensor<1xi32>
    %603 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %604 = stablehlo.reshape %603 : (tensor<i32>) -> tensor<1xi32>
    %605 = stablehlo.concatenate %602, %604, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %606 = stablehlo.dynamic_broadcast_in_dim %cst_10, %605, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %607 = stablehlo.add %600, %606 : tensor<?x?x1xf32>
    %608 = stablehlo.rsqrt %607 : tensor<?x?x1xf32>
    %609 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %610 = stablehlo.reshape %609 : (tensor<i32>) -> tensor<1xi32>
    %611 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %612 = stablehlo.reshape %611 : (tensor<i32>) -> tensor<1xi32>
    %613 = stablehlo.concatenate %610, %612, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %614 = stablehlo.dynamic_broadcast_in_dim %608, %613, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %615 = stablehlo.multiply %585, %614 : tensor<?x?x128xf32>
    %616 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %617 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %618 = stablehlo.reshape %617 : (tensor<i32>) -> tensor<1xi32>
    %619 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %620 = stablehlo.reshape %619 : (tensor<i32>) -> tensor<1xi32>
    %621 = stablehlo.concatenate %618, %620, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %622 = stablehlo.dynamic_broadcast_in_dim %616, %621, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %623 = stablehlo.multiply %615, %622 : tensor<?x?x128xf32>
    %624 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %625 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %626 = stablehlo.reshape %625 : (tensor<i32>) -> tensor<1xi32>
    %627 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %628 = stablehlo.reshape %627 : (tensor<i32>) -> tensor<1xi32>
    %629 = stablehlo.concatenate %626, %628, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %630 = stablehlo.dynamic_broadcast_in_dim %624, %629, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %631 = stablehlo.add %623, %630 : tensor<?x?x128xf32>
    %632 = stablehlo.dot_general %631, %arg24, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<512x128xf32>) -> tensor<?x?x512xf32>
    %633 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %634 = stablehlo.reshape %633 : (tensor<i32>) -> tensor<1xi32>
    %635 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %636 = stablehlo.reshape %635 : (tensor<i32>) -> tensor<1xi32>
    %637 = stablehlo.concatenate %634, %636, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %638 = stablehlo.dynamic_broadcast_in_dim %arg25, %637, dims = [2] : (tensor<512xf32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %639 = stablehlo.add %632, %638 : tensor<?x?x512xf32>
    %640 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %641 = stablehlo.reshape %640 : (tensor<i32>) -> tensor<1xi32>
    %642 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %643 = stablehlo.reshape %642 : (tensor<i32>) -> tensor<1xi32>
    %644 = stablehlo.concatenate %641, %643, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %645 = stablehlo.dynamic_broadcast_in_dim %cst_2, %644, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %646 = stablehlo.multiply %645, %639 : tensor<?x?x512xf32>
    %647 = stablehlo.multiply %646, %639 : tensor<?x?x512xf32>
    %648 = stablehlo.multiply %647, %639 : tensor<?x?x512xf32>
    %649 = stablehlo.add %639, %648 : tensor<?x?x512xf32>
    %650 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %651 = stablehlo.reshape %650 : (tensor<i32>) -> tensor<1xi32>
    %652 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %653 = stablehlo.reshape %652 : (tensor<i32>) -> tensor<1xi32>
    %654 = stablehlo.concatenate %651, %653, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %655 = stablehlo.dynamic_broadcast_in_dim %cst_1, %654, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %656 = stablehlo.multiply %655, %649 : tensor<?x?x512xf32>
    %657 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %658 = stablehlo.reshape %657 : (tensor<i32>) -> tensor<1xi32>
    %659 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %660 = stablehlo.reshape %659 : (tensor<i32>) -> tensor<1xi32>
    %661 = stablehlo.concatenate %658, %660, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %662 = stablehlo.dynamic_broadcast_in_dim %cst_0, %661, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %663 = stablehlo.multiply %662, %639 : tensor<?x?x512xf32>
    %664 = stablehlo.tanh %656 : tensor<?x?x512xf32>
    %665 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %666 = stablehlo.reshape %665 : (tensor<i32>) -> tensor<1xi32>
    %667 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %668 = stablehlo.reshape %667 : (tensor<i32>) -> tensor<1xi32>
    %669 = stablehlo.concatenate %666, %668, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %670 = stablehlo.dynamic_broadcast_in_dim %cst, %669, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %671 = stablehlo.add %670, %664 : tensor<?x?x512xf32>
    %672 = stablehlo.multiply %663, %671 : tensor<?x?x512xf32>
    %673 = stablehlo.dot_general %672, %arg26, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x512xf32>, tensor<128x512xf32>) -> tensor<?x?x128xf32>
    %674 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %675 = stablehlo.reshape %674 : (tensor<i32>) -> tensor<1xi32>
    %676 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %677 = stablehlo.reshape %676 : (tensor<i32>) -> tensor<1xi32>
    %678 = stablehlo.concatenate %675, %677, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %679 = stablehlo.dynamic_broadcast_in_dim %arg27, %678, dims = [2] : (tensor<128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %680 = stablehlo.add %673, %679 : tensor<?x?x128xf32>
    %681 = stablehlo.add %564, %680 : tensor<?x?x128xf32>
    %682 = stablehlo.reduce(%681 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %683 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %684 = stablehlo.reshape %683 : (tensor<i32>) -> tensor<1xi32>
    %685 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %686 = stablehlo.reshape %685 : (tensor<i32>) -> tensor<1xi32>
    %687 = stablehlo.concatenate %684, %686, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %688 = stablehlo.dynamic_broadcast_in_dim %682, %687, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %689 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %690 = stablehlo.reshape %689 : (tensor<i32>) -> tensor<1xi32>
    %691 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %692 = stablehlo.reshape %691 : (tensor<i32>) -> tensor<1xi32>
    %693 = stablehlo.concatenate %690, %692, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %694 = stablehlo.dynamic_broadcast_in_dim %cst_11, %693, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %695 = stablehlo.divide %688, %694 : tensor<?x?x1xf32>
    %696 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %697 = stablehlo.reshape %696 : (tensor<i32>) -> tensor<1xi32>
    %698 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %699 = stablehlo.reshape %698 : (tensor<i32>) -> tensor<1xi32>
    %700 = stablehlo.concatenate %697, %699, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %701 = stablehlo.dynamic_broadcast_in_dim %695, %700, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %702 = stablehlo.subtract %681, %701 : tensor<?x?x128xf32>
    %703 = stablehlo.multiply %702, %702 : tensor<?x?x128xf32>
    %704 = stablehlo.reduce(%703 init: %cst_12) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %705 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %706 = stablehlo.reshape %705 : (tensor<i32>) -> tensor<1xi32>
    %707 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %708 = stablehlo.reshape %707 : (tensor<i32>) -> tensor<1xi32>
    %709 = stablehlo.concatenate %706, %708, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %710 = stablehlo.dynamic_broadcast_in_dim %704, %709, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %711 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %712 = stablehlo.reshape %711 : (tensor<i32>) -> tensor<1xi32>
    %713 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %714 = stablehlo.reshape %713 : (tensor<i32>) -> tensor<1xi32>
    %715 = stablehlo.concatenate %712, %714, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %716 = stablehlo.dynamic_broadcast_in_dim %cst_11, %715, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %717 = stablehlo.divide %710, %716 : tensor<?x?x1xf32>
    %718 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %719 = stablehlo.reshape %718 : (tensor<i32>) -> tensor<1xi32>
    %720 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %721 = stablehlo.reshape %720 : (tensor<i32>) -> tensor<1xi32>
    %722 = stablehlo.concatenate %719, %721, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %723 = stablehlo.dynamic_broadcast_in_dim %cst_10, %722, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %724 = stablehlo.add %717, %723 : tensor<?x?x1xf32>
    %725 = stablehlo.rsqrt %724 : tensor<?x?x1xf32>
    %726 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %727 = stablehlo.reshape %726 : (tensor<i32>) -> tensor<1xi32>
    %728 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %729 = stablehlo.reshape %728 : (tensor<i32>) -> tensor<1xi32>
    %730 = stablehlo.concatenate %727, %729, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %731 = stablehlo.dynamic_broadcast_in_dim %725, %730, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %732 = stablehlo.multiply %702, %731 : tensor<?x?x128xf32>
    %733 = stablehlo.broadcast_in_dim %arg28, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %734 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %735 = stablehlo.reshape %734 : (tensor<i32>) -> tensor<1xi32>
    %736 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %737 = stablehlo.reshape %736 : (tensor<i32>) -> tensor<1xi32>
    %738 = stablehlo.concatenate %735, %737, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %739 = stablehlo.dynamic_broadcast_in_dim %733, %738, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %740 = stablehlo.multiply %732, %739 : tensor<?x?x128xf32>
    %741 = stablehlo.broadcast_in_dim %arg29, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %742 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %743 = stablehlo.reshape %742 : (tensor<i32>) -> tensor<1xi32>
    %744 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %745 = stablehlo.reshape %744 : (tensor<i32>) -> tensor<1xi32>
    %746 = stablehlo.concatenate %743, %745, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %747 = stablehlo.dynamic_broadcast_in_dim %741, %746, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %748 = stablehlo.add %740, %747 : tensor<?x?x128xf32>
    %749 = stablehlo.dot_general %748, %arg30, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<512x128xf32>) -> tensor<?x?x512xf32>
    return %749 : tensor<?x?x512xf32>
  }
}
