module @Sequential attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22input\22,\22shape\22:[\22batch\22,64]}],\22model\22:\22Sequential\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22kind\22:\22leaf\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22output\22,\22shape\22:[\22batch\22,10]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{\22batch\22:{\22dims\22:[\22input:0\22],\22max\22:1024,\22min\22:1}},\22weights\22:{\22file\22:\22mlp_int8.safetensors\22,\22inline\22:false,\22sha256\22:\223a04b85f2af60d6310d5947ec9def9d07c14bb1cc72d4843e3697ee2f6708ef1\22,\22tensors\22:[{\22dtype\22:\22int8\22,\22name\22:\220.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:64,\22scale\22:\220.weight.scale\22,\22scheme\22:\22int8\22,\22shape\22:[128,64]},\22role\22:\22parameter\22,\22shape\22:[128,64]},{\22dtype\22:\22float32\22,\22name\22:\220.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[128,1]},{\22dtype\22:\22float32\22,\22name\22:\220.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22int8\22,\22name\22:\222.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:128,\22scale\22:\222.weight.scale\22,\22scheme\22:\22int8\22,\22shape\22:[128,128]},\22role\22:\22parameter\22,\22shape\22:[128,128]},{\22dtype\22:\22float32\22,\22name\22:\222.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[128,1]},{\22dtype\22:\22float32\22,\22name\22:\222.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22int8\22,\22name\22:\224.weight\22,\22quantization\22:{\22dtype\22:\22float32\22,\22group_size\22:128,\22scale\22:\224.weight.scale\22,\22scheme\22:\22int8\22,\22shape\22:[10,128]},\22role\22:\22parameter\22,\22shape\22:[10,128]},{\22dtype\22:\22float32\22,\22name\22:\224.weight.scale\22,\22role\22:\22scale\22,\22shape\22:[10,1]},{\22dtype\22:\22float32\22,\22name\22:\224.bias\22,\22role\22:\22parameter\22,\22shape\22:[10]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<128x64xi8> {torchtpu.name = "0.weight"}, %arg2: tensor<128x1xf32> {torchtpu.name = "0.weight.scale"}, %arg3: tensor<128xf32> {torchtpu.name = "0.bias"}, %arg4: tensor<128x128xi8> {torchtpu.name = "2.weight"}, %arg5: tensor<128x1xf32> {torchtpu.name = "2.weight.scale"}, %arg6: tensor<128xf32> {torchtpu.name = "2.bias"}, %arg7: tensor<10x128xi8> {torchtpu.name = "4.weight"}, %arg8: tensor<10x1xf32> {torchtpu.name = "4.weight.scale"}, %arg9: tensor<10xf32> {torchtpu.name = "4.bias"}, %arg10: tensor<?x64xf32> {torchtpu.name = "input"}) -> (tensor<?x10xf32> {torchtpu.name = "output"}) {
    %c = stablehlo.constant dense<1024> : tensor<i64>
    %c_0 = stablehlo.constant dense<0> : tensor<i64>
    %c_1 = stablehlo.constant dense<-1> : tensor<i64>
    %c_2 = stablehlo.constant dense<1> : tensor<i64>
    %0 = stablehlo.get_dimension_size %arg10, dim = 0 : (tensor<?x64xf32>) -> tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<i64>
    %2 = stablehlo.compare GE, %1, %c_2, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%2, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'batch'. Using the following polymorphic shapes specifications: args[9].shape = (batch, 64). Obtained dimension variables: 'batch' = {0} from specification 'batch' for dimension args[9].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>) -> ()
    %3 = stablehlo.convert %1 : tensor<i64>
    %4 = stablehlo.add %3, %c_1 : tensor<i64>
    %5 = stablehlo.compare GE, %4, %c_0, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %6 = stablehlo.convert %1 : tensor<i64>
    %7 = stablehlo.add %6, %c_1 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%5, %7, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch >= 1. Expected 'batch - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[9].shape = (batch, 64). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[9].shape[0] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %8 = stablehlo.convert %1 : tensor<i64>
    %9 = stablehlo.multiply %8, %c_1 : tensor<i64>
    %10 = stablehlo.add %9, %c : tensor<i64>
    %11 = stablehlo.compare GE, %10, %c_0, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %12 = stablehlo.convert %1 : tensor<i64>
    %13 = stablehlo.multiply %12, %c_1 : tensor<i64>
    %14 = stablehlo.add %13, %c : tensor<i64>
    stablehlo.custom_call @shape_assertion(%11, %14, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch <= 1024. Expected '- batch + 1024' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[9].shape = (batch, 64). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[9].shape[0] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %15 = call @_wrapped_jax_export_main(%arg0, %1, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10) : (tensor<i64>, tensor<i64>, tensor<128x64xi8>, tensor<128x1xf32>, tensor<128xf32>, tensor<128x128xi8>, tensor<128x1xf32>, tensor<128xf32>, tensor<10x128xi8>, tensor<10x1xf32>, tensor<10xf32>, tensor<?x64xf32>) -> tensor<?x10xf32>
    return %15 : tensor<?x10xf32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<i64> {jax.global_constant = "batch"}, %arg2: tensor<128x64xi8>, %arg3: tensor<128x1xf32>, %arg4: tensor<128xf32>, %arg5: tensor<128x128xi8>, %arg6: tensor<128x1xf32>, %arg7: tensor<128xf32>, %arg8: tensor<10x128xi8>, %arg9: tensor<10x1xf32>, %arg10: tensor<10xf32>, %arg11: tensor<?x64xf32>) -> (tensor<?x10xf32> {jax.result_info = "result[0]"}) {
    %c = stablehlo.constant dense<10> : tensor<1xi32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %cst_1 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_3 = stablehlo.constant dense<128> : tensor<1xi32>
    %0 = stablehlo.reshape %arg2 : (tensor<128x64xi8>) -> tensor<128x1x64xi8>
    %1 = stablehlo.convert %0 : (tensor<128x1x64xi8>) -> tensor<128x1x64xf32>
    %2 = stablehlo.broadcast_in_dim %arg3, dims = [0, 1] : (tensor<128x1xf32>) -> tensor<128x1x1xf32>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0, 1, 2] : (tensor<128x1x1xf32>) -> tensor<128x1x64xf32>
    %4 = stablehlo.multiply %1, %3 : tensor<128x1x64xf32>
    %5 = stablehlo.reshape %4 : (tensor<128x1x64xf32>) -> tensor<128x64xf32>
    %6 = stablehlo.dot_general %arg11, %5, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x64xf32>, tensor<128x64xf32>) -> tensor<?x128xf32>
    %7 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %8 = stablehlo.reshape %7 : (tensor<i32>) -> tensor<1xi32>
    %9 = stablehlo.concatenate %8, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %10 = stablehlo.dynamic_broadcast_in_dim %arg4, %9, dims = [1] : (tensor<128xf32>, tensor<2xi32>) -> tensor<?x128xf32>
    %11 = stablehlo.add %6, %10 : tensor<?x128xf32>
    %12 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %13, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_2, %14, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %16 = stablehlo.maximum %11, %15 : tensor<?x128xf32>
    %17 = stablehlo.reshape %arg5 : (tensor<128x128xi8>) -> tensor<128x1x128xi8>
    %18 = stablehlo.convert %17 : (tensor<128x1x128xi8>) -> tensor<128x1x128xf32>
    %19 = stablehlo.broadcast_in_dim %arg6, dims = [0, 1] : (tensor<128x1xf32>) -> tensor<128x1x1xf32>
    %20 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<128x1x1xf32>) -> tensor<128x1x128xf32>
    %21 = stablehlo.multiply %18, %20 : tensor<128x1x128xf32>
    %22 = stablehlo.reshape %21 : (tensor<128x1x128xf32>) -> tensor<128x128xf32>
    %23 = stablehlo.dot_general %16, %22, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x128xf32>, tensor<128x128xf32>) -> tensor<?x128xf32>
    %24 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %25 = stablehlo.reshape %24 : (tensor<i32>) -> tensor<1xi32>
    %26 = stablehlo.concatenate %25, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %27 = stablehlo.dynamic_broadcast_in_dim %arg7, %26, dims = [1] : (tensor<128xf32>, tensor<2xi32>) -> tensor<?x128xf32>
    %28 = stablehlo.add %23, %27 : tensor<?x128xf32>
    %29 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.concatenate %30, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %32 = stablehlo.dynamic_broadcast_in_dim %cst_1, %31, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %33 = stablehlo.multiply %28, %32 : tensor<?x128xf32>
    %34 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %35 = stablehlo.reshape %34 : (tensor<i32>) -> tensor<1xi32>
    %36 = stablehlo.concatenate %35, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %37 = stablehlo.dynamic_broadcast_in_dim %cst_0, %36, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %38 = stablehlo.multiply %28, %37 : tensor<?x128xf32>
    %39 = stablehlo.composite "chlo.erf" %38 {decomposition = @chlo.erf.impl, version = 1 : i32} : (tensor<?x128xf32>) -> tensor<?x128xf32>
    %40 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %41 = stablehlo.reshape %40 : (tensor<i32>) -> tensor<1xi32>
    %42 = stablehlo.concatenate %41, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %43 = stablehlo.dynamic_broadcast_in_dim %cst, %42, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %44 = stablehlo.add %43, %39 : tensor<?x128xf32>
    %45 = stablehlo.multiply %33, %44 : tensor<?x128xf32>
    %46 = stablehlo.reshape %arg8 : (tensor<10x128xi8>) -> tensor<10x1x128xi8>
    %47 = stablehlo.convert %46 : (tensor<10x1x128xi8>) -> tensor<10x1x128xf32>
    %48 = stablehlo.broadcast_in_dim %arg9, dims = [0, 1] : (tensor<10x1xf32>) -> tensor<10x1x1xf32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [0, 1, 2] : (tensor<10x1x1xf32>) -> tensor<10x1x128xf32>
    %50 = stablehlo.multiply %47, %49 : tensor<10x1x128xf32>
    %51 = stablehlo.reshape %50 : (tensor<10x1x128xf32>) -> tensor<10x128xf32>
    %52 = stablehlo.dot_general %45, %51, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x128xf32>, tensor<10x128xf32>) -> tensor<?x10xf32>
    %53 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %54 = stablehlo.reshape %53 : (tensor<i32>) -> tensor<1xi32>
    %55 = stablehlo.concatenate %54, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %56 = stablehlo.dynamic_broadcast_in_dim %arg10, %55, dims = [1] : (tensor<10xf32>, tensor<2xi32>) -> tensor<?x10xf32>
    %57 = stablehlo.add %52, %56 : tensor<?x10xf32>
    return %57 : tensor<?x10xf32>
  }
  func.func private @chlo.erf.impl(%arg0: tensor<?x128xf32>) -> tensor<?x128xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.concatenate %1, %3, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %5 = stablehlo.dynamic_broadcast_in_dim %cst_14, %4, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %6 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %7 = stablehlo.reshape %6 : (tensor<i32>) -> tensor<1xi32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.concatenate %7, %9, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %11 = stablehlo.dynamic_broadcast_in_dim %cst_13, %10, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %12 = stablehlo.clamp %5, %arg0, %11 : tensor<?x128xf32>
    %13 = stablehlo.multiply %12, %12 : tensor<?x128xf32>
    %14 = stablehlo.get_dimension_size %13, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %15 = stablehlo.reshape %14 : (tensor<i32>) -> tensor<1xi32>
    %16 = stablehlo.get_dimension_size %13, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %17 = stablehlo.reshape %16 : (tensor<i32>) -> tensor<1xi32>
    %18 = stablehlo.concatenate %15, %17, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %19 = stablehlo.dynamic_broadcast_in_dim %cst_12, %18, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %20 = stablehlo.multiply %19, %13 : tensor<?x128xf32>
    %21 = stablehlo.get_dimension_size %13, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %22 = stablehlo.reshape %21 : (tensor<i32>) -> tensor<1xi32>
    %23 = stablehlo.get_dimension_size %13, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %24 = stablehlo.reshape %23 : (tensor<i32>) -> tensor<1xi32>
    %25 = stablehlo.concatenate %22, %24, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %26 = stablehlo.dynamic_broadcast_in_dim %cst_11, %25, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %27 = stablehlo.add %20, %26 : tensor<?x128xf32>
    %28 = stablehlo.multiply %27, %13 : tensor<?x128xf32>
    %29 = stablehlo.get_dimension_size %13, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %13, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_10, %33, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %35 = stablehlo.add %28, %34 : tensor<?x128xf32>
    %36 = stablehlo.multiply %35, %13 : tensor<?x128xf32>
    %37 = stablehlo.get_dimension_size %13, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %13, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.concatenate %38, %40, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %42 = stablehlo.dynamic_broadcast_in_dim %cst_9, %41, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %43 = stablehlo.add %36, %42 : tensor<?x128xf32>
    %44 = stablehlo.multiply %43, %13 : tensor<?x128xf32>
    %45 = stablehlo.get_dimension_size %13, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %46 = stablehlo.reshape %45 : (tensor<i32>) -> tensor<1xi32>
    %47 = stablehlo.get_dimension_size %13, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.concatenate %46, %48, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %50 = stablehlo.dynamic_broadcast_in_dim %cst_8, %49, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %51 = stablehlo.add %44, %50 : tensor<?x128xf32>
    %52 = stablehlo.multiply %51, %13 : tensor<?x128xf32>
    %53 = stablehlo.get_dimension_size %13, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %54 = stablehlo.reshape %53 : (tensor<i32>) -> tensor<1xi32>
    %55 = stablehlo.get_dimension_size %13, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %56 = stablehlo.reshape %55 : (tensor<i32>) -> tensor<1xi32>
    %57 = stablehlo.concatenate %54, %56, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %58 = stablehlo.dynamic_broadcast_in_dim %cst_7, %57, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %59 = stablehlo.add %52, %58 : tensor<?x128xf32>
    %60 = stablehlo.multiply %59, %13 : tensor<?x128xf32>
    %61 = stablehlo.get_dimension_size %13, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.get_dimension_size %13, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %64 = stablehlo.reshape %63 : (tensor<i32>) -> tensor<1xi32>
    %65 = stablehlo.concatenate %62, %64, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %66 = stablehlo.dynamic_broadcast_in_dim %cst_6, %65, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %67 = stablehlo.add %60, %66 : tensor<?x128xf32>
    %68 = stablehlo.get_dimension_size %13, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %69 = stablehlo.reshape %68 : (tensor<i32>) -> tensor<1xi32>
    %70 = stablehlo.get_dimension_size %13, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %71 = stablehlo.reshape %70 : (tensor<i32>) -> tensor<1xi32>
    %72 = stablehlo.concatenate %69, %71, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %73 = stablehlo.dynamic_broadcast_in_dim %cst_5, %72, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %74 = stablehlo.multiply %73, %13 : tensor<?x128xf32>
    %75 = stablehlo.get_dimension_size %13, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %76 = stablehlo.reshape %75 : (tensor<i32>) -> tensor<1xi32>
    %77 = stablehlo.get_dimension_size %13, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.concatenate %76, %78, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %80 = stablehlo.dynamic_broadcast_in_dim %cst_4, %79, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %81 = stablehlo.add %74, %80 : tensor<?x128xf32>
    %82 = stablehlo.multiply %81, %13 : tensor<?x128xf32>
    %83 = stablehlo.get_dimension_size %13, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %84 = stablehlo.reshape %83 : (tensor<i32>) -> tensor<1xi32>
    %85 = stablehlo.get_dimension_size %13, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %86 = stablehlo.reshape %85 : (tensor<i32>) -> tensor<1xi32>
    %87 = stablehlo.concatenate %84, %86, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %88 = stablehlo.dynamic_broadcast_in_dim %cst_3, %87, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %89 = stablehlo.add %82, %88 : tensor<?x128xf32>
    %90 = stablehlo.multiply %89, %13 : tensor<?x128xf32>
    %91 = stablehlo.get_dimension_size %13, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %92 = stablehlo.reshape %91 : (tensor<i32>) -> tensor<1xi32>
    %93 = stablehlo.get_dimension_size %13, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %94 = stablehlo.reshape %93 : (tensor<i32>) -> tensor<1xi32>
    %95 = stablehlo.concatenate %92, %94, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %96 = stablehlo.dynamic_broadcast_in_dim %cst_2, %95, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %97 = stablehlo.add %90, %96 : tensor<?x128xf32>
    %98 = stablehlo.multiply %97, %13 : tensor<?x128xf32>
    %99 = stablehlo.get_dimension_size %13, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.get_dimension_size %13, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %102 = stablehlo.reshape %101 : (tensor<i32>) -> tensor<1xi32>
    %103 = stablehlo.concatenate %100, %102, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %104 = stablehlo.dynamic_broadcast_in_dim %cst_1, %103, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %105 = stablehlo.add %98, %104 : tensor<?x128xf32>
    %106 = stablehlo.multiply %12, %67 : tensor<?x128xf32>
    %107 = stablehlo.divide %106, %105 : tensor<?x128xf32>
    %108 = stablehlo.get_dimension_size %12, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %109 = stablehlo.reshape %108 : (tensor<i32>) -> tensor<1xi32>
    %110 = stablehlo.get_dimension_size %12, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %111 = stablehlo.reshape %110 : (tensor<i32>) -> tensor<1xi32>
    %112 = stablehlo.concatenate %109, %111, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %113 = stablehlo.dynamic_broadcast_in_dim %cst_0, %112, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %114 = stablehlo.get_dimension_size %12, dim = 0 : (tensor<?x128xf32>) -> tensor<i32>
    %115 = stablehlo.reshape %114 : (tensor<i32>) -> tensor<1xi32>
    %116 = stablehlo.get_dimension_size %12, dim = 1 : (tensor<?x128xf32>) -> tensor<i32>
    %117 = stablehlo.reshape %116 : (tensor<i32>) -> tensor<1xi32>
    %118 = stablehlo.concatenate %115, %117, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %119 = stablehlo.dynamic_broadcast_in_dim %cst, %118, dims = [] : (tensor<f32>, tensor<2xi32>) -> tensor<?x128xf32>
    %120 = stablehlo.clamp %113, %107, %119 : tensor<?x128xf32>
    return %120 : tensor<?x128xf32>
  }
}
