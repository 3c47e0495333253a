module @compat attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[{\22kind\22:\22leaf\22}],\22keys\22:[\22bias\22],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22x\22,\22shape\22:[\22batch\22,4]},{\22dtype\22:\22int64\22,\22name\22:\22ids\22,\22shape\22:[\22batch\22]},{\22dtype\22:\22float32\22,\22name\22:\22bias\22,\22shape\22:[3]}],\22model\22:\22compat\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22children\22:[{\22kind\22:\22leaf\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22keys\22:[\22sum\22,\22argmax\22],\22kind\22:\22dict\22}],\22keys\22:[\22y\22,\22stats\22],\22kind\22:\22dict\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22y\22,\22shape\22:[\22batch\22,3]},{\22dtype\22:\22float32\22,\22name\22:\22stats.sum\22,\22shape\22:[\22batch\22]},{\22dtype\22:\22int64\22,\22name\22:\22stats.argmax\22,\22shape\22:[\22batch\22]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{\22batch\22:{\22dims\22:[\22x:0\22,\22ids:0\22],\22max\22:64,\22min\22:1}},\22weights\22:{\22file\22:\22v1_text.safetensors\22,\22inline\22:false,\22sha256\22:\2209e7134c977c126054810eed2089969402e82a4558b36d597faa36e11ad9843c\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22embed.weight\22,\22role\22:\22parameter\22,\22shape\22:[10,4]},{\22dtype\22:\22float32\22,\22name\22:\22proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[3,4]},{\22dtype\22:\22float32\22,\22name\22:\22proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[3]},{\22dtype\22:\22float32\22,\22name\22:\22scale\22,\22role\22:\22buffer\22,\22shape\22:[3]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<10x4xf32> {torchtpu.name = "embed.weight"}, %arg2: tensor<3x4xf32> {torchtpu.name = "proj.weight"}, %arg3: tensor<3xf32> {torchtpu.name = "proj.bias"}, %arg4: tensor<3xf32> {torchtpu.name = "scale"}, %arg5: tensor<?x4xf32> {torchtpu.name = "x"}, %arg6: tensor<?xi64> {torchtpu.name = "ids"}, %arg7: tensor<3xf32> {torchtpu.name = "bias"}) -> (tensor<?x3xf32> {torchtpu.name = "y"}, tensor<?xf32> {torchtpu.name = "stats.sum"}, tensor<?xi64> {torchtpu.name = "stats.argmax"}) {
    %c = stablehlo.constant dense<64> : tensor<i64>
    %c_0 = stablehlo.constant dense<0> : tensor<i64>
    %c_1 = stablehlo.constant dense<-1> : tensor<i64>
    %c_2 = stablehlo.constant dense<1> : tensor<i64>
    %0 = stablehlo.get_dimension_size %arg5, dim = 0 : (tensor<?x4xf32>) -> tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<i64>
    %2 = stablehlo.get_dimension_size %arg6, dim = 0 : (tensor<?xi64>) -> tensor<i32>
    %3 = stablehlo.convert %2 : (tensor<i32>) -> tensor<i64>
    %4 = stablehlo.compare GE, %1, %c_2, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%4, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'batch'. Using the following polymorphic shapes specifications: args[4].shape = (batch, 4),args[5].shape = (batch,). Obtained dimension variables: 'batch' = {0} from specification 'batch' for dimension args[4].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>) -> ()
    %5 = stablehlo.compare EQ, %3, %1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%5, %3, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Found inconsistency between dimension size args[5].shape[0] (= {0}) and the specification 'batch' (= {1}). Using the following polymorphic shapes specifications: args[4].shape = (batch, 4),args[5].shape = (batch,). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[4].shape[0] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %6 = stablehlo.convert %1 : tensor<i64>
    %7 = stablehlo.add %6, %c_1 : tensor<i64>
    %8 = stablehlo.compare GE, %7, %c_0, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %9 = stablehlo.convert %1 : tensor<i64>
    %10 = stablehlo.add %9, %c_1 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%8, %10, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch >= 1. Expected 'batch - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[4].shape = (batch, 4),args[5].shape = (batch,). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[4].shape[0] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %11 = stablehlo.convert %1 : tensor<i64>
    %12 = stablehlo.multiply %11, %c_1 : tensor<i64>
    %13 = stablehlo.add %12, %c : tensor<i64>
    %14 = stablehlo.compare GE, %13, %c_0, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %15 = stablehlo.convert %1 : tensor<i64>
    %16 = stablehlo.multiply %15, %c_1 : tensor<i64>
    %17 = stablehlo.add %16, %c : tensor<i64>
    stablehlo.custom_call @shape_assertion(%14, %17, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch <= 64. Expected '- batch + 64' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[4].shape = (batch, 4),args[5].shape = (batch,). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[4].shape[0] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %18:3 = call @_wrapped_jax_export_main(%arg0, %1, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7) : (tensor<i64>, tensor<i64>, tensor<10x4xf32>, tensor<3x4xf32>, tensor<3xf32>, tensor<3xf32>, tensor<?x4xf32>, tensor<?xi64>, tensor<3xf32>) -> (tensor<?x3xf32>, tensor<?xf32>, tensor<?xi64>)
    return %18#0, %18#1, %18#2 : tensor<?x3xf32>, tensor<?xf32>, tensor<?xi64>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<i64> {jax.global_constant = "batch"}, %arg2: tensor<10x4xf32>, %arg3: tensor<3x4xf32>, %arg4: tensor<3xf32>, %arg5: tensor<3xf32>, %arg6: tensor<?x4xf32>, %arg7: tensor<?xi64>, %arg8: tensor<3xf32>) -> (tensor<?x3xf32> {jax.result_info = "result[0]"}, tensor<?xf32> {jax.result_info = "result[1]"}, tensor<?xi64> {jax.result_info = "result[2]"}) {
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c = stablehlo.constant dense<3> : tensor<1xi32>
    %c_0 = stablehlo.constant dense<1> : tensor<1xi32>
    %0 = stablehlo.convert %arg7 : (tensor<?xi64>) -> tensor<?xi32>
    %1 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2 = stablehlo.reshape %1 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.concatenate %2, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %4 = stablehlo.dynamic_broadcast_in_dim %0, %3, dims = [0] : (tensor<?xi32>, tensor<2xi32>) -> tensor<?x1xi32>
    %5 = "stablehlo.gather"(%arg2, %4) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<10x4xf32>, tensor<?x1xi32>) -> tensor<?x4xf32>
    %6 = stablehlo.add %arg6, %5 : tensor<?x4xf32>
    %7 = stablehlo.dot_general %6, %arg3, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x4xf32>, tensor<3x4xf32>) -> tensor<?x3xf32>
    %8 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.concatenate %9, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %11 = stablehlo.dynamic_broadcast_in_dim %arg4, %10, dims = [1] : (tensor<3xf32>, tensor<2xi32>) -> tensor<?x3xf32>
    %12 = stablehlo.add %7, %11 : tensor<?x3xf32>
    %13 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %14 = stablehlo.reshape %13 : (tensor<i32>) -> tensor<1xi32>
    %15 = stablehlo.concatenate %14, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %16 = stablehlo.dynamic_broadcast_in_dim %cst, %15, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x3xf32>
    %17 = stablehlo.maximum %12, %16 : tensor<?x3xf32>
    %18 = stablehlo.broadcast_in_dim %arg5, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %19 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %20 = stablehlo.reshape %19 : (tensor<i32>) -> tensor<1xi32>
    %21 = stablehlo.concatenate %20, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %22 = stablehlo.dynamic_broadcast_in_dim %18, %21, dims = [0, 1] : (tensor<1x3xf32>, tensor<2xi32>) -> tensor<?x3xf32>
    %23 = stablehlo.multiply %17, %22 : tensor<?x3xf32>
    %24 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<3xf32>) -> tensor<1x3xf32>
    %25 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %26 = stablehlo.reshape %25 : (tensor<i32>) -> tensor<1xi32>
    %27 = stablehlo.concatenate %26, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %28 = stablehlo.dynamic_broadcast_in_dim %24, %27, dims = [0, 1] : (tensor<1x3xf32>, tensor<2xi32>) -> tensor<?x3xf32>
    %29 = stablehlo.add %23, %28 : tensor<?x3xf32>
    %30 = stablehlo.reduce(%29 init: %cst) applies stablehlo.add across dimensions = [1] : (tensor<?x3xf32>, tensor<f32>) -> tensor<?xf32>
    %31 = call @argmax(%arg0, %arg1, %29) : (tensor<i64>, tensor<i64>, tensor<?x3xf32>) -> tensor<?xi64>
    return %29, %30, %31 : tensor<?x3xf32>, tensor<?xf32>, tensor<?xi64>
  }
  func.func private @argmax(%arg0: tensor<i64>, %arg1: tensor<i64>, %arg2: tensor<?x3xf32>) -> tensor<?xi64> {
    %c = stablehlo.constant dense<0> : tensor<i64>
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %c_0 = stablehlo.constant dense<3> : tensor<1xi32>
    %0 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.concatenate %1, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %3 = stablehlo.dynamic_iota %2, dim = 1 : (tensor<2xi32>) -> tensor<?x3xi64>
    %4:2 = stablehlo.reduce(%arg2 init: %cst), (%3 init: %c) across dimensions = [1] : (tensor<?x3xf32>, tensor<?x3xi64>, tensor<f32>, tensor<i64>) -> (tensor<?xf32>, tensor<?xi64>)
     reducer(%arg3: tensor<f32>, %arg5: tensor<f32>) (%arg4: tensor<i64>, %arg6: tensor<i64>)  {
      %5 = stablehlo.compare GT, %arg3, %arg5, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %6 = stablehlo.compare NE, %arg3, %arg3, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %7 = stablehlo.or %5, %6 : tensor<i1>
      %8 = stablehlo.compare EQ, %arg3, %arg5, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %9 = stablehlo.compare LT, %arg4, %arg6, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %10 = stablehlo.and %8, %9 : tensor<i1>
      %11 = stablehlo.or %7, %10 : tensor<i1>
      %12 = stablehlo.select %7, %arg3, %arg5 : tensor<i1>, tensor<f32>
      %13 = stablehlo.select %11, %arg4, %arg6 : tensor<i1>, tensor<i64>
      stablehlo.return %12, %13 : tensor<f32>, tensor<i64>
    }
    return %4#1 : tensor<?xi64>
  }
}
