module @GPTDecoder attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22int64\22,\22name\22:\22ids\22,\22shape\22:[\22batch\22,\22seq\22]}],\22model\22:\22GPTDecoder\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22kind\22:\22leaf\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22output\22,\22shape\22:[\22batch\22,\22seq\22,512]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{\22batch\22:{\22dims\22:[\22ids:0\22],\22max\22:32,\22min\22:1},\22seq\22:{\22dims\22:[\22ids:1\22],\22max\22:64,\22min\22:1}},\22weights\22:{\22file\22:\22gpt_decoder_int4.safetensors\22,\22inline\22:false,\22sha256\22:\228307c11e494cca4579c23c41cff5034e51398e40dd9eb9492be655548d6ce467\22,\22tensors\22:[{\22dtype\22:\22uint8\22,\22name\22:\22pos.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:32,\22scale\22:\22pos.weight.scale\22,\22scheme\22:\22int4\22,\22shape\22:[64,128]},\22role\22:\22parameter\22,\22shape\22:[64,64]},{\22dtype\22:\22float32\22,\22name\22:\22pos.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[64,4]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.ln1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.ln1.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22uint8\22,\22name\22:\22blocks.0.qkv.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:32,\22scale\22:\22blocks.0.qkv.weight.scale\22,\22scheme\22:\22int4\22,\22shape\22:[384,128]},\22role\22:\22parameter\22,\22shape\22:[384,64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.qkv.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[384,4]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.qkv.bias\22,\22role\22:\22parameter\22,\22shape\22:[384]},{\22dtype\22:\22uint8\22,\22name\22:\22blocks.0.proj.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:32,\22scale\22:\22blocks.0.proj.weight.scale\22,\22scheme\22:\22int4\22,\22shape\22:[128,128]},\22role\22:\22parameter\22,\22shape\22:[128,64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.proj.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[128,4]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.ln2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.ln2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22uint8\22,\22name\22:\22blocks.0.mlp.0.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:32,\22scale\22:\22blocks.0.mlp.0.weight.scale\22,\22scheme\22:\22int4\22,\22shape\22:[512,128]},\22role\22:\22parameter\22,\22shape\22:[512,64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.mlp.0.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[512,4]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22uint8\22,\22name\22:\22blocks.0.mlp.2.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:32,\22scale\22:\22blocks.0.mlp.2.weight.scale\22,\22scheme\22:\22int4\22,\22shape\22:[128,512]},\22role\22:\22parameter\22,\22shape\22:[128,256]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.mlp.2.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[128,16]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.mlp.2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.ln1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.ln1.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22uint8\22,\22name\22:\22blocks.1.qkv.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:32,\22scale\22:\22blocks.1.qkv.weight.scale\22,\22scheme\22:\22int4\22,\22shape\22:[384,128]},\22role\22:\22parameter\22,\22shape\22:[384,64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.qkv.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[384,4]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.qkv.bias\22,\22role\22:\22parameter\22,\22shape\22:[384]},{\22dtype\22:\22uint8\22,\22name\22:\22blocks.1.proj.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:32,\22scale\22:\22blocks.1.proj.weight.scale\22,\22scheme\22:\22int4\22,\22shape\22:[128,128]},\22role\22:\22parameter\22,\22shape\22:[128,64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.proj.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[128,4]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.ln2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.ln2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22uint8\22,\22name\22:\22blocks.1.mlp.0.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:32,\22scale\22:\22blocks.1.mlp.0.weight.scale\22,\22scheme\22:\22int4\22,\22shape\22:[512,128]},\22role\22:\22parameter\22,\22shape\22:[512,64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.mlp.0.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[512,4]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22uint8\22,\22name\22:\22blocks.1.mlp.2.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:32,\22scale\22:\22blocks.1.mlp.2.weight.scale\22,\22scheme\22:\22int4\22,\22shape\22:[128,512]},\22role\22:\22parameter\22,\22shape\22:[128,256]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.mlp.2.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[128,16]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.mlp.2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22ln_f.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22ln_f.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22uint8\22,\22name\22:\22head.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:32,\22scale\22:\22head.weight.scale\22,\22scheme\22:\22int4\22,\22shape\22:[512,128]},\22role\22:\22parameter\22,\22shape\22:[512,64]},{\22dtype\22:\22float32\22,\22name\22:\22head.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[512,4]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<64x64xui8> {torchtpu.name = "pos.weight"}, %arg2: tensor<64x4xf32> {torchtpu.name = "pos.weight.scale"}, %arg3: tensor<128xf32> {torchtpu.name = "blocks.0.ln1.weight"}, %arg4: tensor<128xf32> {torchtpu.name = "blocks.0.ln1.bias"}, %arg5: tensor<384x64xui8> {torchtpu.name = "blocks.0.qkv.weight"}, %arg6: tensor<384x4xf32> {torchtpu.name = "blocks.0.qkv.weight.scale"}, %arg7: tensor<384xf32> {torchtpu.name = "blocks.0.qkv.bias"}, %arg8: tensor<128x64xui8> {torchtpu.name = "blocks.0.proj.weight"}, %arg9: tensor<128x4xf32> {torchtpu.name = "blocks.0.proj.weight.scale"}, %arg10: tensor<128xf32> {torchtpu.name = "blocks.0.proj.bias"}, %arg11: tensor<128xf32> {torchtpu.name = "blocks.0.ln2.weight"}, %arg12: tensor<128xf32> {torchtpu.name = "blocks.0.ln2.bias"}, %arg13: tensor<512x64xui8> {torchtpu.name = "blocks.0.mlp.0.weight"}, %arg14: tensor<512x4xf32> {torchtpu.name = "blocks.0.mlp.0.weight.scale"}, %arg15: tensor<512xf32> {torchtpu.name = "blocks.0.mlp.0.bias"}, %arg16: tensor<128x256xui8> {torchtpu.name = "blocks.0.mlp.2.weight"}, %arg17: tensor<128x16xf32> {torchtpu.name = "blocks.0.mlp.2.weight.scale"}, %arg18: tensor<128xf32> {torchtpu.name = "blocks.0.mlp.2.bias"}, %arg19: tensor<128xf32> {torchtpu.name = "blocks.1.ln1.weight"}, %arg20: tensor<128xf32> {torchtpu.name = "blocks.1.ln1.bias"}, %arg21: tensor<384x64xui8> {torchtpu.name = "blocks.1.qkv.weight"}, %arg22: tensor<384x4xf32> {torchtpu.name = "blocks.1.qkv.weight.scale"}, %arg23: tensor<384xf32> {torchtpu.name = "blocks.1.qkv.bias"}, %arg24: tensor<128x64xui8> {torchtpu.name = "blocks.1.proj.weight"}, %arg25: tensor<128x4xf32> {torchtpu.name = "blocks.1.proj.weight.scale"}, %arg26: tensor<128xf32> {torchtpu.name = "blocks.1.proj.bias"}, %arg27: tensor<128xf32> {torchtpu.name = "blocks.1.ln2.weight"}, %arg28: tensor<128xf32> {torchtpu.name = "blocks.1.ln2.bias"}, %arg29: tensor<512x64xui8> {torchtpu.name = "blocks.1.mlp.0.weight"}, %arg30: tensor<512x4xf32> {torchtpu.name = "blocks.1.mlp.0.weight.scale"}, %arg31: tensor<512xf32> {torchtpu.name = "blocks.1.mlp.0.bias"}, %arg32: tensor<128x256xui8> {torchtpu.name = "blocks.1.mlp.2.weight"}, %arg33: tensor<128x16xf32> {torchtpu.name = "blocks.1.mlp.2.weight.scale"}, %arg34: tensor<128xf32> {torchtpu.name = "blocks.1.mlp.2.bias"}, %arg35: tensor<128xf32> {torchtpu.name = "ln_f.weight"}, %arg36: tensor<128xf32> {torchtpu.name = "ln_f.bias"}, %arg37: tensor<512x64xui8> {torchtpu.name = "head.weight"}, %arg38: tensor<512x4xf32> {torchtpu.name = "head.weight.scale"}, %arg39: tensor<?x?xi64> {torchtpu.name = "ids"}) -> (tensor<?x?x512xf32> {torchtpu.name = "output"}) {
    %c = stablehlo.constant dense<64> : tensor<i64>
    %c_0 = stablehlo.constant dense<32> : tensor<i64>
    %c_1 = stablehlo.constant dense<0> : tensor<i64>
    %c_2 = stablehlo.constant dense<-1> : tensor<i64>
    %c_3 = stablehlo.constant dense<1> : tensor<i64>
    %0 = stablehlo.get_dimension_size %arg39, dim = 0 : (tensor<?x?xi64>) -> tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<i64>
    %2 = stablehlo.get_dimension_size %arg39, dim = 1 : (tensor<?x?xi64>) -> tensor<i32>
    %3 = stablehlo.convert %2 : (tensor<i32>) -> tensor<i64>
    %4 = stablehlo.compare GE, %1, %c_3, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%4, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'batch'. Using the following polymorphic shapes specifications: args[38].shape = (batch, seq). Obtained dimension variables: 'batch' = {0} from specification 'batch' for dimension args[38].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>) -> ()
    %5 = stablehlo.compare GE, %3, %c_3, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%5, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'seq'. Using the following polymorphic shapes specifications: args[38].shape = (batch, seq). Obtained dimension variables: 'batch' = {0} from specification 'batch' for dimension args[38].shape[0] (= {0}), 'seq' = {1} from specification 'seq' for dimension args[38].shape[1] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %6 = stablehlo.convert %1 : tensor<i64>
    %7 = stablehlo.add %6, %c_2 : tensor<i64>
    %8 = stablehlo.compare GE, %7, %c_1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %9 = stablehlo.convert %1 : tensor<i64>
    %10 = stablehlo.add %9, %c_2 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%8, %10, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch >= 1. Expected 'batch - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[38].shape = (batch, seq). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[38].shape[0] (= {1}), 'seq' = {2} from specification 'seq' for dimension args[38].shape[1] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %11 = stablehlo.convert %3 : tensor<i64>
    %12 = stablehlo.add %11, %c_2 : tensor<i64>
    %13 = stablehlo.compare GE, %12, %c_1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %14 = stablehlo.convert %3 : tensor<i64>
    %15 = stablehlo.add %14, %c_2 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%13, %15, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint seq >= 1. Expected 'seq - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[38].shape = (batch, seq). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[38].shape[0] (= {1}), 'seq' = {2} from specification 'seq' for dimension args[38].shape[1] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %16 = stablehlo.convert %1 : tensor<i64>
    %17 = stablehlo.multiply %16, %c_2 : tensor<i64>
    %18 = stablehlo.add %17, %c_0 : tensor<i64>
    %19 = stablehlo.compare GE, %18, %c_1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %20 = stablehlo.convert %1 : tensor<i64>
    %21 = stablehlo.multiply %20, %c_2 : tensor<i64>
    %22 = stablehlo.add %21, %c_0 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%19, %22, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch <= 32. Expected '- batch + 32' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[38].shape = (batch, seq). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[38].shape[0] (= {1}), 'seq' = {2} from specification 'seq' for dimension args[38].shape[1] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %23 = stablehlo.convert %3 : tensor<i64>
    %24 = stablehlo.multiply %23, %c_2 : tensor<i64>
    %25 = stablehlo.add %24, %c : tensor<i64>
    %26 = stablehlo.compare GE, %25, %c_1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %27 = stablehlo.convert %3 : tensor<i64>
    %28 = stablehlo.multiply %27, %c_2 : tensor<i64>
    %29 = stablehlo.add %28, %c : tensor<i64>
    stablehlo.custom_call @shape_assertion(%26, %29, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint seq <= 64. Expected '- seq + 64' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[38].shape = (batch, seq). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[38].shape[0] (= {1}), 'seq' = {2} from specification 'seq' for dimension args[38].shape[1] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %30 = call @_wrapped_jax_export_main(%arg0, %1, %3, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg32, %arg33, %arg34, %arg35, %arg36, %arg37, %arg38, %arg39) : (tensor<i64>, tensor<i64>, tensor<i64>, tensor<64x64xui8>, tensor<64x4xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x64xui8>, tensor<384x4xf32>, tensor<384xf32>, tensor<128x64xui8>, tensor<128x4xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x64xui8>, tensor<512x4xf32>, tensor<512xf32>, tensor<128x256xui8>, tensor<128x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<384x64xui8>, tensor<384x4xf32>, tensor<384xf32>, tensor<128x64xui8>, tensor<128x4xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x64xui8>, tensor<512x4xf32>, tensor<512xf32>, tensor<128x256xui8>, tensor<128x16xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<512x64xui8>, tensor<512x4xf32>, tensor<?x?xi64>) -> tensor<?x?x512xf32>
    return %30 : tensor<?x?x512xf32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<i64> {jax.global_constant = "batch"}, %arg2: tensor<i64> {jax.global_constant = "seq"}, %arg3: tensor<64x64xui8>, %arg4: tensor<64x4xf32>, %arg5: tensor<128xf32>, %arg6: tensor<128xf32>, %arg7: tensor<384x64xui8>, %arg8: tensor<384x4xf32>, %arg9: tensor<384xf32>, %arg10: tensor<128x64xui8>, %arg11: tensor<128x4xf32>, %arg12: tensor<128xf32>, %arg13: tensor<128xf32>, %arg14: tensor<128xf32>, %arg15: tensor<512x64xui8>, %arg16: tensor<512x4xf32>, %arg17: tensor<512xf32>, %arg18: tensor<128x256xui8>, %arg19: tensor<128x16xf32>, %arg20: tensor<128xf32>, %arg21: tensor<128xf32>, %arg22: tensor<128xf32>, %arg23: tensor<384x64xui8>, %arg24: tensor<384x4xf32>, %arg25: tensor<384xf32>, %arg26: tensor<128x64xui8>, %arg27: tensor<128x4xf32>, %arg28: tensor<128xf32>, %arg29: tensor<128xf32>, %arg30: tensor<128xf32>, %arg31: tensor<512x64xui8>, %arg32: tensor<512x4xf32>, %arg33: tensor<512xf32>, %arg34: tensor<128x256xui8>, %arg35: tensor<128x16xf32>, %arg36: tensor<128xf32>, %arg37: tensor<128xf32>, %arg38: tensor<128xf32>, %arg39: tensor<512x64xui8>, %arg40: tensor<512x4xf32>, %arg41: tensor<?x?xi64>) -> (tensor<?x?x512xf32> {jax.result_info = "result[0]"}) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %cst_1 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %cst_2 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %c = stablehlo.constant dense<512> : tensor<1xi32>
    %cst_3 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_4 = stablehlo.constant dense<0.176776692> : tensor<f32>
    %c_5 = stablehlo.constant dense<256> : tensor<1xi32>
    %c_6 = stablehlo.constant dense<0> : tensor<1xi32>
    %c_7 = stablehlo.constant dense<384> : tensor<1xi32>
    %cst_8 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %cst_9 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_11 = stablehlo.constant dense<32> : tensor<1xi32>
    %c_12 = stablehlo.constant dense<4> : tensor<1xi32>
    %c_13 = stablehlo.constant dense<128> : tensor<1xi32>
    %c_14 = stablehlo.constant dense<64> : tensor<1xi32>
    %c_15 = stablehlo.constant dense<4> : tensor<i8>
    %c_16 = stablehlo.constant dense<1> : tensor<1xi32>
    %0 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.dynamic_iota %1, dim = 0 : (tensor<1xi32>) -> tensor<?xi64>
    %3 = stablehlo.convert %arg41 : (tensor<?x?xi64>) -> tensor<?x?xi32>
    %4 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %7 = stablehlo.reshape %6 : (tensor<i32>) -> tensor<1xi32>
    %8 = stablehlo.concatenate %5, %7, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %9 = stablehlo.dynamic_broadcast_in_dim %3, %8, dims = [0, 1] : (tensor<?x?xi32>, tensor<3xi32>) -> tensor<?x?x1xi32>
    %10 = "stablehlo.gather"(%arg39, %9) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 64>}> : (tensor<512x64xui8>, tensor<?x?x1xi32>) -> tensor<?x?x64xui8>
    %11 = stablehlo.convert %arg41 : (tensor<?x?xi64>) -> tensor<?x?xi32>
    %12 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %15 = stablehlo.reshape %14 : (tensor<i32>) -> tensor<1xi32>
    %16 = stablehlo.concatenate %13, %15, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %17 = stablehlo.dynamic_broadcast_in_dim %11, %16, dims = [0, 1] : (tensor<?x?xi32>, tensor<3xi32>) -> tensor<?x?x1xi32>
    %18 = "stablehlo.gather"(%arg40, %17) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 4>}> : (tensor<512x4xf32>, tensor<?x?x1xi32>) -> tensor<?x?x4xf32>
    %19 = stablehlo.bitcast_convert %10 : (tensor<?x?x64xui8>) -> tensor<?x?x64xi8>
    %20 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %21, %23, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %c_15, %24, dims = [] : (tensor<i8>, tensor<3xi32>) -> tensor<?x?x64xi8>
    %26 = stablehlo.shift_left %19, %25 : tensor<?x?x64xi8>
    %27 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.concatenate %28, %30, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %32 = stablehlo.dynamic_broadcast_in_dim %c_15, %31, dims = [] : (tensor<i8>, tensor<3xi32>) -> tensor<?x?x64xi8>
    %33 = stablehlo.shift_right_arithmetic %26, %32 : tensor<?x?x64xi8>
    %34 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %35 = stablehlo.reshape %34 : (tensor<i32>) -> tensor<1xi32>
    %36 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %37 = stablehlo.reshape %36 : (tensor<i32>) -> tensor<1xi32>
    %38 = stablehlo.concatenate %35, %37, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %39 = stablehlo.dynamic_broadcast_in_dim %c_15, %38, dims = [] : (tensor<i8>, tensor<3xi32>) -> tensor<?x?x64xi8>
    %40 = stablehlo.shift_right_arithmetic %19, %39 : tensor<?x?x64xi8>
    %41 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %44 = stablehlo.reshape %43 : (tensor<i32>) -> tensor<1xi32>
    %45 = stablehlo.concatenate %42, %44, %c_14, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %46 = stablehlo.dynamic_broadcast_in_dim %33, %45, dims = [0, 1, 2] : (tensor<?x?x64xi8>, tensor<4xi32>) -> tensor<?x?x64x1xi8>
    %47 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.concatenate %48, %50, %c_14, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %52 = stablehlo.dynamic_broadcast_in_dim %40, %51, dims = [0, 1, 2] : (tensor<?x?x64xi8>, tensor<4xi32>) -> tensor<?x?x64x1xi8>
    %53 = stablehlo.concatenate %46, %52, dim = 3 : (tensor<?x?x64x1xi8>, tensor<?x?x64x1xi8>) -> tensor<?x?x64x2xi8>
    %54 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %55 = stablehlo.reshape %54 : (tensor<i32>) -> tensor<1xi32>
    %56 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %57 = stablehlo.reshape %56 : (tensor<i32>) -> tensor<1xi32>
    %58 = stablehlo.concatenate %55, %57, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %59 = stablehlo.dynamic_reshape %53, %58 : (tensor<?x?x64x2xi8>, tensor<3xi32>) -> tensor<?x?x128xi8>
    %60 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %61 = stablehlo.reshape %60 : (tensor<i32>) -> tensor<1xi32>
    %62 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %63 = stablehlo.reshape %62 : (tensor<i32>) -> tensor<1xi32>
    %64 = stablehlo.concatenate %61, %63, %c_12, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %65 = stablehlo.dynamic_reshape %59, %64 : (tensor<?x?x128xi8>, tensor<4xi32>) -> tensor<?x?x4x32xi8>
    %66 = stablehlo.convert %65 : (tensor<?x?x4x32xi8>) -> tensor<?x?x4x32xf32>
    %67 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.concatenate %68, %70, %c_12, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %72 = stablehlo.dynamic_broadcast_in_dim %18, %71, dims = [0, 1, 2] : (tensor<?x?x4xf32>, tensor<4xi32>) -> tensor<?x?x4x1xf32>
    %73 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %74 = stablehlo.reshape %73 : (tensor<i32>) -> tensor<1xi32>
    %75 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %76 = stablehlo.reshape %75 : (tensor<i32>) -> tensor<1xi32>
    %77 = stablehlo.concatenate %74, %76, %c_12, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %78 = stablehlo.dynamic_broadcast_in_dim %72, %77, dims = [0, 1, 2, 3] : (tensor<?x?x4x1xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %79 = stablehlo.multiply %66, %78 : tensor<?x?x4x32xf32>
    %80 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %81 = stablehlo.reshape %80 : (tensor<i32>) -> tensor<1xi32>
    %82 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %83 = stablehlo.reshape %82 : (tensor<i32>) -> tensor<1xi32>
    %84 = stablehlo.concatenate %81, %83, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %85 = stablehlo.dynamic_reshape %79, %84 : (tensor<?x?x4x32xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %86 = stablehlo.convert %2 : (tensor<?xi64>) -> tensor<?xi32>
    %87 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %88 = stablehlo.reshape %87 : (tensor<i32>) -> tensor<1xi32>
    %89 = stablehlo.concatenate %88, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %90 = stablehlo.dynamic_broadcast_in_dim %86, %89, dims = [0] : (tensor<?xi32>, tensor<2xi32>) -> tensor<?x1xi32>
    %91 = "stablehlo.gather"(%arg3, %90) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 64>}> : (tensor<64x64xui8>, tensor<?x1xi32>) -> tensor<?x64xui8>
    %92 = stablehlo.convert %2 : (tensor<?xi64>) -> tensor<?xi32>
    %93 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %94 = stablehlo.reshape %93 : (tensor<i32>) -> tensor<1xi32>
    %95 = stablehlo.concatenate %94, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %96 = stablehlo.dynamic_broadcast_in_dim %92, %95, dims = [0] : (tensor<?xi32>, tensor<2xi32>) -> tensor<?x1xi32>
    %97 = "stablehlo.gather"(%arg4, %96) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<64x4xf32>, tensor<?x1xi32>) -> tensor<?x4xf32>
    %98 = stablehlo.bitcast_convert %91 : (tensor<?x64xui8>) -> tensor<?x64xi8>
    %99 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %100, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %c_15, %101, dims = [] : (tensor<i8>, tensor<2xi32>) -> tensor<?x64xi8>
    %103 = stablehlo.shift_left %98, %102 : tensor<?x64xi8>
    %104 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %105 = stablehlo.reshape %104 : (tensor<i32>) -> tensor<1xi32>
    %106 = stablehlo.concatenate %105, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %107 = stablehlo.dynamic_broadcast_in_dim %c_15, %106, dims = [] : (tensor<i8>, tensor<2xi32>) -> tensor<?x64xi8>
    %108 = stablehlo.shift_right_arithmetic %103, %107 : tensor<?x64xi8>
    %109 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %110, %c_14, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %c_15, %111, dims = [] : (tensor<i8>, tensor<2xi32>) -> tensor<?x64xi8>
    %113 = stablehlo.shift_right_arithmetic %98, %112 : tensor<?x64xi8>
    %114 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %115 = stablehlo.reshape %114 : (tensor<i32>) -> tensor<1xi32>
    %116 = stablehlo.concatenate %115, %c_14, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %117 = stablehlo.dynamic_broadcast_in_dim %108, %116, dims = [0, 1] : (tensor<?x64xi8>, tensor<3xi32>) -> tensor<?x64x1xi8>
    %118 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %119 = stablehlo.reshape %118 : (tensor<i32>) -> tensor<1xi32>
    %120 = stablehlo.concatenate %119, %c_14, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %121 = stablehlo.dynamic_broadcast_in_dim %113, %120, dims = [0, 1] : (tensor<?x64xi8>, tensor<3xi32>) -> tensor<?x64x1xi8>
    %122 = stablehlo.concatenate %117, %121, dim = 2 : (tensor<?x64x1xi8>, tensor<?x64x1xi8>) -> tensor<?x64x2xi8>
    %123 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %124 = stablehlo.reshape %123 : (tensor<i32>) -> tensor<1xi32>
    %125 = stablehlo.concatenate %124, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %126 = stablehlo.dynamic_reshape %122, %125 : (tensor<?x64x2xi8>, tensor<2xi32>) -> tensor<?x128xi8>
    %127 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.concatenate %128, %c_12, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %130 = stablehlo.dynamic_reshape %126, %129 : (tensor<?x128xi8>, tensor<3xi32>) -> tensor<?x4x32xi8>
    %131 = stablehlo.convert %130 : (tensor<?x4x32xi8>) -> tensor<?x4x32xf32>
    %132 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %133 = stablehlo.reshape %132 : (tensor<i32>) -> tensor<1xi32>
    %134 = stablehlo.concatenate %133, %c_12, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %135 = stablehlo.dynamic_broadcast_in_dim %97, %134, dims = [0, 1] : (tensor<?x4xf32>, tensor<3xi32>) -> tensor<?x4x1xf32>
    %136 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.concatenate %137, %c_12, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %139 = stablehlo.dynamic_broadcast_in_dim %135, %138, dims = [0, 1, 2] : (tensor<?x4x1xf32>, tensor<3xi32>) -> tensor<?x4x32xf32>
    %140 = stablehlo.multiply %131, %139 : tensor<?x4x32xf32>
    %141 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %142 = stablehlo.reshape %141 : (tensor<i32>) -> tensor<1xi32>
    %143 = stablehlo.concatenate %142, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %144 = stablehlo.dynamic_reshape %140, %143 : (tensor<?x4x32xf32>, tensor<2xi32>) -> tensor<?x128xf32>
    %145 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %146 = stablehlo.reshape %145 : (tensor<i32>) -> tensor<1xi32>
    %147 = stablehlo.concatenate %c_16, %146, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %148 = stablehlo.dynamic_broadcast_in_dim %144, %147, dims = [1, 2] : (tensor<?x128xf32>, tensor<3xi32>) -> tensor<1x?x128xf32>
    %149 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %150 = stablehlo.reshape %149 : (tensor<i32>) -> tensor<1xi32>
    %151 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %152 = stablehlo.reshape %151 : (tensor<i32>) -> tensor<1xi32>
    %153 = stablehlo.concatenate %150, %152, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %154 = stablehlo.dynamic_broadcast_in_dim %148, %153, dims = [0, 1, 2] : (tensor<1x?x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %155 = stablehlo.add %85, %154 : tensor<?x?x128xf32>
    %156 = stablehlo.reduce(%155 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %157 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %158 = stablehlo.reshape %157 : (tensor<i32>) -> tensor<1xi32>
    %159 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %160 = stablehlo.reshape %159 : (tensor<i32>) -> tensor<1xi32>
    %161 = stablehlo.concatenate %158, %160, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %162 = stablehlo.dynamic_broadcast_in_dim %156, %161, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %163 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %164 = stablehlo.reshape %163 : (tensor<i32>) -> tensor<1xi32>
    %165 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %166 = stablehlo.reshape %165 : (tensor<i32>) -> tensor<1xi32>
    %167 = stablehlo.concatenate %164, %166, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %168 = stablehlo.dynamic_broadcast_in_dim %cst_9, %167, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %169 = stablehlo.divide %162, %168 : tensor<?x?x1xf32>
    %170 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %171 = stablehlo.reshape %170 : (tensor<i32>) -> tensor<1xi32>
    %172 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %173 = stablehlo.reshape %172 : (tensor<i32>) -> tensor<1xi32>
    %174 = stablehlo.concatenate %171, %173, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %175 = stablehlo.dynamic_broadcast_in_dim %169, %174, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %176 = stablehlo.subtract %155, %175 : tensor<?x?x128xf32>
    %177 = stablehlo.multiply %176, %176 : tensor<?x?x128xf32>
    %178 = stablehlo.reduce(%177 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %179 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %180 = stablehlo.reshape %179 : (tensor<i32>) -> tensor<1xi32>
    %181 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %182 = stablehlo.reshape %181 : (tensor<i32>) -> tensor<1xi32>
    %183 = stablehlo.concatenate %180, %182, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %184 = stablehlo.dynamic_broadcast_in_dim %178, %183, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %185 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %186 = stablehlo.reshape %185 : (tensor<i32>) -> tensor<1xi32>
    %187 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %188 = stablehlo.reshape %187 : (tensor<i32>) -> tensor<1xi32>
    %189 = stablehlo.concatenate %186, %188, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %190 = stablehlo.dynamic_broadcast_in_dim %cst_9, %189, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %191 = stablehlo.divide %184, %190 : tensor<?x?x1xf32>
    %192 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %193 = stablehlo.reshape %192 : (tensor<i32>) -> tensor<1xi32>
    %194 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %195 = stablehlo.reshape %194 : (tensor<i32>) -> tensor<1xi32>
    %196 = stablehlo.concatenate %193, %195, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %197 = stablehlo.dynamic_broadcast_in_dim %cst_8, %196, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %198 = stablehlo.add %191, %197 : tensor<?x?x1xf32>
    %199 = stablehlo.rsqrt %198 : tensor<?x?x1xf32>
    %200 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %201 = stablehlo.reshape %200 : (tensor<i32>) -> tensor<1xi32>
    %202 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %203 = stablehlo.reshape %202 : (tensor<i32>) -> tensor<1xi32>
    %204 = stablehlo.concatenate %201, %203, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %205 = stablehlo.dynamic_broadcast_in_dim %199, %204, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %206 = stablehlo.multiply %176, %205 : tensor<?x?x128xf32>
    %207 = stablehlo.broadcast_in_dim %arg5, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %208 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %209 = stablehlo.reshape %208 : (tensor<i32>) -> tensor<1xi32>
    %210 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %211 = stablehlo.reshape %210 : (tensor<i32>) -> tensor<1xi32>
    %212 = stablehlo.concatenate %209, %211, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %213 = stablehlo.dynamic_broadcast_in_dim %207, %212, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %214 = stablehlo.multiply %206, %213 : tensor<?x?x128xf32>
    %215 = stablehlo.broadcast_in_dim %arg6, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %216 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %217 = stablehlo.reshape %216 : (tensor<i32>) -> tensor<1xi32>
    %218 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %219 = stablehlo.reshape %218 : (tensor<i32>) -> tensor<1xi32>
    %220 = stablehlo.concatenate %217, %219, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %221 = stablehlo.dynamic_broadcast_in_dim %215, %220, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %222 = stablehlo.add %214, %221 : tensor<?x?x128xf32>
    %223 = stablehlo.bitcast_convert %arg7 : (tensor<384x64xui8>) -> tensor<384x64xi8>
    %224 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<384x64xi8>
    %225 = stablehlo.shift_left %223, %224 : tensor<384x64xi8>
    %226 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<384x64xi8>
    %227 = stablehlo.shift_right_arithmetic %225, %226 : tensor<384x64xi8>
    %228 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<384x64xi8>
    %229 = stablehlo.shift_right_arithmetic %223, %228 : tensor<384x64xi8>
    %230 = stablehlo.broadcast_in_dim %227, dims = [0, 1] : (tensor<384x64xi8>) -> tensor<384x64x1xi8>
    %231 = stablehlo.broadcast_in_dim %229, dims = [0, 1] : (tensor<384x64xi8>) -> tensor<384x64x1xi8>
    %232 = stablehlo.concatenate %230, %231, dim = 2 : (tensor<384x64x1xi8>, tensor<384x64x1xi8>) -> tensor<384x64x2xi8>
    %233 = stablehlo.reshape %232 : (tensor<384x64x2xi8>) -> tensor<384x128xi8>
    %234 = stablehlo.reshape %233 : (tensor<384x128xi8>) -> tensor<384x4x32xi8>
    %235 = stablehlo.convert %234 : (tensor<384x4x32xi8>) -> tensor<384x4x32xf32>
    %236 = stablehlo.broadcast_in_dim %arg8, dims = [0, 1] : (tensor<384x4xf32>) -> tensor<384x4x1xf32>
    %237 = stablehlo.broadcast_in_dim %236, dims = [0, 1, 2] : (tensor<384x4x1xf32>) -> tensor<384x4x32xf32>
    %238 = stablehlo.multiply %235, %237 : tensor<384x4x32xf32>
    %239 = stablehlo.reshape %238 : (tensor<384x4x32xf32>) -> tensor<384x128xf32>
    %240 = stablehlo.dot_general %222, %239, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<384x128xf32>) -> tensor<?x?x384xf32>
    %241 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %242 = stablehlo.reshape %241 : (tensor<i32>) -> tensor<1xi32>
    %243 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %244 = stablehlo.reshape %243 : (tensor<i32>) -> tensor<1xi32>
    %245 = stablehlo.concatenate %242, %244, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %246 = stablehlo.dynamic_broadcast_in_dim %arg9, %245, dims = [2] : (tensor<384xf32>, tensor<3xi32>) -> tensor<?x?x384xf32>
    %247 = stablehlo.add %240, %246 : tensor<?x?x384xf32>
    %248 = stablehlo.concatenate %c_6, %c_6, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %249 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %250 = stablehlo.reshape %249 : (tensor<i32>) -> tensor<1xi32>
    %251 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %252 = stablehlo.reshape %251 : (tensor<i32>) -> tensor<1xi32>
    %253 = stablehlo.concatenate %250, %252, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %254 = stablehlo.concatenate %c_16, %c_16, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %255 = stablehlo.real_dynamic_slice %247, %248, %253, %254 : (tensor<?x?x384xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %256 = stablehlo.concatenate %c_6, %c_6, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %257 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %258 = stablehlo.reshape %257 : (tensor<i32>) -> tensor<1xi32>
    %259 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %260 = stablehlo.reshape %259 : (tensor<i32>) -> tensor<1xi32>
    %261 = stablehlo.concatenate %258, %260, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %262 = stablehlo.concatenate %c_16, %c_16, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %263 = stablehlo.real_dynamic_slice %247, %256, %261, %262 : (tensor<?x?x384xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %264 = stablehlo.concatenate %c_6, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %265 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %266 = stablehlo.reshape %265 : (tensor<i32>) -> tensor<1xi32>
    %267 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %268 = stablehlo.reshape %267 : (tensor<i32>) -> tensor<1xi32>
    %269 = stablehlo.concatenate %266, %268, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %270 = stablehlo.concatenate %c_16, %c_16, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %271 = stablehlo.real_dynamic_slice %247, %264, %269, %270 : (tensor<?x?x384xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %272 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %273 = stablehlo.reshape %272 : (tensor<i32>) -> tensor<1xi32>
    %274 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %275 = stablehlo.reshape %274 : (tensor<i32>) -> tensor<1xi32>
    %276 = stablehlo.concatenate %273, %275, %c_12, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %277 = stablehlo.dynamic_reshape %255, %276 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %278 = stablehlo.transpose %277, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %279 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %280 = stablehlo.reshape %279 : (tensor<i32>) -> tensor<1xi32>
    %281 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %282 = stablehlo.reshape %281 : (tensor<i32>) -> tensor<1xi32>
    %283 = stablehlo.concatenate %280, %282, %c_12, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %284 = stablehlo.dynamic_reshape %263, %283 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %285 = stablehlo.transpose %284, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %286 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %287 = stablehlo.reshape %286 : (tensor<i32>) -> tensor<1xi32>
    %288 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %289 = stablehlo.reshape %288 : (tensor<i32>) -> tensor<1xi32>
    %290 = stablehlo.concatenate %287, %289, %c_12, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %291 = stablehlo.dynamic_reshape %271, %290 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %292 = stablehlo.transpose %291, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %293 = stablehlo.dot_general %278, %285, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x4x?x32xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x?x?xf32>
    %294 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %295 = stablehlo.reshape %294 : (tensor<i32>) -> tensor<1xi32>
    %296 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %297 = stablehlo.reshape %296 : (tensor<i32>) -> tensor<1xi32>
    %298 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %299 = stablehlo.reshape %298 : (tensor<i32>) -> tensor<1xi32>
    %300 = stablehlo.concatenate %295, %c_12, %297, %299, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %301 = stablehlo.dynamic_broadcast_in_dim %cst_4, %300, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %302 = stablehlo.multiply %293, %301 : tensor<?x4x?x?xf32>
    %303 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %304 = stablehlo.reshape %303 : (tensor<i32>) -> tensor<1xi32>
    %305 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %306 = stablehlo.reshape %305 : (tensor<i32>) -> tensor<1xi32>
    %307 = stablehlo.concatenate %304, %306, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %308 = stablehlo.dynamic_iota %307, dim = 0 : (tensor<2xi32>) -> tensor<?x?xi32>
    %309 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %310 = stablehlo.reshape %309 : (tensor<i32>) -> tensor<1xi32>
    %311 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %312 = stablehlo.reshape %311 : (tensor<i32>) -> tensor<1xi32>
    %313 = stablehlo.concatenate %310, %312, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %314 = stablehlo.dynamic_iota %313, dim = 1 : (tensor<2xi32>) -> tensor<?x?xi32>
    %315 = stablehlo.compare LE, %314, %308, SIGNED : (tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi1>
    %316 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %317 = stablehlo.reshape %316 : (tensor<i32>) -> tensor<1xi32>
    %318 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %319 = stablehlo.reshape %318 : (tensor<i32>) -> tensor<1xi32>
    %320 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %321 = stablehlo.reshape %320 : (tensor<i32>) -> tensor<1xi32>
    %322 = stablehlo.concatenate %317, %c_12, %319, %321, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %323 = stablehlo.dynamic_broadcast_in_dim %315, %322, dims = [2, 3] : (tensor<?x?xi1>, tensor<4xi32>) -> tensor<?x4x?x?xi1>
    %324 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %325 = stablehlo.reshape %324 : (tensor<i32>) -> tensor<1xi32>
    %326 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %327 = stablehlo.reshape %326 : (tensor<i32>) -> tensor<1xi32>
    %328 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %329 = stablehlo.reshape %328 : (tensor<i32>) -> tensor<1xi32>
    %330 = stablehlo.concatenate %325, %c_12, %327, %329, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %331 = stablehlo.dynamic_broadcast_in_dim %cst_3, %330, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %332 = stablehlo.select %323, %302, %331 : tensor<?x4x?x?xi1>, tensor<?x4x?x?xf32>
    %333 = stablehlo.reduce(%332 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x4x?x?xf32>, tensor<f32>) -> tensor<?x4x?xf32>
    %334 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %335 = stablehlo.reshape %334 : (tensor<i32>) -> tensor<1xi32>
    %336 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %337 = stablehlo.reshape %336 : (tensor<i32>) -> tensor<1xi32>
    %338 = stablehlo.concatenate %335, %c_12, %337, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %339 = stablehlo.dynamic_broadcast_in_dim %333, %338, dims = [0, 1, 2] : (tensor<?x4x?xf32>, tensor<4xi32>) -> tensor<?x4x?x1xf32>
    %340 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %341 = stablehlo.reshape %340 : (tensor<i32>) -> tensor<1xi32>
    %342 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %343 = stablehlo.reshape %342 : (tensor<i32>) -> tensor<1xi32>
    %344 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %345 = stablehlo.reshape %344 : (tensor<i32>) -> tensor<1xi32>
    %346 = stablehlo.concatenate %341, %c_12, %343, %345, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %347 = stablehlo.dynamic_broadcast_in_dim %339, %346, dims = [0, 1, 2, 3] : (tensor<?x4x?x1xf32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %348 = stablehlo.subtract %332, %347 : tensor<?x4x?x?xf32>
    %349 = stablehlo.exponential %348 : tensor<?x4x?x?xf32>
    %350 = stablehlo.reduce(%349 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<?x4x?x?xf32>, tensor<f32>) -> tensor<?x4x?xf32>
    %351 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %352 = stablehlo.reshape %351 : (tensor<i32>) -> tensor<1xi32>
    %353 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %354 = stablehlo.reshape %353 : (tensor<i32>) -> tensor<1xi32>
    %355 = stablehlo.concatenate %352, %c_12, %354, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %356 = stablehlo.dynamic_broadcast_in_dim %350, %355, dims = [0, 1, 2] : (tensor<?x4x?xf32>, tensor<4xi32>) -> tensor<?x4x?x1xf32>
    %357 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %358 = stablehlo.reshape %357 : (tensor<i32>) -> tensor<1xi32>
    %359 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %360 = stablehlo.reshape %359 : (tensor<i32>) -> tensor<1xi32>
    %361 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %362 = stablehlo.reshape %361 : (tensor<i32>) -> tensor<1xi32>
    %363 = stablehlo.concatenate %358, %c_12, %360, %362, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %364 = stablehlo.dynamic_broadcast_in_dim %356, %363, dims = [0, 1, 2, 3] : (tensor<?x4x?x1xf32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %365 = stablehlo.divide %349, %364 : tensor<?x4x?x?xf32>
    %366 = stablehlo.dot_general %365, %292, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x4x?x?xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x?x32xf32>
    %367 = stablehlo.transpose %366, dims = [0, 2, 1, 3] : (tensor<?x4x?x32xf32>) -> tensor<?x?x4x32xf32>
    %368 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %369 = stablehlo.reshape %368 : (tensor<i32>) -> tensor<1xi32>
    %370 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %371 = stablehlo.reshape %370 : (tensor<i32>) -> tensor<1xi32>
    %372 = stablehlo.concatenate %369, %371, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %373 = stablehlo.dynamic_reshape %367, %372 : (tensor<?x?x4x32xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %374 = stablehlo.bitcast_convert %arg10 : (tensor<128x64xui8>) -> tensor<128x64xi8>
    %375 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<128x64xi8>
    %376 = stablehlo.shift_left %374, %375 : tensor<128x64xi8>
    %377 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<128x64xi8>
    %378 = stablehlo.shift_right_arithmetic %376, %377 : tensor<128x64xi8>
    %379 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<128x64xi8>
    %380 = stablehlo.shift_right_arithmetic %374, %379 : tensor<128x64xi8>
    %381 = stablehlo.broadcast_in_dim %378, dims = [0, 1] : (tensor<128x64xi8>) -> tensor<128x64x1xi8>
    %382 = stablehlo.broadcast_in_dim %380, dims = [0, 1] : (tensor<128x64xi8>) -> tensor<128x64x1xi8>
    %383 = stablehlo.concatenate %381, %382, dim = 2 : (tensor<128x64x1xi8>, tensor<128x64x1xi8>) -> tensor<128x64x2xi8>
    %384 = stablehlo.reshape %383 : (tensor<128x64x2xi8>) -> tensor<128x128xi8>
    %385 = stablehlo.reshape %384 : (tensor<128x128xi8>) -> tensor<128x4x32xi8>
    %386 = stablehlo.convert %385 : (tensor<128x4x32xi8>) -> tensor<128x4x32xf32>
    %387 = stablehlo.broadcast_in_dim %arg11, dims = [0, 1] : (tensor<128x4xf32>) -> tensor<128x4x1xf32>
    %388 = stablehlo.broadcast_in_dim %387, dims = [0, 1, 2] : (tensor<128x4x1xf32>) -> tensor<128x4x32xf32>
    %389 = stablehlo.multiply %386, %388 : tensor<128x4x32xf32>
    %390 = stablehlo.reshape %389 : (tensor<128x4x32xf32>) -> tensor<128x128xf32>
    %391 = stablehlo.dot_general %373, %390, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<128x128xf32>) -> tensor<?x?x128xf32>
    %392 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %393 = stablehlo.reshape %392 : (tensor<i32>) -> tensor<1xi32>
    %394 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %395 = stablehlo.reshape %394 : (tensor<i32>) -> tensor<1xi32>
    %396 = stablehlo.concatenate %393, %395, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %397 = stablehlo.dynamic_broadcast_in_dim %arg12, %396, dims = [2] : (tensor<128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %398 = stablehlo.add %391, %397 : tensor<?x?x128xf32>
    %399 = stablehlo.add %155, %398 : tensor<?x?x128xf32>
    %400 = stablehlo.reduce(%399 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %401 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %402 = stablehlo.reshape %401 : (tensor<i32>) -> tensor<1xi32>
    %403 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %404 = stablehlo.reshape %403 : (tensor<i32>) -> tensor<1xi32>
    %405 = stablehlo.concatenate %402, %404, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %406 = stablehlo.dynamic_broadcast_in_dim %400, %405, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %407 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %408 = stablehlo.reshape %407 : (tensor<i32>) -> tensor<1xi32>
    %409 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %410 = stablehlo.reshape %409 : (tensor<i32>) -> tensor<1xi32>
    %411 = stablehlo.concatenate %408, %410, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %412 = stablehlo.dynamic_broadcast_in_dim %cst_9, %411, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %413 = stablehlo.divide %406, %412 : tensor<?x?x1xf32>
    %414 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %415 = stablehlo.reshape %414 : (tensor<i32>) -> tensor<1xi32>
    %416 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %417 = stablehlo.reshape %416 : (tensor<i32>) -> tensor<1xi32>
    %418 = stablehlo.concatenate %415, %417, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %419 = stablehlo.dynamic_broadcast_in_dim %413, %418, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %420 = stablehlo.subtract %399, %419 : tensor<?x?x128xf32>
    %421 = stablehlo.multiply %420, %420 : tensor<?x?x128xf32>
    %422 = stablehlo.reduce(%421 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %423 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %424 = stablehlo.reshape %423 : (tensor<i32>) -> tensor<1xi32>
    %425 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %426 = stablehlo.reshape %425 : (tensor<i32>) -> tensor<1xi32>
    %427 = stablehlo.concatenate %424, %426, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %428 = stablehlo.dynamic_broadcast_in_dim %422, %427, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %429 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %430 = stablehlo.reshape %429 : (tensor<i32>) -> tensor<1xi32>
    %431 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %432 = stablehlo.reshape %431 : (tensor<i32>) -> tensor<1xi32>
    %433 = stablehlo.concatenate %430, %432, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %434 = stablehlo.dynamic_broadcast_in_dim %cst_9, %433, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %435 = stablehlo.divide %428, %434 : tensor<?x?x1xf32>
    %436 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %437 = stablehlo.reshape %436 : (tensor<i32>) -> tensor<1xi32>
    %438 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %439 = stablehlo.reshape %438 : (tensor<i32>) -> tensor<1xi32>
    %440 = stablehlo.concatenate %437, %439, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %441 = stablehlo.dynamic_broadcast_in_dim %cst_8, %440, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %442 = stablehlo.add %435, %441 : tensor<?x?x1xf32>
    %443 = stablehlo.rsqrt %442 : tensor<?x?x1xf32>
    %444 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %445 = stablehlo.reshape %444 : (tensor<i32>) -> tensor<1xi32>
    %446 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %447 = stablehlo.reshape %446 : (tensor<i32>) -> tensor<1xi32>
    %448 = stablehlo.concatenate %445, %447, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %449 = stablehlo.dynamic_broadcast_in_dim %443, %448, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %450 = stablehlo.multiply %420, %449 : tensor<?x?x128xf32>
    %451 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %452 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %453 = stablehlo.reshape %452 : (tensor<i32>) -> tensor<1xi32>
    %454 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %455 = stablehlo.reshape %454 : (tensor<i32>) -> tensor<1xi32>
    %456 = stablehlo.concatenate %453, %455, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %457 = stablehlo.dynamic_broadcast_in_dim %451, %456, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %458 = stablehlo.multiply %450, %457 : tensor<?x?x128xf32>
    %459 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %460 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %461 = stablehlo.reshape %460 : (tensor<i32>) -> tensor<1xi32>
    %462 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %463 = stablehlo.reshape %462 : (tensor<i32>) -> tensor<1xi32>
    %464 = stablehlo.concatenate %461, %463, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %465 = stablehlo.dynamic_broadcast_in_dim %459, %464, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %466 = stablehlo.add %458, %465 : tensor<?x?x128xf32>
    %467 = stablehlo.bitcast_convert %arg15 : (tensor<512x64xui8>) -> tensor<512x64xi8>
    %468 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<512x64xi8>
    %469 = stablehlo.shift_left %467, %468 : tensor<512x64xi8>
    %470 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<512x64xi8>
    %471 = stablehlo.shift_right_arithmetic %469, %470 : tensor<512x64xi8>
    %472 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<512x64xi8>
    %473 = stablehlo.shift_right_arithmetic %467, %472 : tensor<512x64xi8>
    %474 = stablehlo.broadcast_in_dim %471, dims = [0, 1] : (tensor<512x64xi8>) -> tensor<512x64x1xi8>
    %475 = stablehlo.broadcast_in_dim %473, dims = [0, 1] : (tensor<512x64xi8>) -> tensor<512x64x1xi8>
    %476 = stablehlo.concatenate %474, %475, dim = 2 : (tensor<512x64x1xi8>, tensor<512x64x1xi8>) -> tensor<512x64x2xi8>
    %477 = stablehlo.reshape %476 : (tensor<512x64x2xi8>) -> tensor<512x128xi8>
    %478 = stablehlo.reshape %477 : (tensor<512x128xi8>) -> tensor<512x4x32xi8>
    %479 = stablehlo.convert %478 : (tensor<512x4x32xi8>) -> tensor<512x4x32xf32>
    %480 = stablehlo.broadcast_in_dim %arg16, dims = [0, 1] : (tensor<512x4xf32>) -> tensor<512x4x1xf32>
    %481 = stablehlo.broadcast_in_dim %480, dims = [0, 1, 2] : (tensor<512x4x1xf32>) -> tensor<512x4x32xf32>
    %482 = stablehlo.multiply %479, %481 : tensor<512x4x32xf32>
    %483 = stablehlo.reshape %482 : (tensor<512x4x32xf32>) -> tensor<512x128xf32>
    %484 = stablehlo.dot_general %466, %483, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<512x128xf32>) -> tensor<?x?x512xf32>
    %485 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %486 = stablehlo.reshape %485 : (tensor<i32>) -> tensor<1xi32>
    %487 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %488 = stablehlo.reshape %487 : (tensor<i32>) -> tensor<1xi32>
    %489 = stablehlo.concatenate %486, %488, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %490 = stablehlo.dynamic_broadcast_in_dim %arg17, %489, dims = [2] : (tensor<512xf32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %491 = stablehlo.add %484, %490 : tensor<?x?x512xf32>
    %492 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %493 = stablehlo.reshape %492 : (tensor<i32>) -> tensor<1xi32>
    %494 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %495 = stablehlo.reshape %494 : (tensor<i32>) -> tensor<1xi32>
    %496 = stablehlo.concatenate %493, %495, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %497 = stablehlo.dynamic_broadcast_in_dim %cst_2, %496, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %498 = stablehlo.multiply %497, %491 : tensor<?x?x512xf32>
    %499 = stablehlo.multiply %498, %491 : tensor<?x?x512xf32>
    %500 = stablehlo.multiply %499, %491 : tensor<?x?x512xf32>
    %501 = stablehlo.add %491, %500 : tensor<?x?x512xf32>
    %502 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %503 = stablehlo.reshape %502 : (tensor<i32>) -> tensor<1xi32>
    %504 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %505 = stablehlo.reshape %504 : (tensor<i32>) -> tensor<1xi32>
    %506 = stablehlo.concatenate %503, %505, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %507 = stablehlo.dynamic_broadcast_in_dim %cst_1, %506, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %508 = stablehlo.multiply %507, %501 : tensor<?x?x512xf32>
    %509 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %510 = stablehlo.reshape %509 : (tensor<i32>) -> tensor<1xi32>
    %511 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %512 = stablehlo.reshape %511 : (tensor<i32>) -> tensor<1xi32>
    %513 = stablehlo.concatenate %510, %512, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %514 = stablehlo.dynamic_broadcast_in_dim %cst_0, %513, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %515 = stablehlo.multiply %514, %491 : tensor<?x?x512xf32>
    %516 = stablehlo.tanh %508 : tensor<?x?x512xf32>
    %517 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %518 = stablehlo.reshape %517 : (tensor<i32>) -> tensor<1xi32>
    %519 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %520 = stablehlo.reshape %519 : (tensor<i32>) -> tensor<1xi32>
    %521 = stablehlo.concatenate %518, %520, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %522 = stablehlo.dynamic_broadcast_in_dim %cst, %521, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %523 = stablehlo.add %522, %516 : tensor<?x?x512xf32>
    %524 = stablehlo.multiply %515, %523 : tensor<?x?x512xf32>
    %525 = stablehlo.bitcast_convert %arg18 : (tensor<128x256xui8>) -> tensor<128x256xi8>
    %526 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<128x256xi8>
    %527 = stablehlo.shift_left %525, %526 : tensor<128x256xi8>
    %528 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<128x256xi8>
    %529 = stablehlo.shift_right_arithmetic %527, %528 : tensor<128x256xi8>
    %530 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<128x256xi8>
    %531 = stablehlo.shift_right_arithmetic %525, %530 : tensor<128x256xi8>
    %532 = stablehlo.broadcast_in_dim %529, dims = [0, 1] : (tensor<128x256xi8>) -> tensor<128x256x1xi8>
    %533 = stablehlo.broadcast_in_dim %531, dims = [0, 1] : (tensor<128x256xi8>) -> tensor<128x256x1xi8>
    %534 = stablehlo.concatenate %532, %533, dim = 2 : (tensor<128x256x1xi8>, tensor<128x256x1xi8>) -> tensor<128x256x2xi8>
    %535 = stablehlo.reshape %534 : (tensor<128x256x2xi8>) -> tensor<128x512xi8>
    %536 = stablehlo.reshape %535 : (tensor<128x512xi8>) -> tensor<128x16x32xi8>
    %537 = stablehlo.convert %536 : (tensor<128x16x32xi8>) -> tensor<128x16x32xf32>
    %538 = stablehlo.broadcast_in_dim %arg19, dims = [0, 1] : (tensor<128x16xf32>) -> tensor<128x16x1xf32>
    %539 = stablehlo.broadcast_in_dim %538, dims = [0, 1, 2] : (tensor<128x16x1xf32>) -> tensor<128x16x32xf32>
    %540 = stablehlo.multiply %537, %539 : tensor<128x16x32xf32>
    %541 = stablehlo.reshape %540 : (tensor<128x16x32xf32>) -> tensor<128x512xf32>
    %542 = stablehlo.dot_general %524, %541, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x512xf32>, tensor<128x512xf32>) -> tensor<?x?x128xf32>
    %543 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %544 = stablehlo.reshape %543 : (tensor<i32>) -> tensor<1xi32>
    %545 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %546 = stablehlo.reshape %545 : (tensor<i32>) -> tensor<1xi32>
    %547 = stablehlo.concatenate %544, %546, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %548 = stablehlo.dynamic_broadcast_in_dim %arg20, %547, dims = [2] : (tensor<128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %549 = stablehlo.add %542, %548 : tensor<?x?x128xf32>
    %550 = stablehlo.add %399, %549 : tensor<?x?x128xf32>
    %551 = stablehlo.reduce(%550 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %552 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %553 = stablehlo.reshape %552 : (tensor<i32>) -> tensor<1xi32>
    %554 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %555 = stablehlo.reshape %554 : (tensor<i32>) -> tensor<1xi32>
    %556 = stablehlo.concatenate %553, %555, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %557 = stablehlo.dynamic_broadcast_in_dim %551, %556, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %558 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %559 = stablehlo.reshape %558 : (tensor<i32>) -> tensor<1xi32>
    %560 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %561 = stablehlo.reshape %560 : (tensor<i32>) -> tensor<1xi32>
    %562 = stablehlo.concatenate %559, %561, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %563 = stablehlo.dynamic_broadcast_in_dim %cst_9, %562, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %564 = stablehlo.divide %557, %563 : tensor<?x?x1xf32>
    %565 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %566 = stablehlo.reshape %565 : (tensor<i32>) -> tensor<1xi32>
    %567 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %568 = stablehlo.reshape %567 : (tensor<i32>) -> tensor<1xi32>
    %569 = stablehlo.concatenate %566, %568, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %570 = stablehlo.dynamic_broadcast_in_dim %564, %569, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %571 = stablehlo.subtract %550, %570 : tensor<?x?x128xf32>
    %572 = stablehlo.multiply %571, %571 : tensor<?x?x128xf32>
    %573 = stablehlo.reduce(%572 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %574 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %575 = stablehlo.reshape %574 : (tensor<i32>) -> tensor<1xi32>
    %576 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %577 = stablehlo.reshape %576 : (tensor<i32>) -> tensor<1xi32>
    %578 = stablehlo.concatenate %575, %577, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %579 = stablehlo.dynamic_broadcast_in_dim %573, %578, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %580 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %581 = stablehlo.reshape %580 : (tensor<i32>) -> tensor<1xi32>
    %582 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %583 = stablehlo.reshape %582 : (tensor<i32>) -> tensor<1xi32>
    %584 = stablehlo.concatenate %581, %583, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %585 = stablehlo.dynamic_broadcast_in_dim %cst_9, %584, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %586 = stablehlo.divide %579, %585 : tensor<?x?x1xf32>
    %587 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %588 = stablehlo.reshape %587 : (tensor<i32>) -> tensor<1xi32>
    %589 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %590 = stablehlo.reshape %589 : (tensor<i32>) -> tensor<1xi32>
    %591 = stablehlo.concatenate %588, %590, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %592 = stablehlo.dynamic_broadcast_in_dim %cst_8, %591, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %593 = stablehlo.add %586, %592 : tensor<?x?x1xf32>
    %594 = stablehlo.rsqrt %593 : tensor<?x?x1xf32>
    %595 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %596 = stablehlo.reshape %595 : (tensor<i32>) -> tensor<1xi32>
    %597 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %598 = stablehlo.reshape %597 : (tensor<i32>) -> tensor<1xi32>
    %599 = stablehlo.concatenate %596, %598, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %600 = stablehlo.dynamic_broadcast_in_dim %594, %599, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %601 = stablehlo.multiply %571, %600 : tensor<?x?x128xf32>
    %602 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %603 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %604 = stablehlo.reshape %603 : (tensor<i32>) -> tensor<1xi32>
    %605 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %606 = stablehlo.reshape %605 : (tensor<i32>) -> tensor<1xi32>
    %607 = stablehlo.concatenate %604, %606, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %608 = stablehlo.dynamic_broadcast_in_dim %602, %607, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %609 = stablehlo.multiply %601, %608 : tensor<?x?x128xf32>
    %610 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %611 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %612 = stablehlo.reshape %611 : (tensor<i32>) -> tensor<1xi32>
    %613 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %614 = stablehlo.reshape %613 : (tensor<i32>) -> tensor<1xi32>
    %615 = stablehlo.concatenate %612, %614, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %616 = stablehlo.dynamic_broadcast_in_dim %610, %615, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %617 = stablehlo.add %609, %616 : tensor<?x?x128xf32>
    %618 = stablehlo.bitcast_convert %arg23 : (tensor<384x64xui8>) -> tensor<384x64xi8>
    %619 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<384x64xi8>
    %620 = stablehlo.shift_left %618, %619 : tensor<384x64xi8>
    %621 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<384x64xi8>
    %622 = stablehlo.shift_right_arithmetic %620, %621 : tensor<384x64xi8>
    %623 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<384x64xi8>
    %624 = stablehlo.shift_right_arithmetic %618, %623 : tensor<384x64xi8>
    %625 = stablehlo.broadcast_in_dim %622, dims = [0, 1] : (tensor<384x64xi8>) -> tensor<384x64x1xi8>
    %626 = stablehlo.broadcast_in_dim %624, dims = [0, 1] : (tensor<384x64xi8>) -> tensor<384x64x1xi8>
    %627 = stablehlo.concatenate %625, %626, dim = 2 : (tensor<384x64x1xi8>, tensor<384x64x1xi8>) -> tensor<384x64x2xi8>
    %628 = stablehlo.reshape %627 : (tensor<384x64x2xi8>) -> tensor<384x128xi8>
    %629 = stablehlo.reshape %628 : (tensor<384x128xi8>) -> tensor<384x4x32xi8>
    %630 = stablehlo.convert %629 : (tensor<384x4x32xi8>) -> tensor<384x4x32xf32>
    %631 = stablehlo.broadcast_in_dim %arg24, dims = [0, 1] : (tensor<384x4xf32>) -> tensor<384x4x1xf32>
    %632 = stablehlo.broadcast_in_dim %631, dims = [0, 1, 2] : (tensor<384x4x1xf32>) -> tensor<384x4x32xf32>
    %633 = stablehlo.multiply %630, %632 : tensor<384x4x32xf32>
    %634 = stablehlo.reshape %633 : (tensor<384x4x32xf32>) -> tensor<384x128xf32>
    %635 = stablehlo.dot_general %617, %634, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<384x128xf32>) -> tensor<?x?x384xf32>
    %636 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %637 = stablehlo.reshape %636 : (tensor<i32>) -> tensor<1xi32>
    %638 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %639 = stablehlo.reshape %638 : (tensor<i32>) -> tensor<1xi32>
    %640 = stablehlo.concatenate %637, %639, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %641 = stablehlo.dynamic_broadcast_in_dim %arg25, %640, dims = [2] : (tensor<384xf32>, tensor<3xi32>) -> tensor<?x?x384xf32>
    %642 = stablehlo.add %635, %641 : tensor<?x?x384xf32>
    %643 = stablehlo.concatenate %c_6, %c_6, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %644 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %645 = stablehlo.reshape %644 : (tensor<i32>) -> tensor<1xi32>
    %646 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %647 = stablehlo.reshape %646 : (tensor<i32>) -> tensor<1xi32>
    %648 = stablehlo.concatenate %645, %647, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %649 = stablehlo.concatenate %c_16, %c_16, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %650 = stablehlo.real_dynamic_slice %642, %643, %648, %649 : (tensor<?x?x384xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %651 = stablehlo.concatenate %c_6, %c_6, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %652 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %653 = stablehlo.reshape %652 : (tensor<i32>) -> tensor<1xi32>
    %654 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %655 = stablehlo.reshape %654 : (tensor<i32>) -> tensor<1xi32>
    %656 = stablehlo.concatenate %653, %655, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %657 = stablehlo.concatenate %c_16, %c_16, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %658 = stablehlo.real_dynamic_slice %642, %651, %656, %657 : (tensor<?x?x384xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %659 = stablehlo.concatenate %c_6, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %660 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %661 = stablehlo.reshape %660 : (tensor<i32>) -> tensor<1xi32>
    %662 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %663 = stablehlo.reshape %662 : (tensor<i32>) -> tensor<1xi32>
    %664 = stablehlo.concatenate %661, %663, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %665 = stablehlo.concatenate %c_16, %c_16, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %666 = stablehlo.real_dynamic_slice %642, %659, %664, %665 : (tensor<?x?x384xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %667 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %668 = stablehlo.reshape %667 : (tensor<i32>) -> tensor<1xi32>
    %669 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %670 = stablehlo.reshape %669 : (tensor<i32>) -> tensor<1xi32>
    %671 = stablehlo.concatenate %668, %670, %c_12, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %672 = stablehlo.dynamic_reshape %650, %671 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %673 = stablehlo.transpose %672, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %674 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %675 = stablehlo.reshape %674 : (tensor<i32>) -> tensor<1xi32>
    %676 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %677 = stablehlo.reshape %676 : (tensor<i32>) -> tensor<1xi32>
    %678 = stablehlo.concatenate %675, %677, %c_12, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %679 = stablehlo.dynamic_reshape %658, %678 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %680 = stablehlo.transpose %679, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %681 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %682 = stablehlo.reshape %681 : (tensor<i32>) -> tensor<1xi32>
    %683 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %684 = stablehlo.reshape %683 : (tensor<i32>) -> tensor<1xi32>
    %685 = stablehlo.concatenate %682, %684, %c_12, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %686 = stablehlo.dynamic_reshape %666, %685 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %687 = stablehlo.transpose %686, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %688 = stablehlo.dot_general %673, %680, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x4x?x32xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x?x?xf32>
    %689 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %690 = stablehlo.reshape %689 : (tensor<i32>) -> tensor<1xi32>
    %691 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %692 = stablehlo.reshape %691 : (tensor<i32>) -> tensor<1xi32>
    %693 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %694 = stablehlo.reshape %693 : (tensor<i32>) -> tensor<1xi32>
    %695 = stablehlo.concatenate %690, %c_12, %692, %694, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %696 = stablehlo.dynamic_broadcast_in_dim %cst_4, %695, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %697 = stablehlo.multiply %688, %696 : tensor<?x4x?x?xf32>
    %698 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %699 = stablehlo.reshape %698 : (tensor<i32>) -> tensor<1xi32>
    %700 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %701 = stablehlo.reshape %700 : (tensor<i32>) -> tensor<1xi32>
    %702 = stablehlo.concatenate %699, %701, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %703 = stablehlo.dynamic_iota %702, dim = 0 : (tensor<2xi32>) -> tensor<?x?xi32>
    %704 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %705 = stablehlo.reshape %704 : (tensor<i32>) -> tensor<1xi32>
    %706 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %707 = stablehlo.reshape %706 : (tensor<i32>) -> tensor<1xi32>
    %708 = stablehlo.concatenate %705, %707, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %709 = stablehlo.dynamic_iota %708, dim = 1 : (tensor<2xi32>) -> tensor<?x?xi32>
    %710 = stablehlo.compare LE, %709, %703, SIGNED : (tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi1>
    %711 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %712 = stablehlo.reshape %711 : (tensor<i32>) -> tensor<1xi32>
    %713 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %714 = stablehlo.reshape %713 : (tensor<i32>) -> tensor<1xi32>
    %715 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %716 = stablehlo.reshape %715 : (tensor<i32>) -> tensor<1xi32>
    %717 = stablehlo.concatenate %712, %c_12, %714, %716, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %718 = stablehlo.dynamic_broadcast_in_dim %710, %717, dims = [2, 3] : (tensor<?x?xi1>, tensor<4xi32>) -> tensor<?x4x?x?xi1>
    %719 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %720 = stablehlo.reshape %719 : (tensor<i32>) -> tensor<1xi32>
    %721 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %722 = stablehlo.reshape %721 : (tensor<i32>) -> tensor<1xi32>
    %723 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %724 = stablehlo.reshape %723 : (tensor<i32>) -> tensor<1xi32>
    %725 = stablehlo.concatenate %720, %c_12, %722, %724, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %726 = stablehlo.dynamic_broadcast_in_dim %cst_3, %725, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %727 = stablehlo.select %718, %697, %726 : tensor<?x4x?x?xi1>, tensor<?x4x?x?xf32>
    %728 = stablehlo.reduce(%727 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x4x?x?xf32>, tensor<f32>) -> tensor<?x4x?xf32>
    %729 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %730 = stablehlo.reshape %729 : (tensor<i32>) -> tensor<1xi32>
    %731 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %732 = stablehlo.reshape %731 : (tensor<i32>) -> tensor<1xi32>
    %733 = stablehlo.concatenate %730, %c_12, %732, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %734 = stablehlo.dynamic_broadcast_in_dim %728, %733, dims = [0, 1, 2] : (tensor<?x4x?xf32>, tensor<4xi32>) -> tensor<?x4x?x1xf32>
    %735 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %736 = stablehlo.reshape %735 : (tensor<i32>) -> tensor<1xi32>
    %737 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %738 = stablehlo.reshape %737 : (tensor<i32>) -> tensor<1xi32>
    %739 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %740 = stablehlo.reshape %739 : (tensor<i32>) -> tensor<1xi32>
    %741 = stablehlo.concatenate %736, %c_12, %738, %740, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %742 = stablehlo.dynamic_broadcast_in_dim %734, %741, dims = [0, 1, 2, 3] : (tensor<?x4x?x1xf32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %743 = stablehlo.subtract %727, %742 : tensor<?x4x?x?xf32>
    %744 = stablehlo.exponential %743 : tensor<?x4x?x?xf32>
    %745 = stablehlo.reduce(%744 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<?x4x?x?xf32>, tensor<f32>) -> tensor<?x4x?xf32>
    %746 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %747 = stablehlo.reshape %746 : (tensor<i32>) -> tensor<1xi32>
    %748 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %749 = stablehlo.reshape %748 : (tensor<i32>) -> tensor<1xi32>
    %750 = stablehlo.concatenate %747, %c_12, %749, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %751 = stablehlo.dynamic_broadcast_in_dim %745, %750, dims = [0, 1, 2] : (tensor<?x4x?xf32>, tensor<4xi32>) -> tensor<?x4x?x1xf32>
    %752 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %753 = stablehlo.reshape %752 : (tensor<i32>) -> tensor<1xi32>
    %754 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %755 = stablehlo.reshape %754 : (tensor<i32>) -> tensor<1xi32>
    %756 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %757 = stablehlo.reshape %756 : (tensor<i32>) -> tensor<1xi32>
    %758 = stablehlo.concatenate %753, %c_12, %755, %757, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %759 = stablehlo.dynamic_broadcast_in_dim %751, %758, dims = [0, 1, 2, 3] : (tensor<?x4x?x1xf32>, tensor<4xi32>) -> tensor<?x4x?x?xf32>
    %760 = stablehlo.divide %744, %759 : tensor<?x4x?x?xf32>
    %761 = stablehlo.dot_general %760, %687, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x4x?x?xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x?x32xf32>
    %762 = stablehlo.transpose %761, dims = [0, 2, 1, 3] : (tensor<?x4x?x32xf32>) -> tensor<?x?x4x32xf32>
    %763 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %764 = stablehlo.reshape %763 : (tensor<i32>) -> tensor<1xi32>
    %765 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %766 = stablehlo.reshape %765 : (tensor<i32>) -> tensor<1xi32>
    %767 = stablehlo.concatenate %764, %766, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %768 = stablehlo.dynamic_reshape %762, %767 : (tensor<?x?x4x32xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %769 = stablehlo.bitcast_convert %arg26 : (tensor<128x64xui8>) -> tensor<128x64xi8>
    %770 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<128x64xi8>
    %771 = stablehlo.shift_left %769, %770 : tensor<128x64xi8>
    %772 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<128x64xi8>
    %773 = stablehlo.shift_right_arithmetic %771, %772 : tensor<128x64xi8>
    %774 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<128x64xi8>
    %775 = stablehlo.shift_right_arithmetic %769, %774 : tensor<128x64xi8>
    %776 = stablehlo.broadcast_in_dim %773, dims = [0, 1] : (tensor<128x64xi8>) -> tensor<128x64x1xi8>
    %777 = stablehlo.broadcast_in_dim %775, dims = [0, 1] : (tensor<128x64xi8>) -> tensor<128x64x1xi8>
    %778 = stablehlo.concatenate %776, %777, dim = 2 : (tensor<128x64x1xi8>, tensor<128x64x1xi8>) -> tensor<128x64x2xi8>
    %779 = stablehlo.reshape %778 : (tensor<128x64x2xi8>) -> tensor<128x128xi8>
    %780 = stablehlo.reshape %779 : (tensor<128x128xi8>) -> tensor<128x4x32xi8>
    %781 = stablehlo.convert %780 : (tensor<128x4x32xi8>) -> tensor<128x4x32xf32>
    %782 = stablehlo.broadcast_in_dim %arg27, dims = [0, 1] : (tensor<128x4xf32>) -> tensor<128x4x1xf32>
    %783 = stablehlo.broadcast_in_dim %782, dims = [0, 1, 2] : (tensor<128x4x1xf32>) -> tensor<128x4x32xf32>
    %784 = stablehlo.multiply %781, %783 : tensor<128x4x32xf32>
    %785 = stablehlo.reshape %784 : (tensor<128x4x32xf32>) -> tensor<128x128xf32>
    %786 = stablehlo.dot_general %768, %785, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<128x128xf32>) -> tensor<?x?x128xf32>
    %787 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %788 = stablehlo.reshape %787 : (tensor<i32>) -> tensor<1xi32>
    %789 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %790 = stablehlo.reshape %789 : (tensor<i32>) -> tensor<1xi32>
    %791 = stablehlo.concatenate %788, %790, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %792 = stablehlo.dynamic_broadcast_in_dim %arg28, %791, dims = [2] : (tensor<128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %793 = stablehlo.add %786, %792 : tensor<?x?x128xf32>
    %794 = stablehlo.add %550, %793 : tensor<?x?x128xf32>
    %795 = stablehlo.reduce(%794 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %796 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %797 = stablehlo.reshape %796 : (tensor<i32>) -> tensor<1xi32>
    %798 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %799 = stablehlo.reshape %798 : (tensor<i32>) -> tensor<1xi32>
    %800 = stablehlo.concatenate %797, %799, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %801 = stablehlo.dynamic_broadcast_in_dim %795, %800, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %802 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %803 = stablehlo.reshape %802 : (tensor<i32>) -> tensor<1xi32>
    %804 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %805 = stablehlo.reshape %804 : (tensor<i32>) -> tensor<1xi32>
    %806 = stablehlo.concatenate %803, %805, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %807 = stablehlo.dynamic_broadcast_in_dim %cst_9, %806, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %808 = stablehlo.divide %801, %807 : tensor<?x?x1xf32>
    %809 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %810 = stablehlo.reshape %809 : (tensor<i32>) -> tensor<1xi32>
    %811 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %812 = stablehlo.reshape %811 : (tensor<i32>) -> tensor<1xi32>
    %813 = stablehlo.concatenate %810, %812, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %814 = stablehlo.dynamic_broadcast_in_dim %808, %813, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %815 = stablehlo.subtract %794, %814 : tensor<?x?x128xf32>
    %816 = stablehlo.multiply %815, %815 : tensor<?x?x128xf32>
    %817 = stablehlo.reduce(%816 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %818 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %819 = stablehlo.reshape %818 : (tensor<i32>) -> tensor<1xi32>
    %820 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %821 = stablehlo.reshape %820 : (tensor<i32>) -> tensor<1xi32>
    %822 = stablehlo.concatenate %819, %821, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %823 = stablehlo.dynamic_broadcast_in_dim %817, %822, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %824 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %825 = stablehlo.reshape %824 : (tensor<i32>) -> tensor<1xi32>
    %826 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %827 = stablehlo.reshape %826 : (tensor<i32>) -> tensor<1xi32>
    %828 = stablehlo.concatenate %825, %827, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %829 = stablehlo.dynamic_broadcast_in_dim %cst_9, %828, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %830 = stablehlo.divide %823, %829 : tensor<?x?x1xf32>
    %831 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %832 = stablehlo.reshape %831 : (tensor<i32>) -> tensor<1xi32>
    %833 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %834 = stablehlo.reshape %833 : (tensor<i32>) -> tensor<1xi32>
    %835 = stablehlo.concatenate %832, %834, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %836 = stablehlo.dynamic_broadcast_in_dim %cst_8, %835, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %837 = stablehlo.add %830, %836 : tensor<?x?x1xf32>
    %838 = stablehlo.rsqrt %837 : tensor<?x?x1xf32>
    %839 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %840 = stablehlo.reshape %839 : (tensor<i32>) -> tensor<1xi32>
    %841 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %842 = stablehlo.reshape %841 : (tensor<i32>) -> tensor<1xi32>
    %843 = stablehlo.concatenate %840, %842, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %844 = stablehlo.dynamic_broadcast_in_dim %838, %843, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %845 = stablehlo.multiply %815, %844 : tensor<?x?x128xf32>
    %846 = stablehlo.broadcast_in_dim %arg29, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %847 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %848 = stablehlo.reshape %847 : (tensor<i32>) -> tensor<1xi32>
    %849 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %850 = stablehlo.reshape %849 : (tensor<i32>) -> tensor<1xi32>
    %851 = stablehlo.concatenate %848, %850, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %852 = stablehlo.dynamic_broadcast_in_dim %846, %851, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %853 = stablehlo.multiply %845, %852 : tensor<?x?x128xf32>
    %854 = stablehlo.broadcast_in_dim %arg30, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %855 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %856 = stablehlo.reshape %855 : (tensor<i32>) -> tensor<1xi32>
    %857 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %858 = stablehlo.reshape %857 : (tensor<i32>) -> tensor<1xi32>
    %859 = stablehlo.concatenate %856, %858, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %860 = stablehlo.dynamic_broadcast_in_dim %854, %859, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %861 = stablehlo.add %853, %860 : tensor<?x?x128xf32>
    %862 = stablehlo.bitcast_convert %arg31 : (tensor<512x64xui8>) -> tensor<512x64xi8>
    %863 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<512x64xi8>
    %864 = stablehlo.shift_left %862, %863 : tensor<512x64xi8>
    %865 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<512x64xi8>
    %866 = stablehlo.shift_right_arithmetic %864, %865 : tensor<512x64xi8>
    %867 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<512x64xi8>
    %868 = stablehlo.shift_right_arithmetic %862, %867 : tensor<512x64xi8>
    %869 = stablehlo.broadcast_in_dim %866, dims = [0, 1] : (tensor<512x64xi8>) -> tensor<512x64x1xi8>
    %870 = stablehlo.broadcast_in_dim %868, dims = [0, 1] : (tensor<512x64xi8>) -> tensor<512x64x1xi8>
    %871 = stablehlo.concatenate %869, %870, dim = 2 : (tensor<512x64x1xi8>, tensor<512x64x1xi8>) -> tensor<512x64x2xi8>
    %872 = stablehlo.reshape %871 : (tensor<512x64x2xi8>) -> tensor<512x128xi8>
    %873 = stablehlo.reshape %872 : (tensor<512x128xi8>) -> tensor<512x4x32xi8>
    %874 = stablehlo.convert %873 : (tensor<512x4x32xi8>) -> tensor<512x4x32xf32>
    %875 = stablehlo.broadcast_in_dim %arg32, dims = [0, 1] : (tensor<512x4xf32>) -> tensor<512x4x1xf32>
    %876 = stablehlo.broadcast_in_dim %875, dims = [0, 1, 2] : (tensor<512x4x1xf32>) -> tensor<512x4x32xf32>
    %877 = stablehlo.multiply %874, %876 : tensor<512x4x32xf32>
    %878 = stablehlo.reshape %877 : (tensor<512x4x32xf32>) -> tensor<512x128xf32>
    %879 = stablehlo.dot_general %861, %878, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<512x128xf32>) -> tensor<?x?x512xf32>
    %880 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %881 = stablehlo.reshape %880 : (tensor<i32>) -> tensor<1xi32>
    %882 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %883 = stablehlo.reshape %882 : (tensor<i32>) -> tensor<1xi32>
    %884 = stablehlo.concatenate %881, %883, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %885 = stablehlo.dynamic_broadcast_in_dim %arg33, %884, dims = [2] : (tensor<512xf32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %886 = stablehlo.add %879, %885 : tensor<?x?x512xf32>
    %887 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %888 = stablehlo.reshape %887 : (tensor<i32>) -> tensor<1xi32>
    %889 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %890 = stablehlo.reshape %889 : (tensor<i32>) -> tensor<1xi32>
    %891 = stablehlo.concatenate %888, %890, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %892 = stablehlo.dynamic_broadcast_in_dim %cst_2, %891, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %893 = stablehlo.multiply %892, %886 : tensor<?x?x512xf32>
    %894 = stablehlo.multiply %893, %886 : tensor<?x?x512xf32>
    %895 = stablehlo.multiply %894, %886 : tensor<?x?x512xf32>
    %896 = stablehlo.add %886, %895 : tensor<?x?x512xf32>
    %897 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %898 = stablehlo.reshape %897 : (tensor<i32>) -> tensor<1xi32>
    %899 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %900 = stablehlo.reshape %899 : (tensor<i32>) -> tensor<1xi32>
    %901 = stablehlo.concatenate %898, %900, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %902 = stablehlo.dynamic_broadcast_in_dim %cst_1, %901, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %903 = stablehlo.multiply %902, %896 : tensor<?x?x512xf32>
    %904 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %905 = stablehlo.reshape %904 : (tensor<i32>) -> tensor<1xi32>
    %906 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %907 = stablehlo.reshape %906 : (tensor<i32>) -> tensor<1xi32>
    %908 = stablehlo.concatenate %905, %907, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %909 = stablehlo.dynamic_broadcast_in_dim %cst_0, %908, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %910 = stablehlo.multiply %909, %886 : tensor<?x?x512xf32>
    %911 = stablehlo.tanh %903 : tensor<?x?x512xf32>
    %912 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %913 = stablehlo.reshape %912 : (tensor<i32>) -> tensor<1xi32>
    %914 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %915 = stablehlo.reshape %914 : (tensor<i32>) -> tensor<1xi32>
    %916 = stablehlo.concatenate %913, %915, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %917 = stablehlo.dynamic_broadcast_in_dim %cst, %916, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x512xf32>
    %918 = stablehlo.add %917, %911 : tensor<?x?x512xf32>
    %919 = stablehlo.multiply %910, %918 : tensor<?x?x512xf32>
    %920 = stablehlo.bitcast_convert %arg34 : (tensor<128x256xui8>) -> tensor<128x256xi8>
    %921 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<128x256xi8>
    %922 = stablehlo.shift_left %920, %921 : tensor<128x256xi8>
    %923 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<128x256xi8>
    %924 = stablehlo.shift_right_arithmetic %922, %923 : tensor<128x256xi8>
    %925 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<128x256xi8>
    %926 = stablehlo.shift_right_arithmetic %920, %925 : tensor<128x256xi8>
    %927 = stablehlo.broadcast_in_dim %924, dims = [0, 1] : (tensor<128x256xi8>) -> tensor<128x256x1xi8>
    %928 = stablehlo.broadcast_in_dim %926, dims = [0, 1] : (tensor<128x256xi8>) -> tensor<128x256x1xi8>
    %929 = stablehlo.concatenate %927, %928, dim = 2 : (tensor<128x256x1xi8>, tensor<128x256x1xi8>) -> tensor<128x256x2xi8>
    %930 = stablehlo.reshape %929 : (tensor<128x256x2xi8>) -> tensor<128x512xi8>
    %931 = stablehlo.reshape %930 : (tensor<128x512xi8>) -> tensor<128x16x32xi8>
    %932 = stablehlo.convert %931 : (tensor<128x16x32xi8>) -> tensor<128x16x32xf32>
    %933 = stablehlo.broadcast_in_dim %arg35, dims = [0, 1] : (tensor<128x16xf32>) -> tensor<128x16x1xf32>
    %934 = stablehlo.broadcast_in_dim %933, dims = [0, 1, 2] : (tensor<128x16x1xf32>) -> tensor<128x16x32xf32>
    %935 = stablehlo.multiply %932, %934 : tensor<128x16x32xf32>
    %936 = stablehlo.reshape %935 : (tensor<128x16x32xf32>) -> tensor<128x512xf32>
    %937 = stablehlo.dot_general %919, %936, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x512xf32>, tensor<128x512xf32>) -> tensor<?x?x128xf32>
    %938 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %939 = stablehlo.reshape %938 : (tensor<i32>) -> tensor<1xi32>
    %940 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %941 = stablehlo.reshape %940 : (tensor<i32>) -> tensor<1xi32>
    %942 = stablehlo.concatenate %939, %941, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %943 = stablehlo.dynamic_broadcast_in_dim %arg36, %942, dims = [2] : (tensor<128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %944 = stablehlo.add %937, %943 : tensor<?x?x128xf32>
    %945 = stablehlo.add %794, %944 : tensor<?x?x128xf32>
    %946 = stablehlo.reduce(%945 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %947 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %948 = stablehlo.reshape %947 : (tensor<i32>) -> tensor<1xi32>
    %949 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %950 = stablehlo.reshape %949 : (tensor<i32>) -> tensor<1xi32>
    %951 = stablehlo.concatenate %948, %950, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %952 = stablehlo.dynamic_broadcast_in_dim %946, %951, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %953 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %954 = stablehlo.reshape %953 : (tensor<i32>) -> tensor<1xi32>
    %955 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %956 = stablehlo.reshape %955 : (tensor<i32>) -> tensor<1xi32>
    %957 = stablehlo.concatenate %954, %956, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %958 = stablehlo.dynamic_broadcast_in_dim %cst_9, %957, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %959 = stablehlo.divide %952, %958 : tensor<?x?x1xf32>
    %960 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %961 = stablehlo.reshape %960 : (tensor<i32>) -> tensor<1xi32>
    %962 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %963 = stablehlo.reshape %962 : (tensor<i32>) -> tensor<1xi32>
    %964 = stablehlo.concatenate %961, %963, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %965 = stablehlo.dynamic_broadcast_in_dim %959, %964, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %966 = stablehlo.subtract %945, %965 : tensor<?x?x128xf32>
    %967 = stablehlo.multiply %966, %966 : tensor<?x?x128xf32>
    %968 = stablehlo.reduce(%967 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x128xf32>, tensor<f32>) -> tensor<?x?xf32>
    %969 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %970 = stablehlo.reshape %969 : (tensor<i32>) -> tensor<1xi32>
    %971 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %972 = stablehlo.reshape %971 : (tensor<i32>) -> tensor<1xi32>
    %973 = stablehlo.concatenate %970, %972, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %974 = stablehlo.dynamic_broadcast_in_dim %968, %973, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %975 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %976 = stablehlo.reshape %975 : (tensor<i32>) -> tensor<1xi32>
    %977 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %978 = stablehlo.reshape %977 : (tensor<i32>) -> tensor<1xi32>
    %979 = stablehlo.concatenate %976, %978, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %980 = stablehlo.dynamic_broadcast_in_dim %cst_9, %979, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %981 = stablehlo.divide %974, %980 : tensor<?x?x1xf32>
    %982 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %983 = stablehlo.reshape %982 : (tensor<i32>) -> tensor<1xi32>
    %984 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %985 = stablehlo.reshape %984 : (tensor<i32>) -> tensor<1xi32>
    %986 = stablehlo.concatenate %983, %985, %c_16, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %987 = stablehlo.dynamic_broadcast_in_dim %cst_8, %986, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %988 = stablehlo.add %981, %987 : tensor<?x?x1xf32>
    %989 = stablehlo.rsqrt %988 : tensor<?x?x1xf32>
    %990 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %991 = stablehlo.reshape %990 : (tensor<i32>) -> tensor<1xi32>
    %992 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %993 = stablehlo.reshape %992 : (tensor<i32>) -> tensor<1xi32>
    %994 = stablehlo.concatenate %991, %993, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %995 = stablehlo.dynamic_broadcast_in_dim %989, %994, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %996 = stablehlo.multiply %966, %995 : tensor<?x?x128xf32>
    %997 = stablehlo.broadcast_in_dim %arg37, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %998 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %999 = stablehlo.reshape %998 : (tensor<i32>) -> tensor<1xi32>
    %1000 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1001 = stablehlo.reshape %1000 : (tensor<i32>) -> tensor<1xi32>
    %1002 = stablehlo.concatenate %999, %1001, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1003 = stablehlo.dynamic_broadcast_in_dim %997, %1002, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %1004 = stablehlo.multiply %996, %1003 : tensor<?x?x128xf32>
    %1005 = stablehlo.broadcast_in_dim %arg38, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %1006 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1007 = stablehlo.reshape %1006 : (tensor<i32>) -> tensor<1xi32>
    %1008 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1009 = stablehlo.reshape %1008 : (tensor<i32>) -> tensor<1xi32>
    %1010 = stablehlo.concatenate %1007, %1009, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1011 = stablehlo.dynamic_broadcast_in_dim %1005, %1010, dims = [0, 1, 2] : (tensor<1x1x128xf32>, tensor<3xi32>) -> tensor<?x?x128xf32>
    %1012 = stablehlo.add %1004, %1011 : tensor<?x?x128xf32>
    %1013 = stablehlo.bitcast_convert %arg39 : (tensor<512x64xui8>) -> tensor<512x64xi8>
    %1014 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<512x64xi8>
    %1015 = stablehlo.shift_left %1013, %1014 : tensor<512x64xi8>
    %1016 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<512x64xi8>
    %1017 = stablehlo.shift_right_arithmetic %1015, %1016 : tensor<512x64xi8>
    %1018 = stablehlo.broadcast_in_dim %c_15, dims = [] : (tensor<i8>) -> tensor<512x64xi8>
    %1019 = stablehlo.shift_right_arithmetic %1013, %1018 : tensor<512x64xi8>
    %1020 = stablehlo.broadcast_in_dim %1017, dims = [0, 1] : (tensor<512x64xi8>) -> tensor<512x64x1xi8>
    %1021 = stablehlo.broadcast_in_dim %1019, dims = [0, 1] : (tensor<512x64xi8>) -> tensor<512x64x1xi8>
    %1022 = stablehlo.concatenate %1020, %1021, dim = 2 : (tensor<512x64x1xi8>, tensor<512x64x1xi8>) -> tensor<512x64x2xi8>
    %1023 = stablehlo.reshape %1022 : (tensor<512x64x2xi8>) -> tensor<512x128xi8>
    %1024 = stablehlo.reshape %1023 : (tensor<512x128xi8>) -> tensor<512x4x32xi8>
    %1025 = stablehlo.convert %1024 : (tensor<512x4x32xi8>) -> tensor<512x4x32xf32>
    %1026 = stablehlo.broadcast_in_dim %arg40, dims = [0, 1] : (tensor<512x4xf32>) -> tensor<512x4x1xf32>
    %1027 = stablehlo.broadcast_in_dim %1026, dims = [0, 1, 2] : (tensor<512x4x1xf32>) -> tensor<512x4x32xf32>
    %1028 = stablehlo.multiply %1025, %1027 : tensor<512x4x32xf32>
    %1029 = stablehlo.reshape %1028 : (tensor<512x4x32xf32>) -> tensor<512x128xf32>
    %1030 = stablehlo.dot_general %1012, %1029, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x128xf32>, tensor<512x128xf32>) -> tensor<?x?x512xf32>
    return %1030 : tensor<?x?x512xf32>
  }
}
