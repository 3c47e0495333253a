module @Sequential attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22input\22,\22shape\22:[8,64]}],\22model\22:\22Sequential\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22kind\22:\22leaf\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22output\22,\22shape\22:[8,10]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{},\22weights\22:{\22file\22:\22mlp.safetensors\22,\22inline\22:false,\22sha256\22:\22b56e28898638714f6abd14ccc84ea8a128e3ac055190d3676d650283eaddea4d\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\220.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,64]},{\22dtype\22:\22float32\22,\22name\22:\220.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\222.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,128]},{\22dtype\22:\22float32\22,\22name\22:\222.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\224.weight\22,\22role\22:\22parameter\22,\22shape\22:[10,128]},{\22dtype\22:\22float32\22,\22name\22:\224.bias\22,\22role\22:\22parameter\22,\22shape\22:[10]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<128x64xf32> {torchtpu.name = "0.weight"}, %arg2: tensor<128xf32> {torchtpu.name = "0.bias"}, %arg3: tensor<128x128xf32> {torchtpu.name = "2.weight"}, %arg4: tensor<128xf32> {torchtpu.name = "2.bias"}, %arg5: tensor<10x128xf32> {torchtpu.name = "4.weight"}, %arg6: tensor<10xf32> {torchtpu.name = "4.bias"}, %arg7: tensor<8x64xf32> {torchtpu.name = "input"}) -> (tensor<8x10xf32> {torchtpu.name = "output"}) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %cst_1 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %cst_2 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.dot_general %arg7, %arg1, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x64xf32>, tensor<128x64xf32>) -> tensor<8x128xf32>
    %1 = stablehlo.broadcast_in_dim %arg2, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %2 = stablehlo.add %0, %1 : tensor<8x128xf32>
    %3 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<8x128xf32>
    %4 = stablehlo.maximum %2, %3 : tensor<8x128xf32>
    %5 = stablehlo.dot_general %4, %arg3, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x128xf32>, tensor<128x128xf32>) -> tensor<8x128xf32>
    %6 = stablehlo.broadcast_in_dim %arg4, dims = [1] : (tensor<128xf32>) -> tensor<8x128xf32>
    %7 = stablehlo.add %5, %6 : tensor<8x128xf32>
    %8 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<8x128xf32>
    %9 = stablehlo.multiply %7, %8 : tensor<8x128xf32>
    %10 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<8x128xf32>
    %11 = stablehlo.multiply %7, %10 : tensor<8x128xf32>
    %12 = stablehlo.composite "chlo.erf" %11 {decomposition = @chlo.erf.impl, version = 1 : i32} : (tensor<8x128xf32>) -> tensor<8x128xf32>
    %13 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<8x128xf32>
    %14 = stablehlo.add %13, %12 : tensor<8x128xf32>
    %15 = stablehlo.multiply %9, %14 : tensor<8x128xf32>
    %16 = stablehlo.dot_general %15, %arg5, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<8x128xf32>, tensor<10x128xf32>) -> tensor<8x10xf32>
    %17 = stablehlo.broadcast_in_dim %arg6, dims = [1] : (tensor<10xf32>) -> tensor<8x10xf32>
    %18 = stablehlo.add %16, %17 : tensor<8x10xf32>
    return %18 : tensor<8x10xf32>
  }
  func.func private @chlo.erf.impl(%arg0: tensor<8x128xf32>) -> tensor<8x128xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<8x128xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<8x128xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<8x128xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<8x128xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<8x128xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<8x128xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<8x128xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<8x128xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<8x128xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<8x128xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<8x128xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<8x128xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<8x128xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<8x128xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<8x128xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<8x128xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<8x128xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<8x128xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<8x128xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<8x128xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<8x128xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<8x128xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<8x128xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<8x128xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<8x128xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<8x128xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<8x128xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<8x128xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<8x128xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<8x128xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<8x128xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<8x128xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<8x128xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<8x128xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<8x128xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<8x128xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<8x128xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<8x128xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<8x128xf32>
    %23 = stablehlo.divide %22, %21 : tensor<8x128xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<8x128xf32>
    return %24 : tensor<8x128xf32>
  }
}
