module @TwoHeads attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22keys\22:[\22extra\22,\22temperature\22],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22image\22,\22shape\22:[2,3,16,16]},{\22dtype\22:\22float32\22,\22name\22:\22extra\22,\22shape\22:[2,4]},{\22constant\22:2.0,\22name\22:\22temperature\22}],\22model\22:\22TwoHeads\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22children\22:[{\22kind\22:\22leaf\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22keys\22:[\22probs\22,\22box\22],\22kind\22:\22dict\22}],\22keys\22:[\22logits\22,\22aux\22],\22kind\22:\22dict\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22logits\22,\22shape\22:[2,5]},{\22dtype\22:\22float32\22,\22name\22:\22aux.probs\22,\22shape\22:[2,5]},{\22dtype\22:\22float32\22,\22name\22:\22aux.box\22,\22shape\22:[2,2]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{},\22weights\22:{\22file\22:\22dict_model.safetensors\22,\22inline\22:false,\22sha256\22:\22cacf505c8cf3a6f636e53fcf8060a9a5f4b85ec9ae7425069b9bdc08fcf07e1e\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22features.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[8,3,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22features.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[8]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[8]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[8]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.weight\22,\22role\22:\22parameter\22,\22shape\22:[16,8,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.bias\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22classify.weight\22,\22role\22:\22parameter\22,\22shape\22:[5,16]},{\22dtype\22:\22float32\22,\22name\22:\22classify.bias\22,\22role\22:\22parameter\22,\22shape\22:[5]},{\22dtype\22:\22float32\22,\22name\22:\22regress.weight\22,\22role\22:\22parameter\22,\22shape\22:[2,20]},{\22dtype\22:\22float32\22,\22name\22:\22regress.bias\22,\22role\22:\22parameter\22,\22shape\22:[2]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[8]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[8]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<8x3x3x3xf32> {torchtpu.name = "features.0.weight"}, %arg2: tensor<8xf32> {torchtpu.name = "features.0.bias"}, %arg3: tensor<8xf32> {torchtpu.name = "features.1.weight"}, %arg4: tensor<8xf32> {torchtpu.name = "features.1.bias"}, %arg5: tensor<16x8x3x3xf32> {torchtpu.name = "features.4.weight"}, %arg6: tensor<16xf32> {torchtpu.name = "features.4.bias"}, %arg7: tensor<5x16xf32> {torchtpu.name = "classify.weight"}, %arg8: tensor<5xf32> {torchtpu.name = "classify.bias"}, %arg9: tensor<2x20xf32> {torchtpu.name = "regress.weight"}, %arg10: tensor<2xf32> {torchtpu.name = "regress.bias"}, %arg11: tensor<8xf32> {torchtpu.name = "features.1.running_mean"}, %arg12: tensor<8xf32> {torchtpu.name = "features.1.running_var"}, %arg13: tensor<2x3x16x16xf32> {torchtpu.name = "image"}, %arg14: tensor<2x4xf32> {torchtpu.name = "extra"}) -> (tensor<2x5xf32> {torchtpu.name = "logits"}, tensor<2x5xf32> {torchtpu.name = "aux.probs"}, tensor<2x2xf32> {torchtpu.name = "aux.box"}) {
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<2.000000e+00> : tensor<f32>
    %cst_1 = stablehlo.constant dense<9.000000e+00> : tensor<f32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_3 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %cst_4 = stablehlo.constant dense<4.000000e+00> : tensor<8x8xf32>
    %0 = stablehlo.convolution(%arg13, %arg1) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x3x16x16xf32>, tensor<8x3x3x3xf32>) -> tensor<2x8x16x16xf32>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<8xf32>) -> tensor<2x8x16x16xf32>
    %2 = stablehlo.add %0, %1 : tensor<2x8x16x16xf32>
    %3 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<8xf32>
    %4 = stablehlo.add %arg12, %3 : tensor<8xf32>
    %5 = stablehlo.rsqrt %4 : tensor<8xf32>
    %6 = stablehlo.multiply %5, %arg3 : tensor<8xf32>
    %7 = stablehlo.negate %arg11 : tensor<8xf32>
    %8 = stablehlo.multiply %7, %6 : tensor<8xf32>
    %9 = stablehlo.add %8, %arg4 : tensor<8xf32>
    %10 = stablehlo.broadcast_in_dim %6, dims = [1] : (tensor<8xf32>) -> tensor<2x8x16x16xf32>
    %11 = stablehlo.multiply %2, %10 : tensor<2x8x16x16xf32>
    %12 = stablehlo.broadcast_in_dim %9, dims = [1] : (tensor<8xf32>) -> tensor<2x8x16x16xf32>
    %13 = stablehlo.add %11, %12 : tensor<2x8x16x16xf32>
    %14 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x8x16x16xf32>
    %15 = stablehlo.maximum %13, %14 : tensor<2x8x16x16xf32>
    %16 = "stablehlo.reduce_window"(%15, %cst_2) <{window_dimensions = array<i64: 1, 1, 2, 2>, window_strides = array<i64: 1, 1, 2, 2>}> ({
    ^bb0(%arg15: tensor<f32>, %arg16: tensor<f32>):
      %45 = stablehlo.add %arg15, %arg16 : tensor<f32>
      stablehlo.return %45 : tensor<f32>
    }) : (tensor<2x8x16x16xf32>, tensor<f32>) -> tensor<2x8x8x8xf32>
    %17 = stablehlo.broadcast_in_dim %cst_4, dims = [2, 3] : (tensor<8x8xf32>) -> tensor<2x8x8x8xf32>
    %18 = stablehlo.divide %16, %17 : tensor<2x8x8x8xf32>
    %19 = stablehlo.convolution(%18, %arg5) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<2x8x8x8xf32>, tensor<16x8x3x3xf32>) -> tensor<2x16x3x3xf32>
    %20 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<16xf32>) -> tensor<2x16x3x3xf32>
    %21 = stablehlo.add %19, %20 : tensor<2x16x3x3xf32>
    %22 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x16x3x3xf32>
    %23 = stablehlo.maximum %21, %22 : tensor<2x16x3x3xf32>
    %24 = stablehlo.reduce(%23 init: %cst_2) applies stablehlo.add across dimensions = [2, 3] : (tensor<2x16x3x3xf32>, tensor<f32>) -> tensor<2x16xf32>
    %25 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x16xf32>
    %26 = stablehlo.divide %24, %25 : tensor<2x16xf32>
    %27 = stablehlo.dot_general %26, %arg7, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16xf32>, tensor<5x16xf32>) -> tensor<2x5xf32>
    %28 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<5xf32>) -> tensor<2x5xf32>
    %29 = stablehlo.add %27, %28 : tensor<2x5xf32>
    %30 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<2x5xf32>
    %31 = stablehlo.divide %29, %30 : tensor<2x5xf32>
    %32 = stablehlo.concatenate %26, %arg14, dim = 1 : (tensor<2x16xf32>, tensor<2x4xf32>) -> tensor<2x20xf32>
    %33 = stablehlo.dot_general %32, %arg9, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x20xf32>, tensor<2x20xf32>) -> tensor<2x2xf32>
    %34 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<2xf32>) -> tensor<2x2xf32>
    %35 = stablehlo.add %33, %34 : tensor<2x2xf32>
    %36 = stablehlo.reduce(%31 init: %cst) applies stablehlo.maximum across dimensions = [1] : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %37 = stablehlo.broadcast_in_dim %36, dims = [0] : (tensor<2xf32>) -> tensor<2x1xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x5xf32>
    %39 = stablehlo.subtract %31, %38 : tensor<2x5xf32>
    %40 = stablehlo.exponential %39 : tensor<2x5xf32>
    %41 = stablehlo.reduce(%40 init: %cst_2) applies stablehlo.add across dimensions = [1] : (tensor<2x5xf32>, tensor<f32>) -> tensor<2xf32>
    %42 = stablehlo.broadcast_in_dim %41, dims = [0] : (tensor<2xf32>) -> tensor<2x1xf32>
    %43 = stablehlo.broadcast_in_dim %42, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x5xf32>
    %44 = stablehlo.divide %40, %43 : tensor<2x5xf32>
    return %31, %44, %35 : tensor<2x5xf32>, tensor<2x5xf32>, tensor<2x2xf32>
  }
}
