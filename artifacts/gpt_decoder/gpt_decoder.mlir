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
    %50 = call @_where(%arg0, %49, %46, %cst_3) : (tensor<i64>, tensor<16x16xi1>, tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16x16xf32>
    %51 = stablehlo.reduce(%50 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
    %52 = stablehlo.broadcast_in_dim %51, dims = [0, 1, 2] : (tensor<2x4x16xf32>) -> tensor<2x4x16x1xf32>
    %53 = stablehlo.broadcast_in_dim %52, dims = [0, 1, 2, 3] : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %54 = stablehlo.subtract %50, %53 : tensor<2x4x16x16xf32>
    %55 = stablehlo.exponential %54 : tensor<2x4x16x16xf32>
    %56 = stablehlo.reduce(%55 init: %cst_7) applies stablehlo.add across dimensions = [3] : (tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2] : (tensor<2x4x16xf32>) -> tensor<2x4x16x1xf32>
    %58 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 2, 3] : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %59 = stablehlo.divide %55, %58 : tensor<2x4x16x16xf32>
    %60 = stablehlo.dot_general %59, %43, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<2x4x16x16xf32>, tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
    %61 = stablehlo.transpose %60, dims = [0, 2, 1, 3] : (tensor<2x4x16x32xf32>) -> tensor<2x16x4x32xf32>
    %62 = stablehlo.reshape %61 : (tensor<2x16x4x32xf32>) -> tensor<2x16x128xf32>
    %63 = stablehlo.dot_general %62, %arg6, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<128x128xf32>) -> tensor<2x16x128xf32>
    %64 = stablehlo.broadcast_in_dim %arg7, dims = [2] : (tensor<128xf32>) -> tensor<2x16x128xf32>
    %65 = stablehlo.add %63, %64 : tensor<2x16x128xf32>
    %66 = stablehlo.add %9, %65 : tensor<2x16x128xf32>
    %67 = stablehlo.reduce(%66 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %68 = stablehlo.broadcast_in_dim %67, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %69 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %70 = stablehlo.divide %68, %69 : tensor<2x16x1xf32>
    %71 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %72 = stablehlo.subtract %66, %71 : tensor<2x16x128xf32>
    %73 = stablehlo.multiply %72, %72 : tensor<2x16x128xf32>
    %74 = stablehlo.reduce(%73 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %76 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %77 = stablehlo.divide %75, %76 : tensor<2x16x1xf32>
    %78 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %79 = stablehlo.add %77, %78 : tensor<2x16x1xf32>
    %80 = stablehlo.rsqrt %79 : tensor<2x16x1xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %82 = stablehlo.multiply %72, %81 : tensor<2x16x128xf32>
    %83 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %85 = stablehlo.multiply %82, %84 : tensor<2x16x128xf32>
    %86 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %88 = stablehlo.add %85, %87 : tensor<2x16x128xf32>
    %89 = stablehlo.dot_general %88, %arg10, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<512x128xf32>) -> tensor<2x16x512xf32>
    %90 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<512xf32>) -> tensor<2x16x512xf32>
    %91 = stablehlo.add %89, %90 : tensor<2x16x512xf32>
    %92 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %93 = stablehlo.multiply %92, %91 : tensor<2x16x512xf32>
    %94 = stablehlo.multiply %93, %91 : tensor<2x16x512xf32>
    %95 = stablehlo.multiply %94, %91 : tensor<2x16x512xf32>
    %96 = stablehlo.add %91, %95 : tensor<2x16x512xf32>
    %97 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %98 = stablehlo.multiply %97, %96 : tensor<2x16x512xf32>
    %99 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %100 = stablehlo.multiply %99, %91 : tensor<2x16x512xf32>
    %101 = stablehlo.tanh %98 : tensor<2x16x512xf32>
    %102 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %103 = stablehlo.add %102, %101 : tensor<2x16x512xf32>
    %104 = stablehlo.multiply %100, %103 : tensor<2x16x512xf32>
    %105 = stablehlo.dot_general %104, %arg12, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x512xf32>, tensor<128x512xf32>) -> tensor<2x16x128xf32>
    %106 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<128xf32>) -> tensor<2x16x128xf32>
    %107 = stablehlo.add %105, %106 : tensor<2x16x128xf32>
    %108 = stablehlo.add %66, %107 : tensor<2x16x128xf32>
    %109 = stablehlo.reduce(%108 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %110 = stablehlo.broadcast_in_dim %109, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %111 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %112 = stablehlo.divide %110, %111 : tensor<2x16x1xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %114 = stablehlo.subtract %108, %113 : tensor<2x16x128xf32>
    %115 = stablehlo.multiply %114, %114 : tensor<2x16x128xf32>
    %116 = stablehlo.reduce(%115 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %117 = stablehlo.broadcast_in_dim %116, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %118 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %119 = stablehlo.divide %117, %118 : tensor<2x16x1xf32>
    %120 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %121 = stablehlo.add %119, %120 : tensor<2x16x1xf32>
    %122 = stablehlo.rsqrt %121 : tensor<2x16x1xf32>
    %123 = stablehlo.broadcast_in_dim %122, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %124 = stablehlo.multiply %114, %123 : tensor<2x16x128xf32>
    %125 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %126 = stablehlo.broadcast_in_dim %125, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %127 = stablehlo.multiply %124, %126 : tensor<2x16x128xf32>
    %128 = stablehlo.broadcast_in_dim %arg15, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %130 = stablehlo.add %127, %129 : tensor<2x16x128xf32>
    %131 = stablehlo.dot_general %130, %arg16, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<384x128xf32>) -> tensor<2x16x384xf32>
    %132 = stablehlo.broadcast_in_dim %arg17, dims = [2] : (tensor<384xf32>) -> tensor<2x16x384xf32>
    %133 = stablehlo.add %131, %132 : tensor<2x16x384xf32>
    %134 = stablehlo.slice %133 [0:2, 0:16, 0:128] : (tensor<2x16x384xf32>) -> tensor<2x16x128xf32>
    %135 = stablehlo.slice %133 [0:2, 0:16, 128:256] : (tensor<2x16x384xf32>) -> tensor<2x16x128xf32>
    %136 = stablehlo.slice %133 [0:2, 0:16, 256:384] : (tensor<2x16x384xf32>) -> tensor<2x16x128xf32>
    %137 = stablehlo.reshape %134 : (tensor<2x16x128xf32>) -> tensor<2x16x4x32xf32>
    %138 = stablehlo.transpose %137, dims = [0, 2, 1, 3] : (tensor<2x16x4x32xf32>) -> tensor<2x4x16x32xf32>
    %139 = stablehlo.reshape %135 : (tensor<2x16x128xf32>) -> tensor<2x16x4x32xf32>
    %140 = stablehlo.transpose %139, dims = [0, 2, 1, 3] : (tensor<2x16x4x32xf32>) -> tensor<2x4x16x32xf32>
    %141 = stablehlo.reshape %136 : (tensor<2x16x128xf32>) -> tensor<2x16x4x32xf32>
    %142 = stablehlo.transpose %141, dims = [0, 2, 1, 3] : (tensor<2x16x4x32xf32>) -> tensor<2x4x16x32xf32>
    %143 = stablehlo.dot_general %138, %140, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<2x4x16x32xf32>, tensor<2x4x16x32xf32>) -> tensor<2x4x16x16xf32>
    %144 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x4x16x16xf32>
    %145 = stablehlo.multiply %143, %144 : tensor<2x4x16x16xf32>
    %146 = stablehlo.iota dim = 0 : tensor<16x16xi32>
    %147 = stablehlo.iota dim = 1 : tensor<16x16xi32>
    %148 = stablehlo.compare LE, %147, %146, SIGNED : (tensor<16x16xi32>, tensor<16x16xi32>) -> tensor<16x16xi1>
    %149 = call @_where(%arg0, %148, %145, %cst_3) : (tensor<i64>, tensor<16x16xi1>, tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16x16xf32>
    %150 = stablehlo.reduce(%149 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
    %151 = stablehlo.broadcast_in_dim %150, dims = [0, 1, 2] : (tensor<2x4x16xf32>) -> tensor<2x4x16x1xf32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [0, 1, 2, 3] : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %153 = stablehlo.subtract %149, %152 : tensor<2x4x16x16xf32>
    %154 = stablehlo.exponential %153 : tensor<2x4x16x16xf32>
    %155 = stablehlo.reduce(%154 init: %cst_7) applies stablehlo.add across dimensions = [3] : (tensor<2x4x16x16xf32>, tensor<f32>) -> tensor<2x4x16xf32>
    %156 = stablehlo.broadcast_in_dim %155, dims = [0, 1, 2] : (tensor<2x4x16xf32>) -> tensor<2x4x16x1xf32>
    %157 = stablehlo.broadcast_in_dim %156, dims = [0, 1, 2, 3] : (tensor<2x4x16x1xf32>) -> tensor<2x4x16x16xf32>
    %158 = stablehlo.divide %154, %157 : tensor<2x4x16x16xf32>
    %159 = stablehlo.dot_general %158, %142, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<2x4x16x16xf32>, tensor<2x4x16x32xf32>) -> tensor<2x4x16x32xf32>
    %160 = stablehlo.transpose %159, dims = [0, 2, 1, 3] : (tensor<2x4x16x32xf32>) -> tensor<2x16x4x32xf32>
    %161 = stablehlo.reshape %160 : (tensor<2x16x4x32xf32>) -> tensor<2x16x128xf32>
    %162 = stablehlo.dot_general %161, %arg18, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<128x128xf32>) -> tensor<2x16x128xf32>
    %163 = stablehlo.broadcast_in_dim %arg19, dims = [2] : (tensor<128xf32>) -> tensor<2x16x128xf32>
    %164 = stablehlo.add %162, %163 : tensor<2x16x128xf32>
    %165 = stablehlo.add %108, %164 : tensor<2x16x128xf32>
    %166 = stablehlo.reduce(%165 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %167 = stablehlo.broadcast_in_dim %166, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %168 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %169 = stablehlo.divide %167, %168 : tensor<2x16x1xf32>
    %170 = stablehlo.broadcast_in_dim %169, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %171 = stablehlo.subtract %165, %170 : tensor<2x16x128xf32>
    %172 = stablehlo.multiply %171, %171 : tensor<2x16x128xf32>
    %173 = stablehlo.reduce(%172 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %175 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %176 = stablehlo.divide %174, %175 : tensor<2x16x1xf32>
    %177 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %178 = stablehlo.add %176, %177 : tensor<2x16x1xf32>
    %179 = stablehlo.rsqrt %178 : tensor<2x16x1xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %181 = stablehlo.multiply %171, %180 : tensor<2x16x128xf32>
    %182 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %184 = stablehlo.multiply %181, %183 : tensor<2x16x128xf32>
    %185 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %187 = stablehlo.add %184, %186 : tensor<2x16x128xf32>
    %188 = stablehlo.dot_general %187, %arg22, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<512x128xf32>) -> tensor<2x16x512xf32>
    %189 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<512xf32>) -> tensor<2x16x512xf32>
    %190 = stablehlo.add %188, %189 : tensor<2x16x512xf32>
    %191 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %192 = stablehlo.multiply %191, %190 : tensor<2x16x512xf32>
    %193 = stablehlo.multiply %192, %190 : tensor<2x16x512xf32>
    %194 = stablehlo.multiply %193, %190 : tensor<2x16x512xf32>
    %195 = stablehlo.add %190, %194 : tensor<2x16x512xf32>
    %196 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %197 = stablehlo.multiply %196, %195 : tensor<2x16x512xf32>
    %198 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %199 = stablehlo.multiply %198, %190 : tensor<2x16x512xf32>
    %200 = stablehlo.tanh %197 : tensor<2x16x512xf32>
    %201 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x16x512xf32>
    %202 = stablehlo.add %201, %200 : tensor<2x16x512xf32>
    %203 = stablehlo.multiply %199, %202 : tensor<2x16x512xf32>
    %204 = stablehlo.dot_general %203, %arg24, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x512xf32>, tensor<128x512xf32>) -> tensor<2x16x128xf32>
    %205 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<128xf32>) -> tensor<2x16x128xf32>
    %206 = stablehlo.add %204, %205 : tensor<2x16x128xf32>
    %207 = stablehlo.add %165, %206 : tensor<2x16x128xf32>
    %208 = stablehlo.reduce(%207 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %209 = stablehlo.broadcast_in_dim %208, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %210 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %211 = stablehlo.divide %209, %210 : tensor<2x16x1xf32>
    %212 = stablehlo.broadcast_in_dim %211, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %213 = stablehlo.subtract %207, %212 : tensor<2x16x128xf32>
    %214 = stablehlo.multiply %213, %213 : tensor<2x16x128xf32>
    %215 = stablehlo.reduce(%214 init: %cst_7) applies stablehlo.add across dimensions = [2] : (tensor<2x16x128xf32>, tensor<f32>) -> tensor<2x16xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1] : (tensor<2x16xf32>) -> tensor<2x16x1xf32>
    %217 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %218 = stablehlo.divide %216, %217 : tensor<2x16x1xf32>
    %219 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<2x16x1xf32>
    %220 = stablehlo.add %218, %219 : tensor<2x16x1xf32>
    %221 = stablehlo.rsqrt %220 : tensor<2x16x1xf32>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2] : (tensor<2x16x1xf32>) -> tensor<2x16x128xf32>
    %223 = stablehlo.multiply %213, %222 : tensor<2x16x128xf32>
    %224 = stablehlo.broadcast_in_dim %arg26, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %225 = stablehlo.broadcast_in_dim %224, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %226 = stablehlo.multiply %223, %225 : tensor<2x16x128xf32>
    %227 = stablehlo.broadcast_in_dim %arg27, dims = [2] : (tensor<128xf32>) -> tensor<1x1x128xf32>
    %228 = stablehlo.broadcast_in_dim %227, dims = [0, 1, 2] : (tensor<1x1x128xf32>) -> tensor<2x16x128xf32>
    %229 = stablehlo.add %226, %228 : tensor<2x16x128xf32>
    %230 = stablehlo.dot_general %229, %arg28, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x16x128xf32>, tensor<512x128xf32>) -> tensor<2x16x512xf32>
    return %230 : tensor<2x16x512xf32>
  }
  func.func private @_where(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<16x16xi1>, %arg2: tensor<2x4x16x16xf32>, %arg3: tensor<f32>) -> tensor<2x4x16x16xf32> {
    %0 = stablehlo.broadcast_in_dim %arg1, dims = [2, 3] : (tensor<16x16xi1>) -> tensor<2x4x16x16xi1>
    %1 = stablehlo.broadcast_in_dim %arg3, dims = [] : (tensor<f32>) -> tensor<2x4x16x16xf32>
    %2 = stablehlo.select %0, %arg2, %1 : tensor<2x4x16x16xi1>, tensor<2x4x16x16xf32>
    return %2 : tensor<2x4x16x16xf32>
  }
}
