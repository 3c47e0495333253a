module @ConvTagger attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22signal\22,\22shape\22:[\22batch\22,16,\22length\22]}],\22model\22:\22ConvTagger\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22keys\22:[\22tags\22,\22embedding\22],\22kind\22:\22dict\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22tags\22,\22shape\22:[\22batch\22,8,\22length\22]},{\22dtype\22:\22float32\22,\22name\22:\22embedding\22,\22shape\22:[\22batch\22,64]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{\22batch\22:{\22dims\22:[\22signal:0\22],\22max\22:16,\22min\22:1},\22length\22:{\22dims\22:[\22signal:2\22],\22max\22:4096,\22min\22:8}},\22weights\22:{\22file\22:\22conv1d_seq.safetensors\22,\22inline\22:false,\22sha256\22:\22f992d9553855c26035a591e18af3038ae08cca55490b93caad4f6b8acf58234a\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22stem.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,16,5]},{\22dtype\22:\22float32\22,\22name\22:\22stem.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.conv.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,64,3]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.conv.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.norm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.norm.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.conv.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,64,3]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.conv.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.norm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.norm.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.2.conv.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,64,3]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.2.conv.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.2.norm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.2.norm.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.3.conv.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,64,3]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.3.conv.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.3.norm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.3.norm.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22tags.weight\22,\22role\22:\22parameter\22,\22shape\22:[8,64,1]},{\22dtype\22:\22float32\22,\22name\22:\22tags.bias\22,\22role\22:\22parameter\22,\22shape\22:[8]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<64x16x5xf32> {torchtpu.name = "stem.weight"}, %arg2: tensor<64xf32> {torchtpu.name = "stem.bias"}, %arg3: tensor<64x64x3xf32> {torchtpu.name = "blocks.0.conv.weight"}, %arg4: tensor<64xf32> {torchtpu.name = "blocks.0.conv.bias"}, %arg5: tensor<64xf32> {torchtpu.name = "blocks.0.norm.weight"}, %arg6: tensor<64xf32> {torchtpu.name = "blocks.0.norm.bias"}, %arg7: tensor<64x64x3xf32> {torchtpu.name = "blocks.1.conv.weight"}, %arg8: tensor<64xf32> {torchtpu.name = "blocks.1.conv.bias"}, %arg9: tensor<64xf32> {torchtpu.name = "blocks.1.norm.weight"}, %arg10: tensor<64xf32> {torchtpu.name = "blocks.1.norm.bias"}, %arg11: tensor<64x64x3xf32> {torchtpu.name = "blocks.2.conv.weight"}, %arg12: tensor<64xf32> {torchtpu.name = "blocks.2.conv.bias"}, %arg13: tensor<64xf32> {torchtpu.name = "blocks.2.norm.weight"}, %arg14: tensor<64xf32> {torchtpu.name = "blocks.2.norm.bias"}, %arg15: tensor<64x64x3xf32> {torchtpu.name = "blocks.3.conv.weight"}, %arg16: tensor<64xf32> {torchtpu.name = "blocks.3.conv.bias"}, %arg17: tensor<64xf32> {torchtpu.name = "blocks.3.norm.weight"}, %arg18: tensor<64xf32> {torchtpu.name = "blocks.3.norm.bias"}, %arg19: tensor<8x64x1xf32> {torchtpu.name = "tags.weight"}, %arg20: tensor<8xf32> {torchtpu.name = "tags.bias"}, %arg21: tensor<?x16x?xf32> {torchtpu.name = "signal"}) -> (tensor<?x8x?xf32> {torchtpu.name = "tags"}, tensor<?x64xf32> {torchtpu.name = "embedding"}) {
    %c = stablehlo.constant dense<4096> : tensor<i64>
    %c_0 = stablehlo.constant dense<16> : tensor<i64>
    %c_1 = stablehlo.constant dense<-8> : tensor<i64>
    %c_2 = stablehlo.constant dense<0> : tensor<i64>
    %c_3 = stablehlo.constant dense<-1> : tensor<i64>
    %c_4 = stablehlo.constant dense<1> : tensor<i64>
    %0 = stablehlo.get_dimension_size %arg21, dim = 0 : (tensor<?x16x?xf32>) -> tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<i64>
    %2 = stablehlo.get_dimension_size %arg21, dim = 2 : (tensor<?x16x?xf32>) -> tensor<i32>
    %3 = stablehlo.convert %2 : (tensor<i32>) -> tensor<i64>
    %4 = stablehlo.compare GE, %1, %c_4, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%4, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'batch'. Using the following polymorphic shapes specifications: args[20].shape = (batch, 16, length). Obtained dimension variables: 'batch' = {0} from specification 'batch' for dimension args[20].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>) -> ()
    %5 = stablehlo.compare GE, %3, %c_4, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%5, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'length'. Using the following polymorphic shapes specifications: args[20].shape = (batch, 16, length). Obtained dimension variables: 'batch' = {0} from specification 'batch' for dimension args[20].shape[0] (= {0}), 'length' = {1} from specification 'length' for dimension args[20].shape[2] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %6 = stablehlo.convert %1 : tensor<i64>
    %7 = stablehlo.add %6, %c_3 : tensor<i64>
    %8 = stablehlo.compare GE, %7, %c_2, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %9 = stablehlo.convert %1 : tensor<i64>
    %10 = stablehlo.add %9, %c_3 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%8, %10, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch >= 1. Expected 'batch - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[20].shape = (batch, 16, length). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[20].shape[0] (= {1}), 'length' = {2} from specification 'length' for dimension args[20].shape[2] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %11 = stablehlo.convert %3 : tensor<i64>
    %12 = stablehlo.add %11, %c_1 : tensor<i64>
    %13 = stablehlo.compare GE, %12, %c_2, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %14 = stablehlo.convert %3 : tensor<i64>
    %15 = stablehlo.add %14, %c_1 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%13, %15, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint length >= 8. Expected 'length - 8' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[20].shape = (batch, 16, length). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[20].shape[0] (= {1}), 'length' = {2} from specification 'length' for dimension args[20].shape[2] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %16 = stablehlo.convert %1 : tensor<i64>
    %17 = stablehlo.multiply %16, %c_3 : tensor<i64>
    %18 = stablehlo.add %17, %c_0 : tensor<i64>
    %19 = stablehlo.compare GE, %18, %c_2, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %20 = stablehlo.convert %1 : tensor<i64>
    %21 = stablehlo.multiply %20, %c_3 : tensor<i64>
    %22 = stablehlo.add %21, %c_0 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%19, %22, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch <= 16. Expected '- batch + 16' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[20].shape = (batch, 16, length). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[20].shape[0] (= {1}), 'length' = {2} from specification 'length' for dimension args[20].shape[2] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %23 = stablehlo.convert %3 : tensor<i64>
    %24 = stablehlo.multiply %23, %c_3 : tensor<i64>
    %25 = stablehlo.add %24, %c : tensor<i64>
    %26 = stablehlo.compare GE, %25, %c_2, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %27 = stablehlo.convert %3 : tensor<i64>
    %28 = stablehlo.multiply %27, %c_3 : tensor<i64>
    %29 = stablehlo.add %28, %c : tensor<i64>
    stablehlo.custom_call @shape_assertion(%26, %29, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint length <= 4096. Expected '- length + 4096' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[20].shape = (batch, 16, length). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[20].shape[0] (= {1}), 'length' = {2} from specification 'length' for dimension args[20].shape[2] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %30:2 = call @_wrapped_jax_export_main(%arg0, %1, %3, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21) : (tensor<i64>, tensor<i64>, tensor<i64>, tensor<64x16x5xf32>, tensor<64xf32>, tensor<64x64x3xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64x3xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64x3xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64x3xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<8x64x1xf32>, tensor<8xf32>, tensor<?x16x?xf32>) -> (tensor<?x8x?xf32>, tensor<?x64xf32>)
    return %30#0, %30#1 : tensor<?x8x?xf32>, tensor<?x64xf32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<i64> {jax.global_constant = "batch"}, %arg2: tensor<i64> {jax.global_constant = "length"}, %arg3: tensor<64x16x5xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64x3xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64xf32>, %arg9: tensor<64x64x3xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64x64x3xf32>, %arg14: tensor<64xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<64x64x3xf32>, %arg18: tensor<64xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<8x64x1xf32>, %arg22: tensor<8xf32>, %arg23: tensor<?x16x?xf32>) -> (tensor<?x8x?xf32> {jax.result_info = "result[0]"}, tensor<?x64xf32> {jax.result_info = "result[1]"}) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %cst_1 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %c = stablehlo.constant dense<1> : tensor<1xi32>
    %c_3 = stablehlo.constant dense<8> : tensor<1xi32>
    %c_4 = stablehlo.constant dense<8> : tensor<i64>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_6 = stablehlo.constant dense<64> : tensor<1xi32>
    %0 = stablehlo.convolution(%arg23, %arg3) dim_numbers = [b, f, 0]x[o, i, 0]->[b, f, 0], window = {pad = [[2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x16x?xf32>, tensor<64x16x5xf32>) -> tensor<?x64x?xf32>
    %1 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2 = stablehlo.reshape %1 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %4 = stablehlo.reshape %3 : (tensor<i32>) -> tensor<1xi32>
    %5 = stablehlo.concatenate %2, %c_6, %4, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %6 = stablehlo.dynamic_broadcast_in_dim %arg4, %5, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %7 = stablehlo.add %0, %6 : tensor<?x64x?xf32>
    %8 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.concatenate %9, %c_6, %11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %13 = stablehlo.dynamic_broadcast_in_dim %cst_5, %12, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %14 = stablehlo.maximum %7, %13 : tensor<?x64x?xf32>
    %15 = stablehlo.convolution(%14, %arg5) dim_numbers = [b, f, 0]x[o, i, 0]->[b, f, 0], window = {pad = [[1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x64x?xf32>, tensor<64x64x3xf32>) -> tensor<?x64x?xf32>
    %16 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %17 = stablehlo.reshape %16 : (tensor<i32>) -> tensor<1xi32>
    %18 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.concatenate %17, %c_6, %19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %21 = stablehlo.dynamic_broadcast_in_dim %arg6, %20, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %22 = stablehlo.add %15, %21 : tensor<?x64x?xf32>
    %23 = stablehlo.convert %arg2 : tensor<i64>
    %24 = stablehlo.multiply %23, %c_4 : tensor<i64>
    %25 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %26 = stablehlo.reshape %25 : (tensor<i32>) -> tensor<1xi32>
    %27 = stablehlo.convert %24 : (tensor<i64>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.concatenate %26, %c_3, %28, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %30 = stablehlo.dynamic_reshape %22, %29 : (tensor<?x64x?xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %31 = stablehlo.convert %arg2 : tensor<i64>
    %32 = stablehlo.multiply %31, %c_4 : tensor<i64>
    %33 = stablehlo.convert %32 : (tensor<i64>) -> tensor<f32>
    %34 = stablehlo.reduce(%30 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<?x8x?xf32>, tensor<f32>) -> tensor<?x8xf32>
    %35 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %36 = stablehlo.reshape %35 : (tensor<i32>) -> tensor<1xi32>
    %37 = stablehlo.concatenate %36, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %38 = stablehlo.dynamic_broadcast_in_dim %34, %37, dims = [0, 1] : (tensor<?x8xf32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %39 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.concatenate %40, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %42 = stablehlo.dynamic_broadcast_in_dim %33, %41, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %43 = stablehlo.divide %38, %42 : tensor<?x8x1xf32>
    %44 = stablehlo.convert %arg2 : tensor<i64>
    %45 = stablehlo.multiply %44, %c_4 : tensor<i64>
    %46 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %47 = stablehlo.reshape %46 : (tensor<i32>) -> tensor<1xi32>
    %48 = stablehlo.convert %45 : (tensor<i64>) -> tensor<i32>
    %49 = stablehlo.reshape %48 : (tensor<i32>) -> tensor<1xi32>
    %50 = stablehlo.concatenate %47, %c_3, %49, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %51 = stablehlo.dynamic_broadcast_in_dim %43, %50, dims = [0, 1, 2] : (tensor<?x8x1xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %52 = stablehlo.subtract %30, %51 : tensor<?x8x?xf32>
    %53 = stablehlo.multiply %52, %52 : tensor<?x8x?xf32>
    %54 = stablehlo.convert %arg2 : tensor<i64>
    %55 = stablehlo.multiply %54, %c_4 : tensor<i64>
    %56 = stablehlo.convert %55 : (tensor<i64>) -> tensor<f32>
    %57 = stablehlo.reduce(%53 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<?x8x?xf32>, tensor<f32>) -> tensor<?x8xf32>
    %58 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %59 = stablehlo.reshape %58 : (tensor<i32>) -> tensor<1xi32>
    %60 = stablehlo.concatenate %59, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %61 = stablehlo.dynamic_broadcast_in_dim %57, %60, dims = [0, 1] : (tensor<?x8xf32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %62 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %63 = stablehlo.reshape %62 : (tensor<i32>) -> tensor<1xi32>
    %64 = stablehlo.concatenate %63, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %65 = stablehlo.dynamic_broadcast_in_dim %56, %64, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %66 = stablehlo.divide %61, %65 : tensor<?x8x1xf32>
    %67 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.concatenate %68, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %70 = stablehlo.dynamic_broadcast_in_dim %cst_2, %69, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %71 = stablehlo.add %66, %70 : tensor<?x8x1xf32>
    %72 = stablehlo.rsqrt %71 : tensor<?x8x1xf32>
    %73 = stablehlo.convert %arg2 : tensor<i64>
    %74 = stablehlo.multiply %73, %c_4 : tensor<i64>
    %75 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %76 = stablehlo.reshape %75 : (tensor<i32>) -> tensor<1xi32>
    %77 = stablehlo.convert %74 : (tensor<i64>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.concatenate %76, %c_3, %78, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %80 = stablehlo.dynamic_broadcast_in_dim %72, %79, dims = [0, 1, 2] : (tensor<?x8x1xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %81 = stablehlo.multiply %52, %80 : tensor<?x8x?xf32>
    %82 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %83 = stablehlo.reshape %82 : (tensor<i32>) -> tensor<1xi32>
    %84 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %85 = stablehlo.reshape %84 : (tensor<i32>) -> tensor<1xi32>
    %86 = stablehlo.concatenate %83, %c_6, %85, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %87 = stablehlo.dynamic_reshape %81, %86 : (tensor<?x8x?xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %88 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %89, %c_6, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %arg7, %92, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %94 = stablehlo.multiply %87, %93 : tensor<?x64x?xf32>
    %95 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.concatenate %96, %c_6, %98, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %100 = stablehlo.dynamic_broadcast_in_dim %arg8, %99, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %101 = stablehlo.add %94, %100 : tensor<?x64x?xf32>
    %102 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %103 = stablehlo.reshape %102 : (tensor<i32>) -> tensor<1xi32>
    %104 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %105 = stablehlo.reshape %104 : (tensor<i32>) -> tensor<1xi32>
    %106 = stablehlo.concatenate %103, %c_6, %105, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %107 = stablehlo.dynamic_broadcast_in_dim %cst_1, %106, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %108 = stablehlo.multiply %101, %107 : tensor<?x64x?xf32>
    %109 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %112 = stablehlo.reshape %111 : (tensor<i32>) -> tensor<1xi32>
    %113 = stablehlo.concatenate %110, %c_6, %112, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %114 = stablehlo.dynamic_broadcast_in_dim %cst_0, %113, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %115 = stablehlo.multiply %101, %114 : tensor<?x64x?xf32>
    %116 = stablehlo.composite "chlo.erf" %115 {decomposition = @chlo.erf.impl, version = 1 : i32} : (tensor<?x64x?xf32>) -> tensor<?x64x?xf32>
    %117 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %118, %c_6, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %123 = stablehlo.add %122, %116 : tensor<?x64x?xf32>
    %124 = stablehlo.multiply %108, %123 : tensor<?x64x?xf32>
    %125 = stablehlo.add %14, %124 : tensor<?x64x?xf32>
    %126 = stablehlo.convolution(%125, %arg9) dim_numbers = [b, f, 0]x[o, i, 0]->[b, f, 0], window = {pad = [[2, 2]], rhs_dilate = [2]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x64x?xf32>, tensor<64x64x3xf32>) -> tensor<?x64x?xf32>
    %127 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %128, %c_6, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %arg10, %131, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %133 = stablehlo.add %126, %132 : tensor<?x64x?xf32>
    %134 = stablehlo.convert %arg2 : tensor<i64>
    %135 = stablehlo.multiply %134, %c_4 : tensor<i64>
    %136 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.convert %135 : (tensor<i64>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.concatenate %137, %c_3, %139, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %141 = stablehlo.dynamic_reshape %133, %140 : (tensor<?x64x?xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %142 = stablehlo.convert %arg2 : tensor<i64>
    %143 = stablehlo.multiply %142, %c_4 : tensor<i64>
    %144 = stablehlo.convert %143 : (tensor<i64>) -> tensor<f32>
    %145 = stablehlo.reduce(%141 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<?x8x?xf32>, tensor<f32>) -> tensor<?x8xf32>
    %146 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.concatenate %147, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %149 = stablehlo.dynamic_broadcast_in_dim %145, %148, dims = [0, 1] : (tensor<?x8xf32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %150 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %151 = stablehlo.reshape %150 : (tensor<i32>) -> tensor<1xi32>
    %152 = stablehlo.concatenate %151, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %153 = stablehlo.dynamic_broadcast_in_dim %144, %152, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %154 = stablehlo.divide %149, %153 : tensor<?x8x1xf32>
    %155 = stablehlo.convert %arg2 : tensor<i64>
    %156 = stablehlo.multiply %155, %c_4 : tensor<i64>
    %157 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %158 = stablehlo.reshape %157 : (tensor<i32>) -> tensor<1xi32>
    %159 = stablehlo.convert %156 : (tensor<i64>) -> tensor<i32>
    %160 = stablehlo.reshape %159 : (tensor<i32>) -> tensor<1xi32>
    %161 = stablehlo.concatenate %158, %c_3, %160, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %162 = stablehlo.dynamic_broadcast_in_dim %154, %161, dims = [0, 1, 2] : (tensor<?x8x1xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %163 = stablehlo.subtract %141, %162 : tensor<?x8x?xf32>
    %164 = stablehlo.multiply %163, %163 : tensor<?x8x?xf32>
    %165 = stablehlo.convert %arg2 : tensor<i64>
    %166 = stablehlo.multiply %165, %c_4 : tensor<i64>
    %167 = stablehlo.convert %166 : (tensor<i64>) -> tensor<f32>
    %168 = stablehlo.reduce(%164 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<?x8x?xf32>, tensor<f32>) -> tensor<?x8xf32>
    %169 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %170 = stablehlo.reshape %169 : (tensor<i32>) -> tensor<1xi32>
    %171 = stablehlo.concatenate %170, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %172 = stablehlo.dynamic_broadcast_in_dim %168, %171, dims = [0, 1] : (tensor<?x8xf32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %173 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %174 = stablehlo.reshape %173 : (tensor<i32>) -> tensor<1xi32>
    %175 = stablehlo.concatenate %174, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %176 = stablehlo.dynamic_broadcast_in_dim %167, %175, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %177 = stablehlo.divide %172, %176 : tensor<?x8x1xf32>
    %178 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %179 = stablehlo.reshape %178 : (tensor<i32>) -> tensor<1xi32>
    %180 = stablehlo.concatenate %179, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %181 = stablehlo.dynamic_broadcast_in_dim %cst_2, %180, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %182 = stablehlo.add %177, %181 : tensor<?x8x1xf32>
    %183 = stablehlo.rsqrt %182 : tensor<?x8x1xf32>
    %184 = stablehlo.convert %arg2 : tensor<i64>
    %185 = stablehlo.multiply %184, %c_4 : tensor<i64>
    %186 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %187 = stablehlo.reshape %186 : (tensor<i32>) -> tensor<1xi32>
    %188 = stablehlo.convert %185 : (tensor<i64>) -> tensor<i32>
    %189 = stablehlo.reshape %188 : (tensor<i32>) -> tensor<1xi32>
    %190 = stablehlo.concatenate %187, %c_3, %189, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %191 = stablehlo.dynamic_broadcast_in_dim %183, %190, dims = [0, 1, 2] : (tensor<?x8x1xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %192 = stablehlo.multiply %163, %191 : tensor<?x8x?xf32>
    %193 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %194 = stablehlo.reshape %193 : (tensor<i32>) -> tensor<1xi32>
    %195 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %196 = stablehlo.reshape %195 : (tensor<i32>) -> tensor<1xi32>
    %197 = stablehlo.concatenate %194, %c_6, %196, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %198 = stablehlo.dynamic_reshape %192, %197 : (tensor<?x8x?xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %199 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %200 = stablehlo.reshape %199 : (tensor<i32>) -> tensor<1xi32>
    %201 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %202 = stablehlo.reshape %201 : (tensor<i32>) -> tensor<1xi32>
    %203 = stablehlo.concatenate %200, %c_6, %202, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %204 = stablehlo.dynamic_broadcast_in_dim %arg11, %203, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %205 = stablehlo.multiply %198, %204 : tensor<?x64x?xf32>
    %206 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %207 = stablehlo.reshape %206 : (tensor<i32>) -> tensor<1xi32>
    %208 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %209 = stablehlo.reshape %208 : (tensor<i32>) -> tensor<1xi32>
    %210 = stablehlo.concatenate %207, %c_6, %209, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %211 = stablehlo.dynamic_broadcast_in_dim %arg12, %210, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %212 = stablehlo.add %205, %211 : tensor<?x64x?xf32>
    %213 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %214 = stablehlo.reshape %213 : (tensor<i32>) -> tensor<1xi32>
    %215 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %216 = stablehlo.reshape %215 : (tensor<i32>) -> tensor<1xi32>
    %217 = stablehlo.concatenate %214, %c_6, %216, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %218 = stablehlo.dynamic_broadcast_in_dim %cst_1, %217, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %219 = stablehlo.multiply %212, %218 : tensor<?x64x?xf32>
    %220 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %221 = stablehlo.reshape %220 : (tensor<i32>) -> tensor<1xi32>
    %222 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %223 = stablehlo.reshape %222 : (tensor<i32>) -> tensor<1xi32>
    %224 = stablehlo.concatenate %221, %c_6, %223, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %225 = stablehlo.dynamic_broadcast_in_dim %cst_0, %224, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %226 = stablehlo.multiply %212, %225 : tensor<?x64x?xf32>
    %227 = stablehlo.composite "chlo.erf" %226 {decomposition = @chlo.erf.impl_0, version = 1 : i32} : (tensor<?x64x?xf32>) -> tensor<?x64x?xf32>
    %228 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %229 = stablehlo.reshape %228 : (tensor<i32>) -> tensor<1xi32>
    %230 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %231 = stablehlo.reshape %230 : (tensor<i32>) -> tensor<1xi32>
    %232 = stablehlo.concatenate %229, %c_6, %231, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %233 = stablehlo.dynamic_broadcast_in_dim %cst, %232, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %234 = stablehlo.add %233, %227 : tensor<?x64x?xf32>
    %235 = stablehlo.multiply %219, %234 : tensor<?x64x?xf32>
    %236 = stablehlo.add %125, %235 : tensor<?x64x?xf32>
    %237 = stablehlo.convolution(%236, %arg13) dim_numbers = [b, f, 0]x[o, i, 0]->[b, f, 0], window = {pad = [[4, 4]], rhs_dilate = [4]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x64x?xf32>, tensor<64x64x3xf32>) -> tensor<?x64x?xf32>
    %238 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %239 = stablehlo.reshape %238 : (tensor<i32>) -> tensor<1xi32>
    %240 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %241 = stablehlo.reshape %240 : (tensor<i32>) -> tensor<1xi32>
    %242 = stablehlo.concatenate %239, %c_6, %241, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %243 = stablehlo.dynamic_broadcast_in_dim %arg14, %242, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %244 = stablehlo.add %237, %243 : tensor<?x64x?xf32>
    %245 = stablehlo.convert %arg2 : tensor<i64>
    %246 = stablehlo.multiply %245, %c_4 : tensor<i64>
    %247 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %248 = stablehlo.reshape %247 : (tensor<i32>) -> tensor<1xi32>
    %249 = stablehlo.convert %246 : (tensor<i64>) -> tensor<i32>
    %250 = stablehlo.reshape %249 : (tensor<i32>) -> tensor<1xi32>
    %251 = stablehlo.concatenate %248, %c_3, %250, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %252 = stablehlo.dynamic_reshape %244, %251 : (tensor<?x64x?xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %253 = stablehlo.convert %arg2 : tensor<i64>
    %254 = stablehlo.multiply %253, %c_4 : tensor<i64>
    %255 = stablehlo.convert %254 : (tensor<i64>) -> tensor<f32>
    %256 = stablehlo.reduce(%252 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<?x8x?xf32>, tensor<f32>) -> tensor<?x8xf32>
    %257 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %258 = stablehlo.reshape %257 : (tensor<i32>) -> tensor<1xi32>
    %259 = stablehlo.concatenate %258, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %260 = stablehlo.dynamic_broadcast_in_dim %256, %259, dims = [0, 1] : (tensor<?x8xf32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %261 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %262 = stablehlo.reshape %261 : (tensor<i32>) -> tensor<1xi32>
    %263 = stablehlo.concatenate %262, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %264 = stablehlo.dynamic_broadcast_in_dim %255, %263, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %265 = stablehlo.divide %260, %264 : tensor<?x8x1xf32>
    %266 = stablehlo.convert %arg2 : tensor<i64>
    %267 = stablehlo.multiply %266, %c_4 : tensor<i64>
    %268 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %269 = stablehlo.reshape %268 : (tensor<i32>) -> tensor<1xi32>
    %270 = stablehlo.convert %267 : (tensor<i64>) -> tensor<i32>
    %271 = stablehlo.reshape %270 : (tensor<i32>) -> tensor<1xi32>
    %272 = stablehlo.concatenate %269, %c_3, %271, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %273 = stablehlo.dynamic_broadcast_in_dim %265, %272, dims = [0, 1, 2] : (tensor<?x8x1xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %274 = stablehlo.subtract %252, %273 : tensor<?x8x?xf32>
    %275 = stablehlo.multiply %274, %274 : tensor<?x8x?xf32>
    %276 = stablehlo.convert %arg2 : tensor<i64>
    %277 = stablehlo.multiply %276, %c_4 : tensor<i64>
    %278 = stablehlo.convert %277 : (tensor<i64>) -> tensor<f32>
    %279 = stablehlo.reduce(%275 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<?x8x?xf32>, tensor<f32>) -> tensor<?x8xf32>
    %280 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %281 = stablehlo.reshape %280 : (tensor<i32>) -> tensor<1xi32>
    %282 = stablehlo.concatenate %281, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %283 = stablehlo.dynamic_broadcast_in_dim %279, %282, dims = [0, 1] : (tensor<?x8xf32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %284 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %285 = stablehlo.reshape %284 : (tensor<i32>) -> tensor<1xi32>
    %286 = stablehlo.concatenate %285, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %287 = stablehlo.dynamic_broadcast_in_dim %278, %286, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %288 = stablehlo.divide %283, %287 : tensor<?x8x1xf32>
    %289 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %290 = stablehlo.reshape %289 : (tensor<i32>) -> tensor<1xi32>
    %291 = stablehlo.concatenate %290, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %292 = stablehlo.dynamic_broadcast_in_dim %cst_2, %291, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %293 = stablehlo.add %288, %292 : tensor<?x8x1xf32>
    %294 = stablehlo.rsqrt %293 : tensor<?x8x1xf32>
    %295 = stablehlo.convert %arg2 : tensor<i64>
    %296 = stablehlo.multiply %295, %c_4 : tensor<i64>
    %297 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %298 = stablehlo.reshape %297 : (tensor<i32>) -> tensor<1xi32>
    %299 = stablehlo.convert %296 : (tensor<i64>) -> tensor<i32>
    %300 = stablehlo.reshape %299 : (tensor<i32>) -> tensor<1xi32>
    %301 = stablehlo.concatenate %298, %c_3, %300, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %302 = stablehlo.dynamic_broadcast_in_dim %294, %301, dims = [0, 1, 2] : (tensor<?x8x1xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %303 = stablehlo.multiply %274, %302 : tensor<?x8x?xf32>
    %304 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %305 = stablehlo.reshape %304 : (tensor<i32>) -> tensor<1xi32>
    %306 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %307 = stablehlo.reshape %306 : (tensor<i32>) -> tensor<1xi32>
    %308 = stablehlo.concatenate %305, %c_6, %307, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %309 = stablehlo.dynamic_reshape %303, %308 : (tensor<?x8x?xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %310 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %311 = stablehlo.reshape %310 : (tensor<i32>) -> tensor<1xi32>
    %312 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %313 = stablehlo.reshape %312 : (tensor<i32>) -> tensor<1xi32>
    %314 = stablehlo.concatenate %311, %c_6, %313, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %315 = stablehlo.dynamic_broadcast_in_dim %arg15, %314, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %316 = stablehlo.multiply %309, %315 : tensor<?x64x?xf32>
    %317 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %318 = stablehlo.reshape %317 : (tensor<i32>) -> tensor<1xi32>
    %319 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %320 = stablehlo.reshape %319 : (tensor<i32>) -> tensor<1xi32>
    %321 = stablehlo.concatenate %318, %c_6, %320, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %322 = stablehlo.dynamic_broadcast_in_dim %arg16, %321, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %323 = stablehlo.add %316, %322 : tensor<?x64x?xf32>
    %324 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %325 = stablehlo.reshape %324 : (tensor<i32>) -> tensor<1xi32>
    %326 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %327 = stablehlo.reshape %326 : (tensor<i32>) -> tensor<1xi32>
    %328 = stablehlo.concatenate %325, %c_6, %327, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %329 = stablehlo.dynamic_broadcast_in_dim %cst_1, %328, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %330 = stablehlo.multiply %323, %329 : tensor<?x64x?xf32>
    %331 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %332 = stablehlo.reshape %331 : (tensor<i32>) -> tensor<1xi32>
    %333 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %334 = stablehlo.reshape %333 : (tensor<i32>) -> tensor<1xi32>
    %335 = stablehlo.concatenate %332, %c_6, %334, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %336 = stablehlo.dynamic_broadcast_in_dim %cst_0, %335, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %337 = stablehlo.multiply %323, %336 : tensor<?x64x?xf32>
    %338 = stablehlo.composite "chlo.erf" %337 {decomposition = @chlo.erf.impl_1, version = 1 : i32} : (tensor<?x64x?xf32>) -> tensor<?x64x?xf32>
    %339 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %340 = stablehlo.reshape %339 : (tensor<i32>) -> tensor<1xi32>
    %341 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %342 = stablehlo.reshape %341 : (tensor<i32>) -> tensor<1xi32>
    %343 = stablehlo.concatenate %340, %c_6, %342, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %344 = stablehlo.dynamic_broadcast_in_dim %cst, %343, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %345 = stablehlo.add %344, %338 : tensor<?x64x?xf32>
    %346 = stablehlo.multiply %330, %345 : tensor<?x64x?xf32>
    %347 = stablehlo.add %236, %346 : tensor<?x64x?xf32>
    %348 = stablehlo.convolution(%347, %arg17) dim_numbers = [b, f, 0]x[o, i, 0]->[b, f, 0], window = {pad = [[8, 8]], rhs_dilate = [8]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x64x?xf32>, tensor<64x64x3xf32>) -> tensor<?x64x?xf32>
    %349 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %350 = stablehlo.reshape %349 : (tensor<i32>) -> tensor<1xi32>
    %351 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %352 = stablehlo.reshape %351 : (tensor<i32>) -> tensor<1xi32>
    %353 = stablehlo.concatenate %350, %c_6, %352, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %354 = stablehlo.dynamic_broadcast_in_dim %arg18, %353, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %355 = stablehlo.add %348, %354 : tensor<?x64x?xf32>
    %356 = stablehlo.convert %arg2 : tensor<i64>
    %357 = stablehlo.multiply %356, %c_4 : tensor<i64>
    %358 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %359 = stablehlo.reshape %358 : (tensor<i32>) -> tensor<1xi32>
    %360 = stablehlo.convert %357 : (tensor<i64>) -> tensor<i32>
    %361 = stablehlo.reshape %360 : (tensor<i32>) -> tensor<1xi32>
    %362 = stablehlo.concatenate %359, %c_3, %361, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %363 = stablehlo.dynamic_reshape %355, %362 : (tensor<?x64x?xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %364 = stablehlo.convert %arg2 : tensor<i64>
    %365 = stablehlo.multiply %364, %c_4 : tensor<i64>
    %366 = stablehlo.convert %365 : (tensor<i64>) -> tensor<f32>
    %367 = stablehlo.reduce(%363 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<?x8x?xf32>, tensor<f32>) -> tensor<?x8xf32>
    %368 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %369 = stablehlo.reshape %368 : (tensor<i32>) -> tensor<1xi32>
    %370 = stablehlo.concatenate %369, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %371 = stablehlo.dynamic_broadcast_in_dim %367, %370, dims = [0, 1] : (tensor<?x8xf32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %372 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %373 = stablehlo.reshape %372 : (tensor<i32>) -> tensor<1xi32>
    %374 = stablehlo.concatenate %373, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %375 = stablehlo.dynamic_broadcast_in_dim %366, %374, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %376 = stablehlo.divide %371, %375 : tensor<?x8x1xf32>
    %377 = stablehlo.convert %arg2 : tensor<i64>
    %378 = stablehlo.multiply %377, %c_4 : tensor<i64>
    %379 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %380 = stablehlo.reshape %379 : (tensor<i32>) -> tensor<1xi32>
    %381 = stablehlo.convert %378 : (tensor<i64>) -> tensor<i32>
    %382 = stablehlo.reshape %381 : (tensor<i32>) -> tensor<1xi32>
    %383 = stablehlo.concatenate %380, %c_3, %382, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %384 = stablehlo.dynamic_broadcast_in_dim %376, %383, dims = [0, 1, 2] : (tensor<?x8x1xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %385 = stablehlo.subtract %363, %384 : tensor<?x8x?xf32>
    %386 = stablehlo.multiply %385, %385 : tensor<?x8x?xf32>
    %387 = stablehlo.convert %arg2 : tensor<i64>
    %388 = stablehlo.multiply %387, %c_4 : tensor<i64>
    %389 = stablehlo.convert %388 : (tensor<i64>) -> tensor<f32>
    %390 = stablehlo.reduce(%386 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<?x8x?xf32>, tensor<f32>) -> tensor<?x8xf32>
    %391 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %392 = stablehlo.reshape %391 : (tensor<i32>) -> tensor<1xi32>
    %393 = stablehlo.concatenate %392, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %394 = stablehlo.dynamic_broadcast_in_dim %390, %393, dims = [0, 1] : (tensor<?x8xf32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %395 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %396 = stablehlo.reshape %395 : (tensor<i32>) -> tensor<1xi32>
    %397 = stablehlo.concatenate %396, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %398 = stablehlo.dynamic_broadcast_in_dim %389, %397, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %399 = stablehlo.divide %394, %398 : tensor<?x8x1xf32>
    %400 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %401 = stablehlo.reshape %400 : (tensor<i32>) -> tensor<1xi32>
    %402 = stablehlo.concatenate %401, %c_3, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %403 = stablehlo.dynamic_broadcast_in_dim %cst_2, %402, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x8x1xf32>
    %404 = stablehlo.add %399, %403 : tensor<?x8x1xf32>
    %405 = stablehlo.rsqrt %404 : tensor<?x8x1xf32>
    %406 = stablehlo.convert %arg2 : tensor<i64>
    %407 = stablehlo.multiply %406, %c_4 : tensor<i64>
    %408 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %409 = stablehlo.reshape %408 : (tensor<i32>) -> tensor<1xi32>
    %410 = stablehlo.convert %407 : (tensor<i64>) -> tensor<i32>
    %411 = stablehlo.reshape %410 : (tensor<i32>) -> tensor<1xi32>
    %412 = stablehlo.concatenate %409, %c_3, %411, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %413 = stablehlo.dynamic_broadcast_in_dim %405, %412, dims = [0, 1, 2] : (tensor<?x8x1xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %414 = stablehlo.multiply %385, %413 : tensor<?x8x?xf32>
    %415 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %416 = stablehlo.reshape %415 : (tensor<i32>) -> tensor<1xi32>
    %417 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %418 = stablehlo.reshape %417 : (tensor<i32>) -> tensor<1xi32>
    %419 = stablehlo.concatenate %416, %c_6, %418, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %420 = stablehlo.dynamic_reshape %414, %419 : (tensor<?x8x?xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %421 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %422 = stablehlo.reshape %421 : (tensor<i32>) -> tensor<1xi32>
    %423 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %424 = stablehlo.reshape %423 : (tensor<i32>) -> tensor<1xi32>
    %425 = stablehlo.concatenate %422, %c_6, %424, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %426 = stablehlo.dynamic_broadcast_in_dim %arg19, %425, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %427 = stablehlo.multiply %420, %426 : tensor<?x64x?xf32>
    %428 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %429 = stablehlo.reshape %428 : (tensor<i32>) -> tensor<1xi32>
    %430 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %431 = stablehlo.reshape %430 : (tensor<i32>) -> tensor<1xi32>
    %432 = stablehlo.concatenate %429, %c_6, %431, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %433 = stablehlo.dynamic_broadcast_in_dim %arg20, %432, dims = [1] : (tensor<64xf32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %434 = stablehlo.add %427, %433 : tensor<?x64x?xf32>
    %435 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %436 = stablehlo.reshape %435 : (tensor<i32>) -> tensor<1xi32>
    %437 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %438 = stablehlo.reshape %437 : (tensor<i32>) -> tensor<1xi32>
    %439 = stablehlo.concatenate %436, %c_6, %438, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %440 = stablehlo.dynamic_broadcast_in_dim %cst_1, %439, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %441 = stablehlo.multiply %434, %440 : tensor<?x64x?xf32>
    %442 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %443 = stablehlo.reshape %442 : (tensor<i32>) -> tensor<1xi32>
    %444 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %445 = stablehlo.reshape %444 : (tensor<i32>) -> tensor<1xi32>
    %446 = stablehlo.concatenate %443, %c_6, %445, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %447 = stablehlo.dynamic_broadcast_in_dim %cst_0, %446, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %448 = stablehlo.multiply %434, %447 : tensor<?x64x?xf32>
    %449 = stablehlo.composite "chlo.erf" %448 {decomposition = @chlo.erf.impl_2, version = 1 : i32} : (tensor<?x64x?xf32>) -> tensor<?x64x?xf32>
    %450 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %451 = stablehlo.reshape %450 : (tensor<i32>) -> tensor<1xi32>
    %452 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %453 = stablehlo.reshape %452 : (tensor<i32>) -> tensor<1xi32>
    %454 = stablehlo.concatenate %451, %c_6, %453, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %455 = stablehlo.dynamic_broadcast_in_dim %cst, %454, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %456 = stablehlo.add %455, %449 : tensor<?x64x?xf32>
    %457 = stablehlo.multiply %441, %456 : tensor<?x64x?xf32>
    %458 = stablehlo.add %347, %457 : tensor<?x64x?xf32>
    %459 = stablehlo.convolution(%458, %arg21) dim_numbers = [b, f, 0]x[o, i, 0]->[b, f, 0], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x64x?xf32>, tensor<8x64x1xf32>) -> tensor<?x8x?xf32>
    %460 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %461 = stablehlo.reshape %460 : (tensor<i32>) -> tensor<1xi32>
    %462 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %463 = stablehlo.reshape %462 : (tensor<i32>) -> tensor<1xi32>
    %464 = stablehlo.concatenate %461, %c_3, %463, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %465 = stablehlo.dynamic_broadcast_in_dim %arg22, %464, dims = [1] : (tensor<8xf32>, tensor<3xi32>) -> tensor<?x8x?xf32>
    %466 = stablehlo.add %459, %465 : tensor<?x8x?xf32>
    %467 = stablehlo.reduce(%458 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<?x64x?xf32>, tensor<f32>) -> tensor<?x64xf32>
    %468 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<f32>
    %469 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %470 = stablehlo.reshape %469 : (tensor<i32>) -> tensor<1xi32>
    %471 = stablehlo.concatenate %470, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %472 = stablehlo.dynamic_broadcast_in_dim %468, %471, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x64xf32>
    %473 = stablehlo.divide %467, %472 : tensor<?x64xf32>
    return %466, %473 : tensor<?x8x?xf32>, tensor<?x64xf32>
  }
  func.func private @chlo.erf.impl_2(%arg0: tensor<?x64x?xf32>) -> tensor<?x64x?xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<f32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<f32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<f32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<f32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<f32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<f32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<f32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<f32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<f32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<f32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<f32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<f32>
    %cst_13 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %cst_14 = stablehlo.constant dense<-4.000000e+00> : tensor<f32>
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x64x?xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x64x?xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x64x?xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x64x?xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x64x?xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x64x?xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x64x?xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x64x?xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x64x?xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x64x?xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x64x?xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x64x?xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x64x?xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x64x?xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x64x?xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x64x?xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x64x?xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x64x?xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x64x?xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x64x?xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x64x?xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x64x?xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x64x?xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x64x?xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x64x?xf32>
    return %152 : tensor<?x64x?xf32>
  }
  func.func private @chlo.erf.impl_1(%arg0: tensor<?x64x?xf32>) -> tensor<?x64x?xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<f32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<f32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<f32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<f32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<f32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<f32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<f32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<f32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<f32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<f32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<f32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<f32>
    %cst_13 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %cst_14 = stablehlo.constant dense<-4.000000e+00> : tensor<f32>
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x64x?xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x64x?xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x64x?xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x64x?xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x64x?xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x64x?xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x64x?xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x64x?xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x64x?xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x64x?xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x64x?xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x64x?xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x64x?xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x64x?xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x64x?xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x64x?xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x64x?xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x64x?xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x64x?xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x64x?xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x64x?xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x64x?xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x64x?xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x64x?xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x64x?xf32>
    return %152 : tensor<?x64x?xf32>
  }
  func.func private @chlo.erf.impl_0(%arg0: tensor<?x64x?xf32>) -> tensor<?x64x?xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<f32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<f32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<f32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<f32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<f32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<f32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<f32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<f32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<f32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<f32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<f32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<f32>
    %cst_13 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %cst_14 = stablehlo.constant dense<-4.000000e+00> : tensor<f32>
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x64x?xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x64x?xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x64x?xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x64x?xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x64x?xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x64x?xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x64x?xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x64x?xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x64x?xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x64x?xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x64x?xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x64x?xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x64x?xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x64x?xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x64x?xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x64x?xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x64x?xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x64x?xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x64x?xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x64x?xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x64x?xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x64x?xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x64x?xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x64x?xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x64x?xf32>
    return %152 : tensor<?x64x?xf32>
  }
  func.func private @chlo.erf.impl(%arg0: tensor<?x64x?xf32>) -> tensor<?x64x?xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<f32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<f32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<f32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<f32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<f32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<f32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<f32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<f32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<f32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<f32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<f32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<f32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<f32>
    %cst_13 = stablehlo.constant dense<4.000000e+00> : tensor<f32>
    %cst_14 = stablehlo.constant dense<-4.000000e+00> : tensor<f32>
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x64x?xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x64x?xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x64x?xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x64x?xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x64x?xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x64x?xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x64x?xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x64x?xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x64x?xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x64x?xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x64x?xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x64x?xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x64x?xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x64x?xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x64x?xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x64x?xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x64x?xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x64x?xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x64x?xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x64x?xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x64x?xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x64x?xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x64x?xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x64x?xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x64x?xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x64x?xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x64x?xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x64x?xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x64x?xf32>
    return %152 : tensor<?x64x?xf32>
  }
}
