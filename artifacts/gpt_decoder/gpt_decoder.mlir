module @GPTDecoder attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22int64\22,\22name\22:\22ids\22,\22shape\22:[2,16]}],\22model\22:\22GPTDecoder\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22kind\22:\22leaf\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22output\22,\22shape\22:[2,16,512]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{},\22weights\22:{\22file\22:\22gpt_decoder.safetensors\22,\22inline\22:false,\22sha256\22:\229485570f1bf80576c98f23ec83d69f2156c1cf05036a09e72673e8ec43ab941c\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22pos.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.ln1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.ln1.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.qkv.weight\22,\22role\22:\22parameter\22,\22shape\22:[384,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.qkv.bias\22,\22role\22:\22parameter\22,\22shape\22:[384]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.ln2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.ln2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.mlp.2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,512]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.0.mlp.2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.ln1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.ln1.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.qkv.weight\22,\22role\22:\22parameter\22,\22shape\22:[384,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.qkv.bias\22,\22role\22:\22parameter\22,\22shape\22:[384]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.ln2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.ln2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,128]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.mlp.2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,512]},{\22dtype\22:\22float32\22,\22name\22:\22blocks.1.mlp.2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22ln_f.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22ln_f.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22head.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,128]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<64x128xf32> {torchtpu.name = "pos.weight"}, %arg2: tensor<128xf32> {torchtpu.name = "blocks.0.ln1.weight"}, %arg3: tensor<128xf32> {torchtpu.name = "blocks.0.ln1.bias"}, %arg4: tensor<384x128xf32> {torchtpu.name = "blocks.0.qkv.weight"}, %arg5: tensor<384xf32> {torchtpu.name = "blocks.0.qkv.bias"}, %arg6: tensor<128x128xf32> {torchtpu.name = "blocks.0.proj.weight"}, %arg7: tensor<128xf32> {torchtpu.name = "blocks.0.proj.bias"}, %arg8: tensor<128xf32> {torchtpu.name = "blocks.0.ln2.weight"}, %arg9: tensor<128xf32> {torchtpu.name = "blocks.0.ln2.bias"}, %arg10: tensor<512x128xf32> {torchtpu.name = "blocks.0.mlp.0.weight"}, %arg11: tensor<512xf32> {torchtpu.name = "blocks.0.mlp.0.bias"}, %arg12: tensor<128x512xf32> {torchtpu.name = "blocks.0.mlp.2.weight"}, %arg13: tensor<128xf32> {torchtpu.name = "blocks.0.mlp.2.bias"}, %arg14: tensor<128xf32> {torchtpu.name = "blocks.1.ln1.weight"}, %arg15: tensor<128xf32> {torchtpu.name = "blocks.1.ln1.bias"}, %arg16: tensor<384x128xf32> {torchtpu.name = "blocks.1.qkv.weight"}, %arg17: tensor<384xf32> {torchtpu.name = "blocks.1.qkv.bias"}, %arg18: tensor<128x128xf32> {torchtpu.name = "blocks.1.proj.weight"}, %arg19: tensor<128xf32> {torchtpu.name = "blocks.1.proj.bias"}, %arg20: tensor<128xf32> {torchtpu.name = "blocks.1.ln2.weight"}, %arg21: tensor<128xf32> {torchtpu.name = "blocks.1.ln2.bias"}, %arg22: tensor<512x128xf32> {torchtpu.name = "blocks.1.mlp.0.weight"}, %arg23: tensor<512xf32> {torchtpu.name = "blocks.1.mlp.0.bias"}, %arg24: tensor<128x512xf32> {torchtpu.name = "blocks.1.mlp.2.weight"}, %arg25: tensor<128xf32> {torchtpu.name = "blocks.1.mlp.2.bias"}, %arg26: tensor<128xf32> {torchtpu.name = "ln_f.weight"}, %arg27: tensor<128xf32> {torchtpu.name = "ln_f.bias"}, %arg28: tensor<512x128xf32> {torchtpu.name = "head.weight"}, %arg29: tensor<2x16xi64> {torchtpu.name = "ids"}) -> (tensor<2x16x512xf32> {torchtpu.name = "output"}) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %cst_1 = stablehlo.constant dense<0.797884583> : tensor<f32>
    %cst_2 = stablehlo.constant dense<4.471500e-02> : tensor<f32>
    %cst_3 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_4 = stablehlo.constant dense<0.176776692> : tensor<f32>
    %cst_5 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %cst_6 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.iota dim = 0 : tensor<16xi64>
    %1 = stablehlo.convert %arg29 : (tensor<2x16xi64>) -> tensor<2x16xi32>
    %2 = stablehlo.broadcast_in_dim %1, dims = [0, 1] : (tensor<2x16xi32>) -> tensor<2x16x1xi32>
    %3 = "stablehlo.gather"(%arg28, %2) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 128>}> : (tensor<512x128xf32>, tensor<2x16x1xi32>) -> tensor<2x16x128xf32>
    %4 = stablehlo.convert %0 : (tensor<16xi64>) -> tensor<16xi32>
    %5 = stablehlo.broadcast_in_dim %4, dims = [0] : (tensor<16xi32>) -> tensor<16x1xi32>
    %6 = "stablehlo.gather"(%arg1, %5) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 128>}> : (tensor<64x128xf32>, tensor<16x1xi32>) -> tensor<16x128xf32>
    %7 = stablehlo.broadcast_in_dim %6, dims = [1, 2] : (tensor<16x128xf32>) -> tensor<1x16x128xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1, 2] : (tensor<1x16x128xf32>) -> tensor<2x16x128xf32>
    %9 = stablehlo.add %3, %8 : tensor<2x16x128xf32>
    %10 = stablehlo.reduce(%9 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %12 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %13 = stablehlo.divide %11, %12 : tensor<2x16x1xf32>
    %14 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %15 = stablehlo.subtract %9, %14 : tensor<2x16x128xf32>
    %16 = stablehlo.multiply %15, %15 : tensor<2x16x128xf32>
    %17 = stablehlo.reduce(%16 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %18 = stablehlo.broadcast_in_dim %17, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %19 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %20 = stablehlo.divide %18, %19 : tensor<2x16x1xf32>
    %21 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %22 = stablehlo.add %20, %21 : tensor<2x16x1xf32>
    %23 = stablehlo.rsqrt %22 : tensor<2x16x1xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %25 = stablehlo.multiply %15, %24 : tensor<2x16x128xf32>
    %26 = stablehlo.broadcast_in_dim %arg2, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %28 = stablehlo.multiply %25, %27 : tensor<2x16x128xf32>
    %29 = stablehlo.broadcast_in_dim %arg3, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %30 = stablehlo.broadcast_in_dim %29, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %31 = stablehlo.add %28, %30 : tensor<2x16x128xf32>
    %32 = stablehlo.dot_general %31, %arg4, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<384x128xf32>) -> tensor<2x16x384xf32>
    %33 = stablehlo.broadcast_in_dim %arg5, dims = [2] : (tensor<384xf32>) -> tensor<2x16x384xf32>
    %34 = stablehlo.add %32, %33 : tensor<2x16x384xf32>
    %35 = stablehlo.slice %34 [0:2, 0:16, 0:128] : (tensor<2x16x384xf32>) -> tensor<2x16x128xf32>
    %36 = stablehlo.slice %34 [0:2, 0:16, 128:256] : (tensor<2x16x384xf32>) -> tensor<2x16x128xf32>
    %37 = stablehlo.slice %34 [0:2, 0:16, 256:384] : (tensor<2x16x384xf32>) -> tensor<2x16x128xf32>
    %38 = stablehlo.reshape %35 : (tensor<2x16x128xf32>) -> tensor<2x16x4x32xf32>
    %39 = stablehlo.transpose %38, dims = [0, 2, 1, 3] : (tensor<2x16x4x32xf32>) -> tensor<2x4x16x32xf32>
    %40 = stablehlo.reshape %36 : (tensor<2x16x128xf32>) -> tensor<2x16x4x32xf32>
    %41 = stablehlo.transpose %40, dims = [0, 2, 1, 3] : (tensor<2x16x4x32xf32>) -> tensor<2x4x16x32xf32>
    %42 = stablehlo.reshape %37 : (tensor<2x16x128xf32>) -> tensor<2x16x4x32xf32>
    %43 = stablehlo.transpose %42, dims = [0, 2, 1, 3] : (tensor<2x16x4x32xf32>) -> tensor<2x4x16x32xf32>
    %44 = stablehlo.dot_general %39, %41, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<2x4x16x32xf32>, tensor<2x4x16x32xf32>) -> tensor<2x4x16x16xf32>
    %45 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x4x16x16xf32>
    %46 = stablehlo.multiply %44, %45 : tensor<2x4x16x16xf32>
    %47 = stablehlo.iota dim = 0 : tensor<16x16xi32>
    %48 = stablehlo.iota dim = 1 : tensor<16x16xi32>
    %49 = stablehlo.compare LE, %48, %47, SIGNED : (tensor<16x16xi32>, tensor<16x16xi32>) -> tensor<16x16xi1>
    %50 = stablehlo.broadcast_in_dim %49, dims = [2, 3] : (tensor<16x16xi1>) -> tensor<2x4x16x16xi1>
    %51 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<2x4x16x16xf32>
    %52 = stablehlo.select %50, %46, %51 : tensor<2x4x16x16xi1>, tensor<2x4x16x16xf32>
    %53 = stablehlo.reduce(%52 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
    %54 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 2] : (tensor<2x4x16xf32>) -> tensor<2x4x16x1xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2, 3] : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %56 = stablehlo.subtract %52, %55 : tensor<2x4x16x16xf32>
    %57 = stablehlo.exponential %56 : tensor<2x4x16x16xf32>
    %58 = stablehlo.reduce(%57 init: %cst_7) applies stablehlo.add across dimensions = [3] : (tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
    %59 = stablehlo.broadcast_in_dim %58, dims = [0, 1, 2] : (tensor<2x4x16xf32>) -> tensor<2x4x16x1xf32>
    %60 = stablehlo.broadcast_in_dim %59, dims = [0, 1, 2, 3] : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %61 = stablehlo.divide %57, %60 : tensor<2x4x16x16xf32>
    %62 = stablehlo.dot_general %61, %43, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<2x4x16x16xf32>, tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
    %63 = stablehlo.transpose %62, dims = [0, 2, 1, 3] : (tensor<2x4x16x32xf32>) -> tensor<2x16x4x32xf32>
    %64 = stablehlo.reshape %63 : (tensor<2x16x4x32xf32>) -> tensor<2x16x128xf32>
    %65 = stablehlo.dot_general %64, %arg6, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<128x128xf32>) -> tensor<2x16x128xf32>
    %66 = stablehlo.broadcast_in_dim %arg7, dims = [2] : (tensor<128xf32>) -> tensor<2x16x128xf32>
    %67 = stablehlo.add %65, %66 : tensor<2x16x128xf32>
    %68 = stablehlo.add %9, %67 : tensor<2x16x128xf32>
    %69 = stablehlo.reduce(%68 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %71 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %72 = stablehlo.divide %70, %71 : tensor<2x16x1xf32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %74 = stablehlo.subtract %68, %73 : tensor<2x16x128xf32>
    %75 = stablehlo.multiply %74, %74 : tensor<2x16x128xf32>
    %76 = stablehlo.reduce(%75 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %78 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %79 = stablehlo.divide %77, %78 : tensor<2x16x1xf32>
    %80 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %81 = stablehlo.add %79, %80 : tensor<2x16x1xf32>
    %82 = stablehlo.rsqrt %81 : tensor<2x16x1xf32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %84 = stablehlo.multiply %74, %83 : tensor<2x16x128xf32>
    %85 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %86 = stablehlo.broadcast_in_dim %85, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %87 = stablehlo.multiply %84, %86 : tensor<2x16x128xf32>
    %88 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %89 = stablehlo.broadcast_in_dim %88, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %90 = stablehlo.add %87, %89 : tensor<2x16x128xf32>
    %91 = stablehlo.dot_general %90, %arg10, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<512x128xf32>) -> tensor<2x16x512xf32>
    %92 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<512xf32>) -> tensor<2x16x512xf32>
    %93 = stablehlo.add %91, %92 : tensor<2x16x512xf32>
    %94 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %95 = stablehlo.multiply %94, %93 : tensor<2x16x512xf32>
    %96 = stablehlo.multiply %95, %93 : tensor<2x16x512xf32>
    %97 = stablehlo.multiply %96, %93 : tensor<2x16x512xf32>
    %98 = stablehlo.add %93, %97 : tensor<2x16x512xf32>
    %99 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %100 = stablehlo.multiply %99, %98 : tensor<2x16x512xf32>
    %101 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %102 = stablehlo.multiply %101, %93 : tensor<2x16x512xf32>
    %103 = stablehlo.tanh %100 : tensor<2x16x512xf32>
    %104 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %105 = stablehlo.add %104, %103 : tensor<2x16x512xf32>
    %106 = stablehlo.multiply %102, %105 : tensor<2x16x512xf32>
    %107 = stablehlo.dot_general %106, %arg12, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x512xf32>, tensor<128x512xf32>) -> tensor<2x16x128xf32>
    %108 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<128xf32>) -> tensor<2x16x128xf32>
    %109 = stablehlo.add %107, %108 : tensor<2x16x128xf32>
    %110 = stablehlo.add %68, %109 : tensor<2x16x128xf32>
    %111 = stablehlo.reduce(%110 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %112 = stablehlo.broadcast_in_dim %111, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %113 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %114 = stablehlo.divide %112, %113 : tensor<2x16x1xf32>
    %115 = stablehlo.broadcast_in_dim %114, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %116 = stablehlo.subtract %110, %115 : tensor<2x16x128xf32>
    %117 = stablehlo.multiply %116, %116 : tensor<2x16x128xf32>
    %118 = stablehlo.reduce(%117 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %119 = stablehlo.broadcast_in_dim %118, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %120 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %121 = stablehlo.divide %119, %120 : tensor<2x16x1xf32>
    %122 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %123 = stablehlo.add %121, %122 : tensor<2x16x1xf32>
    %124 = stablehlo.rsqrt %123 : tensor<2x16x1xf32>
    %125 = stablehlo.broadcast_in_dim %124, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %126 = stablehlo.multiply %116, %125 : tensor<2x16x128xf32>
    %127 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %128 = stablehlo.broadcast_in_dim %127, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %129 = stablehlo.multiply %126, %128 : tensor<2x16x128xf32>
    %130 = stablehlo.broadcast_in_dim %arg15, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %131 = stablehlo.broadcast_in_dim %130, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %132 = stablehlo.add %129, %131 : tensor<2x16x128xf32>
    %133 = stablehlo.dot_general %132, %arg16, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<384x128xf32>) -> tensor<2x16x384xf32>
    %134 = stablehlo.broadcast_in_dim %arg17, dims = [2] : (tensor<384xf32>) -> tensor<2x16x384xf32>
    %135 = stablehlo.add %133, %134 : tensor<2x16x384xf32>
    %136 = stablehlo.slice %135 [0:2, 0:16, 0:128] : (tensor<2x16x384xf32>) -> tensor<2x16x128xf32>
    %137 = stablehlo.slice %135 [0:2, 0:16, 128:256] : (tensor<2x16x384xf32>) -> tensor<2x16x128xf32>
    %138 = stablehlo.slice %135 [0:2, 0:16, 256:384] : (tensor<2x16x384xf32>) -> tensor<2x16x128xf32>
    %139 = stablehlo.reshape %136 : (tensor<2x16x128xf32>) -> tensor<2x16x4x32xf32>
    %140 = stablehlo.transpose %139, dims = [0, 2, 1, 3] : (tensor<2x16x4x32xf32>) -> tensor<2x4x16x32xf32>
    %141 = stablehlo.reshape %137 : (tensor<2x16x128xf32>) -> tensor<2x16x4x32xf32>
    %142 = stablehlo.transpose %141, dims = [0, 2, 1, 3] : (tensor<2x16x4x32xf32>) -> tensor<2x4x16x32xf32>
    %143 = stablehlo.reshape %138 : (tensor<2x16x128xf32>) -> tensor<2x16x4x32xf32>
    %144 = stablehlo.transpose %143, dims = [0, 2, 1, 3] : (tensor<2x16x4x32xf32>) -> tensor<2x4x16x32xf32>
    %145 = stablehlo.dot_general %140, %142, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<2x4x16x32xf32>, tensor<2x4x16x32xf32>) -> tensor<2x4x16x16xf32>
    %146 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x4x16x16xf32>
    %147 = stablehlo.multiply %145, %146 : tensor<2x4x16x16xf32>
    %148 = stablehlo.iota dim = 0 : tensor<16x16xi32>
    %149 = stablehlo.iota dim = 1 : tensor<16x16xi32>
    %150 = stablehlo.compare LE, %149, %148, SIGNED : (tensor<16x16xi32>, tensor<16x16xi32>) -> tensor<16x16xi1>
    %151 = stablehlo.broadcast_in_dim %150, dims = [2, 3] : (tensor<16x16xi1>) -> tensor<2x4x16x16xi1>
    %152 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<2x4x16x16xf32>
    %153 = stablehlo.select %151, %147, %152 : tensor<2x4x16x16xi1>, tensor<2x4x16x16xf32>
    %154 = stablehlo.reduce(%153 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1, 2] : (tensor<2x4x16xf32>) -> tensor<2x4x16x1xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1, 2, 3] : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %157 = stablehlo.subtract %153, %156 : tensor<2x4x16x16xf32>
    %158 = stablehlo.exponential %157 : tensor<2x4x16x16xf32>
    %159 = stablehlo.reduce(%158 init: %cst_7) applies stablehlo.add across dimensions = [3] : (tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0, 1, 2] : (tensor<2x4x16xf32>) -> tensor<2x4x16x1xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0, 1, 2, 3] : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %162 = stablehlo.divide %158, %161 : tensor<2x4x16x16xf32>
    %163 = stablehlo.dot_general %162, %144, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<2x4x16x16xf32>, tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
    %164 = stablehlo.transpose %163, dims = [0, 2, 1, 3] : (tensor<2x4x16x32xf32>) -> tensor<2x16x4x32xf32>
    %165 = stablehlo.reshape %164 : (tensor<2x16x4x32xf32>) -> tensor<2x16x128xf32>
    %166 = stablehlo.dot_general %165, %arg18, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<128x128xf32>) -> tensor<2x16x128xf32>
    %167 = stablehlo.broadcast_in_dim %arg19, dims = [2] : (tensor<128xf32>) -> tensor<2x16x128xf32>
    %168 = stablehlo.add %166, %167 : tensor<2x16x128xf32>
    %169 = stablehlo.add %110, %168 : tensor<2x16x128xf32>
    %170 = stablehlo.reduce(%169 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %171 = stablehlo.broadcast_in_dim %170, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %172 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %173 = stablehlo.divide %171, %172 : tensor<2x16x1xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %175 = stablehlo.subtract %169, %174 : tensor<2x16x128xf32>
    %176 = stablehlo.multiply %175, %175 : tensor<2x16x128xf32>
    %177 = stablehlo.reduce(%176 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %178 = stablehlo.broadcast_in_dim %177, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %179 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %180 = stablehlo.divide %178, %179 : tensor<2x16x1xf32>
    %181 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %182 = stablehlo.add %180, %181 : tensor<2x16x1xf32>
    %183 = stablehlo.rsqrt %182 : tensor<2x16x1xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %185 = stablehlo.multiply %175, %184 : tensor<2x16x128xf32>
    %186 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %187 = stablehlo.broadcast_in_dim %186, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %188 = stablehlo.multiply %185, %187 : tensor<2x16x128xf32>
    %189 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %191 = stablehlo.add %188, %190 : tensor<2x16x128xf32>
    %192 = stablehlo.dot_general %191, %arg22, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<512x128xf32>) -> tensor<2x16x512xf32>
    %193 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<512xf32>) -> tensor<2x16x512xf32>
    %194 = stablehlo.add %192, %193 : tensor<2x16x512xf32>
    %195 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %196 = stablehlo.multiply %195, %194 : tensor<2x16x512xf32>
    %197 = stablehlo.multiply %196, %194 : tensor<2x16x512xf32>
    %198 = stablehlo.multiply %197, %194 : tensor<2x16x512xf32>
    %199 = stablehlo.add %194, %198 : tensor<2x16x512xf32>
    %200 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %201 = stablehlo.multiply %200, %199 : tensor<2x16x512xf32>
    %202 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %203 = stablehlo.multiply %202, %194 : tensor<2x16x512xf32>
    %204 = stablehlo.tanh %201 : tensor<2x16x512xf32>
    %205 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %206 = stablehlo.add %205, %204 : tensor<2x16x512xf32>
    %207 = stablehlo.multiply %203, %206 : tensor<2x16x512xf32>
    %208 = stablehlo.dot_general %207, %arg24, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x512xf32>, tensor<128x512xf32>) -> tensor<2x16x128xf32>
    %209 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<128xf32>) -> tensor<2x16x128xf32>
    %210 = stablehlo.add %208, %209 : tensor<2x16x128xf32>
    %211 = stablehlo.add %169, %210 : tensor<2x16x128xf32>
    %212 = stablehlo.reduce(%211 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %214 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %215 = stablehlo.divide %213, %214 : tensor<2x16x1xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %217 = stablehlo.subtract %211, %216 : tensor<2x16x128xf32>
    %218 = stablehlo.multiply %217, %217 : tensor<2x16x128xf32>
    %219 = stablehlo.reduce(%218 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %220 = stablehlo.broadcast_in_dim %219, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %221 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %222 = stablehlo.divide %220, %221 : tensor<2x16x1xf32>
    %223 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %224 = stablehlo.add %222, %223 : tensor<2x16x1xf32>
    %225 = stablehlo.rsqrt %224 : tensor<2x16x1xf32>
    %226 = stablehlo.broadcast_in_dim %225, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %227 = stablehlo.multiply %217, %226 : tensor<2x16x128xf32>
    %228 = stablehlo.broadcast_in_dim %arg26, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %229 = stablehlo.broadcast_in_dim %228, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %230 = stablehlo.multiply %227, %229 : tensor<2x16x128xf32>
    %231 = stablehlo.broadcast_in_dim %arg27, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %233 = stablehlo.add %230, %232 : tensor<2x16x128xf32>
    %234 = stablehlo.dot_general %233, %arg28, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<512x128xf32>) -> tensor<2x16x512xf32>
    return %234 : tensor<2x16x512xf32>
  }
}
