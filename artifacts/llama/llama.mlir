module @Llama attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22int64\22,\22name\22:\22ids\22,\22shape\22:[\22batch\22,\22seq\22]}],\22model\22:\22Llama\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22kind\22:\22leaf\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22output\22,\22shape\22:[\22batch\22,\22seq\22,2048]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{\22batch\22:{\22dims\22:[\22ids:0\22],\22max\22:16,\22min\22:1},\22seq\22:{\22dims\22:[\22ids:1\22],\22max\22:256,\22min\22:1}},\22weights\22:{\22file\22:\22llama.safetensors\22,\22inline\22:false,\22sha256\22:\2281ba54f22db5555aef2c61169b01635481404a990609df7556a631dc9e976fd4\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22embed_tokens.weight\22,\22role\22:\22parameter\22,\22shape\22:[2048,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.0.input_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.0.self_attn.q_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.0.self_attn.k_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.0.self_attn.v_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.0.self_attn.o_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.0.post_attention_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.0.mlp.gate_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[704,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.0.mlp.up_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[704,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.0.mlp.down_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,704]},{\22dtype\22:\22float32\22,\22name\22:\22layers.1.input_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.1.self_attn.q_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.1.self_attn.k_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.1.self_attn.v_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.1.self_attn.o_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.1.post_attention_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.1.mlp.gate_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[704,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.1.mlp.up_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[704,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.1.mlp.down_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,704]},{\22dtype\22:\22float32\22,\22name\22:\22layers.2.input_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.2.self_attn.q_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.2.self_attn.k_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.2.self_attn.v_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.2.self_attn.o_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.2.post_attention_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.2.mlp.gate_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[704,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.2.mlp.up_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[704,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.2.mlp.down_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,704]},{\22dtype\22:\22float32\22,\22name\22:\22layers.3.input_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.3.self_attn.q_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.3.self_attn.k_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.3.self_attn.v_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.3.self_attn.o_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.3.post_attention_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.3.mlp.gate_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[704,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.3.mlp.up_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[704,256]},{\22dtype\22:\22float32\22,\22name\22:\22layers.3.mlp.down_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,704]},{\22dtype\22:\22float32\22,\22name\22:\22norm.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22lm_head.weight\22,\22role\22:\22parameter\22,\22shape\22:[2048,256]},{\22dtype\22:\22float32\22,\22name\22:\22inv_freq\22,\22role\22:\22buffer\22,\22shape\22:[16]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<2048x256xf32> {torchtpu.name = "embed_tokens.weight"}, %arg2: tensor<256xf32> {torchtpu.name = "layers.0.input_layernorm.weight"}, %arg3: tensor<256x256xf32> {torchtpu.name = "layers.0.self_attn.q_proj.weight"}, %arg4: tensor<128x256xf32> {torchtpu.name = "layers.0.self_attn.k_proj.weight"}, %arg5: tensor<128x256xf32> {torchtpu.name = "layers.0.self_attn.v_proj.weight"}, %arg6: tensor<256x256xf32> {torchtpu.name = "layers.0.self_attn.o_proj.weight"}, %arg7: tensor<256xf32> {torchtpu.name = "layers.0.post_attention_layernorm.weight"}, %arg8: tensor<704x256xf32> {torchtpu.name = "layers.0.mlp.gate_proj.weight"}, %arg9: tensor<704x256xf32> {torchtpu.name = "layers.0.mlp.up_proj.weight"}, %arg10: tensor<256x704xf32> {torchtpu.name = "layers.0.mlp.down_proj.weight"}, %arg11: tensor<256xf32> {torchtpu.name = "layers.1.input_layernorm.weight"}, %arg12: tensor<256x256xf32> {torchtpu.name = "layers.1.self_attn.q_proj.weight"}, %arg13: tensor<128x256xf32> {torchtpu.name = "layers.1.self_attn.k_proj.weight"}, %arg14: tensor<128x256xf32> {torchtpu.name = "layers.1.self_attn.v_proj.weight"}, %arg15: tensor<256x256xf32> {torchtpu.name = "layers.1.self_attn.o_proj.weight"}, %arg16: tensor<256xf32> {torchtpu.name = "layers.1.post_attention_layernorm.weight"}, %arg17: tensor<704x256xf32> {torchtpu.name = "layers.1.mlp.gate_proj.weight"}, %arg18: tensor<704x256xf32> {torchtpu.name = "layers.1.mlp.up_proj.weight"}, %arg19: tensor<256x704xf32> {torchtpu.name = "layers.1.mlp.down_proj.weight"}, %arg20: tensor<256xf32> {torchtpu.name = "layers.2.input_layernorm.weight"}, %arg21: tensor<256x256xf32> {torchtpu.name = "layers.2.self_attn.q_proj.weight"}, %arg22: tensor<128x256xf32> {torchtpu.name = "layers.2.self_attn.k_proj.weight"}, %arg23: tensor<128x256xf32> {torchtpu.name = "layers.2.self_attn.v_proj.weight"}, %arg24: tensor<256x256xf32> {torchtpu.name = "layers.2.self_attn.o_proj.weight"}, %arg25: tensor<256xf32> {torchtpu.name = "layers.2.post_attention_layernorm.weight"}, %arg26: tensor<704x256xf32> {torchtpu.name = "layers.2.mlp.gate_proj.weight"}, %arg27: tensor<704x256xf32> {torchtpu.name = "layers.2.mlp.up_proj.weight"}, %arg28: tensor<256x704xf32> {torchtpu.name = "layers.2.mlp.down_proj.weight"}, %arg29: tensor<256xf32> {torchtpu.name = "layers.3.input_layernorm.weight"}, %arg30: tensor<256x256xf32> {torchtpu.name = "layers.3.self_attn.q_proj.weight"}, %arg31: tensor<128x256xf32> {torchtpu.name = "layers.3.self_attn.k_proj.weight"}, %arg32: tensor<128x256xf32> {torchtpu.name = "layers.3.self_attn.v_proj.weight"}, %arg33: tensor<256x256xf32> {torchtpu.name = "layers.3.self_attn.o_proj.weight"}, %arg34: tensor<256xf32> {torchtpu.name = "layers.3.post_attention_layernorm.weight"}, %arg35: tensor<704x256xf32> {torchtpu.name = "layers.3.mlp.gate_proj.weight"}, %arg36: tensor<704x256xf32> {torchtpu.name = "layers.3.mlp.up_proj.weight"}, %arg37: tensor<256x704xf32> {torchtpu.name = "layers.3.mlp.down_proj.weight"}, %arg38: tensor<256xf32> {torchtpu.name = "norm.weight"}, %arg39: tensor<2048x256xf32> {torchtpu.name = "lm_head.weight"}, %arg40: tensor<16xf32> {torchtpu.name = "inv_freq"}, %arg41: tensor<?x?xi64> {torchtpu.name = "ids"}) -> (tensor<?x?x2048xf32> {torchtpu.name = "output"}) {
    %c = stablehlo.constant dense<256> : tensor<i64>
    %c_0 = stablehlo.constant dense<16> : tensor<i64>
    %c_1 = stablehlo.constant dense<0> : tensor<i64>
    %c_2 = stablehlo.constant dense<-1> : tensor<i64>
    %c_3 = stablehlo.constant dense<1> : tensor<i64>
    %0 = stablehlo.get_dimension_size %arg41, dim = 0 : (tensor<?x?xi64>) -> tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<i64>
    %2 = stablehlo.get_dimension_size %arg41, dim = 1 : (tensor<?x?xi64>) -> tensor<i32>
    %3 = stablehlo.convert %2 : (tensor<i32>) -> tensor<i64>
    %4 = stablehlo.compare GE, %1, %c_3, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%4, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'batch'. Using the following polymorphic shapes specifications: args[40].shape = (batch, seq). Obtained dimension variables: 'batch' = {0} from specification 'batch' for dimension args[40].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>) -> ()
    %5 = stablehlo.compare GE, %3, %c_3, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%5, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'seq'. Using the following polymorphic shapes specifications: args[40].shape = (batch, seq). Obtained dimension variables: 'batch' = {0} from specification 'batch' for dimension args[40].shape[0] (= {0}), 'seq' = {1} from specification 'seq' for dimension args[40].shape[1] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %6 = stablehlo.convert %1 : tensor<i64>
    %7 = stablehlo.add %6, %c_2 : tensor<i64>
    %8 = stablehlo.compare GE, %7, %c_1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %9 = stablehlo.convert %1 : tensor<i64>
    %10 = stablehlo.add %9, %c_2 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%8, %10, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch >= 1. Expected 'batch - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[40].shape = (batch, seq). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[40].shape[0] (= {1}), 'seq' = {2} from specification 'seq' for dimension args[40].shape[1] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %11 = stablehlo.convert %3 : tensor<i64>
    %12 = stablehlo.add %11, %c_2 : tensor<i64>
    %13 = stablehlo.compare GE, %12, %c_1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %14 = stablehlo.convert %3 : tensor<i64>
    %15 = stablehlo.add %14, %c_2 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%13, %15, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint seq >= 1. Expected 'seq - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[40].shape = (batch, seq). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[40].shape[0] (= {1}), 'seq' = {2} from specification 'seq' for dimension args[40].shape[1] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %16 = stablehlo.convert %1 : tensor<i64>
    %17 = stablehlo.multiply %16, %c_2 : tensor<i64>
    %18 = stablehlo.add %17, %c_0 : tensor<i64>
    %19 = stablehlo.compare GE, %18, %c_1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %20 = stablehlo.convert %1 : tensor<i64>
    %21 = stablehlo.multiply %20, %c_2 : tensor<i64>
    %22 = stablehlo.add %21, %c_0 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%19, %22, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch <= 16. Expected '- batch + 16' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[40].shape = (batch, seq). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[40].shape[0] (= {1}), 'seq' = {2} from specification 'seq' for dimension args[40].shape[1] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %23 = stablehlo.convert %3 : tensor<i64>
    %24 = stablehlo.multiply %23, %c_2 : tensor<i64>
    %25 = stablehlo.add %24, %c : tensor<i64>
    %26 = stablehlo.compare GE, %25, %c_1, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %27 = stablehlo.convert %3 : tensor<i64>
    %28 = stablehlo.multiply %27, %c_2 : tensor<i64>
    %29 = stablehlo.add %28, %c : tensor<i64>
    stablehlo.custom_call @shape_assertion(%26, %29, %1, %3) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint seq <= 256. Expected '- seq + 256' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[40].shape = (batch, seq). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[40].shape[0] (= {1}), 'seq' = {2} from specification 'seq' for dimension args[40].shape[1] (= {2}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>, tensor<i64>) -> ()
    %30 = call @_wrapped_jax_export_main(%arg0, %1, %3, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg32, %arg33, %arg34, %arg35, %arg36, %arg37, %arg38, %arg39, %arg40, %arg41) : (tensor<i64>, tensor<i64>, tensor<i64>, tensor<2048x256xf32>, tensor<256xf32>, tensor<256x256xf32>, tensor<128x256xf32>, tensor<128x256xf32>, tensor<256x256xf32>, tensor<256xf32>, tensor<704x256xf32>, tensor<704x256xf32>, tensor<256x704xf32>, tensor<256xf32>, tensor<256x256xf32>, tensor<128x256xf32>, tensor<128x256xf32>, tensor<256x256xf32>, tensor<256xf32>, tensor<704x256xf32>, tensor<704x256xf32>, tensor<256x704xf32>, tensor<256xf32>, tensor<256x256xf32>, tensor<128x256xf32>, tensor<128x256xf32>, tensor<256x256xf32>, tensor<256xf32>, tensor<704x256xf32>, tensor<704x256xf32>, tensor<256x704xf32>, tensor<256xf32>, tensor<256x256xf32>, tensor<128x256xf32>, tensor<128x256xf32>, tensor<256x256xf32>, tensor<256xf32>, tensor<704x256xf32>, tensor<704x256xf32>, tensor<256x704xf32>, tensor<256xf32>, tensor<2048x256xf32>, tensor<16xf32>, tensor<?x?xi64>) -> tensor<?x?x2048xf32>
    return %30 : tensor<?x?x2048xf32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<i64> {jax.global_constant = "batch"}, %arg2: tensor<i64> {jax.global_constant = "seq"}, %arg3: tensor<2048x256xf32>, %arg4: tensor<256xf32>, %arg5: tensor<256x256xf32>, %arg6: tensor<128x256xf32>, %arg7: tensor<128x256xf32>, %arg8: tensor<256x256xf32>, %arg9: tensor<256xf32>, %arg10: tensor<704x256xf32>, %arg11: tensor<704x256xf32>, %arg12: tensor<256x704xf32>, %arg13: tensor<256xf32>, %arg14: tensor<256x256xf32>, %arg15: tensor<128x256xf32>, %arg16: tensor<128x256xf32>, %arg17: tensor<256x256xf32>, %arg18: tensor<256xf32>, %arg19: tensor<704x256xf32>, %arg20: tensor<704x256xf32>, %arg21: tensor<256x704xf32>, %arg22: tensor<256xf32>, %arg23: tensor<256x256xf32>, %arg24: tensor<128x256xf32>, %arg25: tensor<128x256xf32>, %arg26: tensor<256x256xf32>, %arg27: tensor<256xf32>, %arg28: tensor<704x256xf32>, %arg29: tensor<704x256xf32>, %arg30: tensor<256x704xf32>, %arg31: tensor<256xf32>, %arg32: tensor<256x256xf32>, %arg33: tensor<128x256xf32>, %arg34: tensor<128x256xf32>, %arg35: tensor<256x256xf32>, %arg36: tensor<256xf32>, %arg37: tensor<704x256xf32>, %arg38: tensor<704x256xf32>, %arg39: tensor<256x704xf32>, %arg40: tensor<256xf32>, %arg41: tensor<2048x256xf32>, %arg42: tensor<16xf32>, %arg43: tensor<?x?xi64>) -> (tensor<?x?x2048xf32> {jax.result_info = "result[0]"}) {
    %c = stablehlo.constant dense<704> : tensor<1xi32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_1 = stablehlo.constant dense<0.176776692> : tensor<f32>
    %c_2 = stablehlo.constant dense<2> : tensor<1xi32>
    %c_3 = stablehlo.constant dense<0> : tensor<1xi32>
    %c_4 = stablehlo.constant dense<4> : tensor<1xi32>
    %c_5 = stablehlo.constant dense<32> : tensor<1xi32>
    %c_6 = stablehlo.constant dense<8> : tensor<1xi32>
    %c_7 = stablehlo.constant dense<256> : tensor<1xi32>
    %cst_8 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %cst_9 = stablehlo.constant dense<2.560000e+02> : tensor<f32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_11 = stablehlo.constant dense<16> : tensor<1xi32>
    %c_12 = stablehlo.constant dense<1> : tensor<1xi32>
    %0 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.dynamic_iota %1, dim = 0 : (tensor<1xi32>) -> tensor<?xf32>
    %3 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %4 = stablehlo.reshape %3 : (tensor<i32>) -> tensor<1xi32>
    %5 = stablehlo.concatenate %4, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %6 = stablehlo.dynamic_broadcast_in_dim %2, %5, dims = [0] : (tensor<?xf32>, tensor<2xi32>) -> tensor<?x1xf32>
    %7 = stablehlo.broadcast_in_dim %arg42, dims = [1] : (tensor<16xf32>) -> tensor<1x16xf32>
    %8 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.concatenate %9, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %11 = stablehlo.dynamic_broadcast_in_dim %6, %10, dims = [0, 1] : (tensor<?x1xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %12 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %13, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %7, %14, dims = [0, 1] : (tensor<1x16xf32>, tensor<2xi32>) -> tensor<?x16xf32>
    %16 = stablehlo.multiply %11, %15 : tensor<?x16xf32>
    %17 = stablehlo.concatenate %16, %16, dim = 1 : (tensor<?x16xf32>, tensor<?x16xf32>) -> tensor<?x32xf32>
    %18 = stablehlo.cosine %17 : tensor<?x32xf32>
    %19 = stablehlo.sine %17 : tensor<?x32xf32>
    %20 = stablehlo.convert %arg43 : (tensor<?x?xi64>) -> tensor<?x?xi32>
    %21 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %22 = stablehlo.reshape %21 : (tensor<i32>) -> tensor<1xi32>
    %23 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %24 = stablehlo.reshape %23 : (tensor<i32>) -> tensor<1xi32>
    %25 = stablehlo.concatenate %22, %24, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %26 = stablehlo.dynamic_broadcast_in_dim %20, %25, dims = [0, 1] : (tensor<?x?xi32>, tensor<3xi32>) -> tensor<?x?x1xi32>
    %27 = "stablehlo.gather"(%arg3, %26) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 256>}> : (tensor<2048x256xf32>, tensor<?x?x1xi32>) -> tensor<?x?x256xf32>
    %28 = stablehlo.multiply %27, %27 : tensor<?x?x256xf32>
    %29 = stablehlo.reduce(%28 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %30 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %31 = stablehlo.reshape %30 : (tensor<i32>) -> tensor<1xi32>
    %32 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %33 = stablehlo.reshape %32 : (tensor<i32>) -> tensor<1xi32>
    %34 = stablehlo.concatenate %31, %33, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %35 = stablehlo.dynamic_broadcast_in_dim %29, %34, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %36 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %37 = stablehlo.reshape %36 : (tensor<i32>) -> tensor<1xi32>
    %38 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %39 = stablehlo.reshape %38 : (tensor<i32>) -> tensor<1xi32>
    %40 = stablehlo.concatenate %37, %39, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %41 = stablehlo.dynamic_broadcast_in_dim %cst_9, %40, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %42 = stablehlo.divide %35, %41 : tensor<?x?x1xf32>
    %43 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %44 = stablehlo.reshape %43 : (tensor<i32>) -> tensor<1xi32>
    %45 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %46 = stablehlo.reshape %45 : (tensor<i32>) -> tensor<1xi32>
    %47 = stablehlo.concatenate %44, %46, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %48 = stablehlo.dynamic_broadcast_in_dim %cst_8, %47, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %49 = stablehlo.add %42, %48 : tensor<?x?x1xf32>
    %50 = stablehlo.rsqrt %49 : tensor<?x?x1xf32>
    %51 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %54 = stablehlo.reshape %53 : (tensor<i32>) -> tensor<1xi32>
    %55 = stablehlo.concatenate %52, %54, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %56 = stablehlo.dynamic_broadcast_in_dim %50, %55, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %57 = stablehlo.multiply %27, %56 : tensor<?x?x256xf32>
    %58 = stablehlo.broadcast_in_dim %arg4, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %59 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %60, %62, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %58, %63, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %65 = stablehlo.multiply %64, %57 : tensor<?x?x256xf32>
    %66 = stablehlo.dot_general %65, %arg5, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %67 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.concatenate %68, %70, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %72 = stablehlo.dynamic_reshape %66, %71 : (tensor<?x?x256xf32>, tensor<4xi32>) -> tensor<?x?x8x32xf32>
    %73 = stablehlo.transpose %72, dims = [0, 2, 1, 3] : (tensor<?x?x8x32xf32>) -> tensor<?x8x?x32xf32>
    %74 = stablehlo.dot_general %65, %arg6, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %75 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %76 = stablehlo.reshape %75 : (tensor<i32>) -> tensor<1xi32>
    %77 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.concatenate %76, %78, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %80 = stablehlo.dynamic_reshape %74, %79 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %81 = stablehlo.transpose %80, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %82 = stablehlo.dot_general %65, %arg7, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %83 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %84 = stablehlo.reshape %83 : (tensor<i32>) -> tensor<1xi32>
    %85 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %86 = stablehlo.reshape %85 : (tensor<i32>) -> tensor<1xi32>
    %87 = stablehlo.concatenate %84, %86, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %88 = stablehlo.dynamic_reshape %82, %87 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %89 = stablehlo.transpose %88, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %90 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %c_12, %c_12, %91, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %18, %92, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %94 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %95 = stablehlo.reshape %94 : (tensor<i32>) -> tensor<1xi32>
    %96 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %97 = stablehlo.reshape %96 : (tensor<i32>) -> tensor<1xi32>
    %98 = stablehlo.concatenate %95, %c_6, %97, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %99 = stablehlo.dynamic_broadcast_in_dim %93, %98, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %100 = stablehlo.multiply %73, %99 : tensor<?x8x?x32xf32>
    %101 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %102 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %103 = stablehlo.reshape %102 : (tensor<i32>) -> tensor<1xi32>
    %104 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %105 = stablehlo.reshape %104 : (tensor<i32>) -> tensor<1xi32>
    %106 = stablehlo.concatenate %103, %c_6, %105, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %107 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %108 = stablehlo.real_dynamic_slice %73, %101, %106, %107 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %109 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %110 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %111 = stablehlo.reshape %110 : (tensor<i32>) -> tensor<1xi32>
    %112 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %113 = stablehlo.reshape %112 : (tensor<i32>) -> tensor<1xi32>
    %114 = stablehlo.concatenate %111, %c_6, %113, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %115 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %116 = stablehlo.real_dynamic_slice %73, %109, %114, %115 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %117 = stablehlo.negate %116 : tensor<?x8x?x16xf32>
    %118 = stablehlo.concatenate %117, %108, dim = 3 : (tensor<?x8x?x16xf32>, tensor<?x8x?x16xf32>) -> tensor<?x8x?x32xf32>
    %119 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %c_12, %c_12, %120, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %19, %121, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %123 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %124 = stablehlo.reshape %123 : (tensor<i32>) -> tensor<1xi32>
    %125 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.concatenate %124, %c_6, %126, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %128 = stablehlo.dynamic_broadcast_in_dim %122, %127, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %129 = stablehlo.multiply %118, %128 : tensor<?x8x?x32xf32>
    %130 = stablehlo.add %100, %129 : tensor<?x8x?x32xf32>
    %131 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %132 = stablehlo.reshape %131 : (tensor<i32>) -> tensor<1xi32>
    %133 = stablehlo.concatenate %c_12, %c_12, %132, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %134 = stablehlo.dynamic_broadcast_in_dim %18, %133, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %135 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %136 = stablehlo.reshape %135 : (tensor<i32>) -> tensor<1xi32>
    %137 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %138 = stablehlo.reshape %137 : (tensor<i32>) -> tensor<1xi32>
    %139 = stablehlo.concatenate %136, %c_4, %138, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %140 = stablehlo.dynamic_broadcast_in_dim %134, %139, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %141 = stablehlo.multiply %81, %140 : tensor<?x4x?x32xf32>
    %142 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %143 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %144 = stablehlo.reshape %143 : (tensor<i32>) -> tensor<1xi32>
    %145 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %146 = stablehlo.reshape %145 : (tensor<i32>) -> tensor<1xi32>
    %147 = stablehlo.concatenate %144, %c_4, %146, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %148 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %149 = stablehlo.real_dynamic_slice %81, %142, %147, %148 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %150 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %151 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %152 = stablehlo.reshape %151 : (tensor<i32>) -> tensor<1xi32>
    %153 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %154 = stablehlo.reshape %153 : (tensor<i32>) -> tensor<1xi32>
    %155 = stablehlo.concatenate %152, %c_4, %154, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %156 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %157 = stablehlo.real_dynamic_slice %81, %150, %155, %156 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %158 = stablehlo.negate %157 : tensor<?x4x?x16xf32>
    %159 = stablehlo.concatenate %158, %149, dim = 3 : (tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>) -> tensor<?x4x?x32xf32>
    %160 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %161 = stablehlo.reshape %160 : (tensor<i32>) -> tensor<1xi32>
    %162 = stablehlo.concatenate %c_12, %c_12, %161, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %163 = stablehlo.dynamic_broadcast_in_dim %19, %162, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %164 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %165 = stablehlo.reshape %164 : (tensor<i32>) -> tensor<1xi32>
    %166 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %167 = stablehlo.reshape %166 : (tensor<i32>) -> tensor<1xi32>
    %168 = stablehlo.concatenate %165, %c_4, %167, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %169 = stablehlo.dynamic_broadcast_in_dim %163, %168, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %170 = stablehlo.multiply %159, %169 : tensor<?x4x?x32xf32>
    %171 = stablehlo.add %141, %170 : tensor<?x4x?x32xf32>
    %172 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %173 = stablehlo.reshape %172 : (tensor<i32>) -> tensor<1xi32>
    %174 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %175 = stablehlo.reshape %174 : (tensor<i32>) -> tensor<1xi32>
    %176 = stablehlo.concatenate %173, %c_4, %c_2, %175, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %177 = stablehlo.dynamic_broadcast_in_dim %171, %176, dims = [0, 1, 3, 4] : (tensor<?x4x?x32xf32>, tensor<5xi32>) -> tensor<?x4x2x?x32xf32>
    %178 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %179 = stablehlo.reshape %178 : (tensor<i32>) -> tensor<1xi32>
    %180 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %181 = stablehlo.reshape %180 : (tensor<i32>) -> tensor<1xi32>
    %182 = stablehlo.concatenate %179, %c_6, %181, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %183 = stablehlo.dynamic_reshape %177, %182 : (tensor<?x4x2x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %184 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %185 = stablehlo.reshape %184 : (tensor<i32>) -> tensor<1xi32>
    %186 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %187 = stablehlo.reshape %186 : (tensor<i32>) -> tensor<1xi32>
    %188 = stablehlo.concatenate %185, %c_4, %c_2, %187, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %189 = stablehlo.dynamic_broadcast_in_dim %89, %188, dims = [0, 1, 3, 4] : (tensor<?x4x?x32xf32>, tensor<5xi32>) -> tensor<?x4x2x?x32xf32>
    %190 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %191 = stablehlo.reshape %190 : (tensor<i32>) -> tensor<1xi32>
    %192 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %193 = stablehlo.reshape %192 : (tensor<i32>) -> tensor<1xi32>
    %194 = stablehlo.concatenate %191, %c_6, %193, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %195 = stablehlo.dynamic_reshape %189, %194 : (tensor<?x4x2x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %196 = stablehlo.dot_general %130, %183, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x8x?x32xf32>, tensor<?x8x?x32xf32>) -> tensor<?x8x?x?xf32>
    %197 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %198 = stablehlo.reshape %197 : (tensor<i32>) -> tensor<1xi32>
    %199 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %200 = stablehlo.reshape %199 : (tensor<i32>) -> tensor<1xi32>
    %201 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %202 = stablehlo.reshape %201 : (tensor<i32>) -> tensor<1xi32>
    %203 = stablehlo.concatenate %198, %c_6, %200, %202, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %204 = stablehlo.dynamic_broadcast_in_dim %cst_1, %203, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %205 = stablehlo.multiply %196, %204 : tensor<?x8x?x?xf32>
    %206 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %207 = stablehlo.reshape %206 : (tensor<i32>) -> tensor<1xi32>
    %208 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %209 = stablehlo.reshape %208 : (tensor<i32>) -> tensor<1xi32>
    %210 = stablehlo.concatenate %207, %209, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %211 = stablehlo.dynamic_iota %210, dim = 0 : (tensor<2xi32>) -> tensor<?x?xi32>
    %212 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %213 = stablehlo.reshape %212 : (tensor<i32>) -> tensor<1xi32>
    %214 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %215 = stablehlo.reshape %214 : (tensor<i32>) -> tensor<1xi32>
    %216 = stablehlo.concatenate %213, %215, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %217 = stablehlo.dynamic_iota %216, dim = 1 : (tensor<2xi32>) -> tensor<?x?xi32>
    %218 = stablehlo.compare LE, %217, %211, SIGNED : (tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi1>
    %219 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %220 = stablehlo.reshape %219 : (tensor<i32>) -> tensor<1xi32>
    %221 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %222 = stablehlo.reshape %221 : (tensor<i32>) -> tensor<1xi32>
    %223 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %224 = stablehlo.reshape %223 : (tensor<i32>) -> tensor<1xi32>
    %225 = stablehlo.concatenate %220, %c_6, %222, %224, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %226 = stablehlo.dynamic_broadcast_in_dim %218, %225, dims = [2, 3] : (tensor<?x?xi1>, tensor<4xi32>) -> tensor<?x8x?x?xi1>
    %227 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %228 = stablehlo.reshape %227 : (tensor<i32>) -> tensor<1xi32>
    %229 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %230 = stablehlo.reshape %229 : (tensor<i32>) -> tensor<1xi32>
    %231 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %232 = stablehlo.reshape %231 : (tensor<i32>) -> tensor<1xi32>
    %233 = stablehlo.concatenate %228, %c_6, %230, %232, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %234 = stablehlo.dynamic_broadcast_in_dim %cst_0, %233, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %235 = stablehlo.select %226, %205, %234 : tensor<?x8x?x?xi1>, tensor<?x8x?x?xf32>
    %236 = stablehlo.reduce(%235 init: %cst_0) applies stablehlo.maximum across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %237 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %238 = stablehlo.reshape %237 : (tensor<i32>) -> tensor<1xi32>
    %239 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %240 = stablehlo.reshape %239 : (tensor<i32>) -> tensor<1xi32>
    %241 = stablehlo.concatenate %238, %c_6, %240, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %242 = stablehlo.dynamic_broadcast_in_dim %236, %241, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %243 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %244 = stablehlo.reshape %243 : (tensor<i32>) -> tensor<1xi32>
    %245 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %246 = stablehlo.reshape %245 : (tensor<i32>) -> tensor<1xi32>
    %247 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %248 = stablehlo.reshape %247 : (tensor<i32>) -> tensor<1xi32>
    %249 = stablehlo.concatenate %244, %c_6, %246, %248, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %250 = stablehlo.dynamic_broadcast_in_dim %242, %249, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %251 = stablehlo.subtract %235, %250 : tensor<?x8x?x?xf32>
    %252 = stablehlo.exponential %251 : tensor<?x8x?x?xf32>
    %253 = stablehlo.reduce(%252 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %254 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %255 = stablehlo.reshape %254 : (tensor<i32>) -> tensor<1xi32>
    %256 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %257 = stablehlo.reshape %256 : (tensor<i32>) -> tensor<1xi32>
    %258 = stablehlo.concatenate %255, %c_6, %257, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %259 = stablehlo.dynamic_broadcast_in_dim %253, %258, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %260 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %261 = stablehlo.reshape %260 : (tensor<i32>) -> tensor<1xi32>
    %262 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %263 = stablehlo.reshape %262 : (tensor<i32>) -> tensor<1xi32>
    %264 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %265 = stablehlo.reshape %264 : (tensor<i32>) -> tensor<1xi32>
    %266 = stablehlo.concatenate %261, %c_6, %263, %265, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %267 = stablehlo.dynamic_broadcast_in_dim %259, %266, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %268 = stablehlo.divide %252, %267 : tensor<?x8x?x?xf32>
    %269 = stablehlo.dot_general %268, %195, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x8x?x?xf32>, tensor<?x8x?x32xf32>) -> tensor<?x8x?x32xf32>
    %270 = stablehlo.transpose %269, dims = [0, 2, 1, 3] : (tensor<?x8x?x32xf32>) -> tensor<?x?x8x32xf32>
    %271 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %272 = stablehlo.reshape %271 : (tensor<i32>) -> tensor<1xi32>
    %273 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %274 = stablehlo.reshape %273 : (tensor<i32>) -> tensor<1xi32>
    %275 = stablehlo.concatenate %272, %274, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %276 = stablehlo.dynamic_reshape %270, %275 : (tensor<?x?x8x32xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %277 = stablehlo.dot_general %276, %arg8, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %278 = stablehlo.add %27, %277 : tensor<?x?x256xf32>
    %279 = stablehlo.multiply %278, %278 : tensor<?x?x256xf32>
    %280 = stablehlo.reduce(%279 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %281 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %282 = stablehlo.reshape %281 : (tensor<i32>) -> tensor<1xi32>
    %283 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %284 = stablehlo.reshape %283 : (tensor<i32>) -> tensor<1xi32>
    %285 = stablehlo.concatenate %282, %284, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %286 = stablehlo.dynamic_broadcast_in_dim %280, %285, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %287 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %288 = stablehlo.reshape %287 : (tensor<i32>) -> tensor<1xi32>
    %289 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %290 = stablehlo.reshape %289 : (tensor<i32>) -> tensor<1xi32>
    %291 = stablehlo.concatenate %288, %290, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %292 = stablehlo.dynamic_broadcast_in_dim %cst_9, %291, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %293 = stablehlo.divide %286, %292 : tensor<?x?x1xf32>
    %294 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %295 = stablehlo.reshape %294 : (tensor<i32>) -> tensor<1xi32>
    %296 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %297 = stablehlo.reshape %296 : (tensor<i32>) -> tensor<1xi32>
    %298 = stablehlo.concatenate %295, %297, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %299 = stablehlo.dynamic_broadcast_in_dim %cst_8, %298, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %300 = stablehlo.add %293, %299 : tensor<?x?x1xf32>
    %301 = stablehlo.rsqrt %300 : tensor<?x?x1xf32>
    %302 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %303 = stablehlo.reshape %302 : (tensor<i32>) -> tensor<1xi32>
    %304 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %305 = stablehlo.reshape %304 : (tensor<i32>) -> tensor<1xi32>
    %306 = stablehlo.concatenate %303, %305, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %307 = stablehlo.dynamic_broadcast_in_dim %301, %306, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %308 = stablehlo.multiply %278, %307 : tensor<?x?x256xf32>
    %309 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %310 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %311 = stablehlo.reshape %310 : (tensor<i32>) -> tensor<1xi32>
    %312 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %313 = stablehlo.reshape %312 : (tensor<i32>) -> tensor<1xi32>
    %314 = stablehlo.concatenate %311, %313, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %315 = stablehlo.dynamic_broadcast_in_dim %309, %314, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %316 = stablehlo.multiply %315, %308 : tensor<?x?x256xf32>
    %317 = stablehlo.dot_general %316, %arg10, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %318 = stablehlo.negate %317 : tensor<?x?x704xf32>
    %319 = stablehlo.exponential %318 : tensor<?x?x704xf32>
    %320 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %321 = stablehlo.reshape %320 : (tensor<i32>) -> tensor<1xi32>
    %322 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %323 = stablehlo.reshape %322 : (tensor<i32>) -> tensor<1xi32>
    %324 = stablehlo.concatenate %321, %323, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %325 = stablehlo.dynamic_broadcast_in_dim %cst, %324, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %326 = stablehlo.add %325, %319 : tensor<?x?x704xf32>
    %327 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %328 = stablehlo.reshape %327 : (tensor<i32>) -> tensor<1xi32>
    %329 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %330 = stablehlo.reshape %329 : (tensor<i32>) -> tensor<1xi32>
    %331 = stablehlo.concatenate %328, %330, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %332 = stablehlo.dynamic_broadcast_in_dim %cst, %331, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %333 = stablehlo.divide %332, %326 : tensor<?x?x704xf32>
    %334 = stablehlo.multiply %317, %333 : tensor<?x?x704xf32>
    %335 = stablehlo.dot_general %316, %arg11, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %336 = stablehlo.multiply %334, %335 : tensor<?x?x704xf32>
    %337 = stablehlo.dot_general %336, %arg12, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x704xf32>, tensor<256x704xf32>) -> tensor<?x?x256xf32>
    %338 = stablehlo.add %278, %337 : tensor<?x?x256xf32>
    %339 = stablehlo.multiply %338, %338 : tensor<?x?x256xf32>
    %340 = stablehlo.reduce(%339 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %341 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %342 = stablehlo.reshape %341 : (tensor<i32>) -> tensor<1xi32>
    %343 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %344 = stablehlo.reshape %343 : (tensor<i32>) -> tensor<1xi32>
    %345 = stablehlo.concatenate %342, %344, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %346 = stablehlo.dynamic_broadcast_in_dim %340, %345, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %347 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %348 = stablehlo.reshape %347 : (tensor<i32>) -> tensor<1xi32>
    %349 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %350 = stablehlo.reshape %349 : (tensor<i32>) -> tensor<1xi32>
    %351 = stablehlo.concatenate %348, %350, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %352 = stablehlo.dynamic_broadcast_in_dim %cst_9, %351, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %353 = stablehlo.divide %346, %352 : tensor<?x?x1xf32>
    %354 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %355 = stablehlo.reshape %354 : (tensor<i32>) -> tensor<1xi32>
    %356 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %357 = stablehlo.reshape %356 : (tensor<i32>) -> tensor<1xi32>
    %358 = stablehlo.concatenate %355, %357, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %359 = stablehlo.dynamic_broadcast_in_dim %cst_8, %358, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %360 = stablehlo.add %353, %359 : tensor<?x?x1xf32>
    %361 = stablehlo.rsqrt %360 : tensor<?x?x1xf32>
    %362 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %363 = stablehlo.reshape %362 : (tensor<i32>) -> tensor<1xi32>
    %364 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %365 = stablehlo.reshape %364 : (tensor<i32>) -> tensor<1xi32>
    %366 = stablehlo.concatenate %363, %365, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %367 = stablehlo.dynamic_broadcast_in_dim %361, %366, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %368 = stablehlo.multiply %338, %367 : tensor<?x?x256xf32>
    %369 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %370 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %371 = stablehlo.reshape %370 : (tensor<i32>) -> tensor<1xi32>
    %372 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %373 = stablehlo.reshape %372 : (tensor<i32>) -> tensor<1xi32>
    %374 = stablehlo.concatenate %371, %373, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %375 = stablehlo.dynamic_broadcast_in_dim %369, %374, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %376 = stablehlo.multiply %375, %368 : tensor<?x?x256xf32>
    %377 = stablehlo.dot_general %376, %arg14, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %378 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %379 = stablehlo.reshape %378 : (tensor<i32>) -> tensor<1xi32>
    %380 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %381 = stablehlo.reshape %380 : (tensor<i32>) -> tensor<1xi32>
    %382 = stablehlo.concatenate %379, %381, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %383 = stablehlo.dynamic_reshape %377, %382 : (tensor<?x?x256xf32>, tensor<4xi32>) -> tensor<?x?x8x32xf32>
    %384 = stablehlo.transpose %383, dims = [0, 2, 1, 3] : (tensor<?x?x8x32xf32>) -> tensor<?x8x?x32xf32>
    %385 = stablehlo.dot_general %376, %arg15, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %386 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %387 = stablehlo.reshape %386 : (tensor<i32>) -> tensor<1xi32>
    %388 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %389 = stablehlo.reshape %388 : (tensor<i32>) -> tensor<1xi32>
    %390 = stablehlo.concatenate %387, %389, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %391 = stablehlo.dynamic_reshape %385, %390 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %392 = stablehlo.transpose %391, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %393 = stablehlo.dot_general %376, %arg16, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %394 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %395 = stablehlo.reshape %394 : (tensor<i32>) -> tensor<1xi32>
    %396 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %397 = stablehlo.reshape %396 : (tensor<i32>) -> tensor<1xi32>
    %398 = stablehlo.concatenate %395, %397, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %399 = stablehlo.dynamic_reshape %393, %398 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %400 = stablehlo.transpose %399, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %401 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %402 = stablehlo.reshape %401 : (tensor<i32>) -> tensor<1xi32>
    %403 = stablehlo.concatenate %c_12, %c_12, %402, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %404 = stablehlo.dynamic_broadcast_in_dim %18, %403, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %405 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %406 = stablehlo.reshape %405 : (tensor<i32>) -> tensor<1xi32>
    %407 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %408 = stablehlo.reshape %407 : (tensor<i32>) -> tensor<1xi32>
    %409 = stablehlo.concatenate %406, %c_6, %408, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %410 = stablehlo.dynamic_broadcast_in_dim %404, %409, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %411 = stablehlo.multiply %384, %410 : tensor<?x8x?x32xf32>
    %412 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %413 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %414 = stablehlo.reshape %413 : (tensor<i32>) -> tensor<1xi32>
    %415 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %416 = stablehlo.reshape %415 : (tensor<i32>) -> tensor<1xi32>
    %417 = stablehlo.concatenate %414, %c_6, %416, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %418 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %419 = stablehlo.real_dynamic_slice %384, %412, %417, %418 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %420 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %421 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %422 = stablehlo.reshape %421 : (tensor<i32>) -> tensor<1xi32>
    %423 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %424 = stablehlo.reshape %423 : (tensor<i32>) -> tensor<1xi32>
    %425 = stablehlo.concatenate %422, %c_6, %424, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %426 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %427 = stablehlo.real_dynamic_slice %384, %420, %425, %426 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %428 = stablehlo.negate %427 : tensor<?x8x?x16xf32>
    %429 = stablehlo.concatenate %428, %419, dim = 3 : (tensor<?x8x?x16xf32>, tensor<?x8x?x16xf32>) -> tensor<?x8x?x32xf32>
    %430 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %431 = stablehlo.reshape %430 : (tensor<i32>) -> tensor<1xi32>
    %432 = stablehlo.concatenate %c_12, %c_12, %431, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %433 = stablehlo.dynamic_broadcast_in_dim %19, %432, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %434 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %435 = stablehlo.reshape %434 : (tensor<i32>) -> tensor<1xi32>
    %436 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %437 = stablehlo.reshape %436 : (tensor<i32>) -> tensor<1xi32>
    %438 = stablehlo.concatenate %435, %c_6, %437, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %439 = stablehlo.dynamic_broadcast_in_dim %433, %438, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %440 = stablehlo.multiply %429, %439 : tensor<?x8x?x32xf32>
    %441 = stablehlo.add %411, %440 : tensor<?x8x?x32xf32>
    %442 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %443 = stablehlo.reshape %442 : (tensor<i32>) -> tensor<1xi32>
    %444 = stablehlo.concatenate %c_12, %c_12, %443, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %445 = stablehlo.dynamic_broadcast_in_dim %18, %444, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %446 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %447 = stablehlo.reshape %446 : (tensor<i32>) -> tensor<1xi32>
    %448 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %449 = stablehlo.reshape %448 : (tensor<i32>) -> tensor<1xi32>
    %450 = stablehlo.concatenate %447, %c_4, %449, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %451 = stablehlo.dynamic_broadcast_in_dim %445, %450, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %452 = stablehlo.multiply %392, %451 : tensor<?x4x?x32xf32>
    %453 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %454 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %455 = stablehlo.reshape %454 : (tensor<i32>) -> tensor<1xi32>
    %456 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %457 = stablehlo.reshape %456 : (tensor<i32>) -> tensor<1xi32>
    %458 = stablehlo.concatenate %455, %c_4, %457, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %459 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %460 = stablehlo.real_dynamic_slice %392, %453, %458, %459 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %461 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %462 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %463 = stablehlo.reshape %462 : (tensor<i32>) -> tensor<1xi32>
    %464 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %465 = stablehlo.reshape %464 : (tensor<i32>) -> tensor<1xi32>
    %466 = stablehlo.concatenate %463, %c_4, %465, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %467 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %468 = stablehlo.real_dynamic_slice %392, %461, %466, %467 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %469 = stablehlo.negate %468 : tensor<?x4x?x16xf32>
    %470 = stablehlo.concatenate %469, %460, dim = 3 : (tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>) -> tensor<?x4x?x32xf32>
    %471 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %472 = stablehlo.reshape %471 : (tensor<i32>) -> tensor<1xi32>
    %473 = stablehlo.concatenate %c_12, %c_12, %472, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %474 = stablehlo.dynamic_broadcast_in_dim %19, %473, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %475 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %476 = stablehlo.reshape %475 : (tensor<i32>) -> tensor<1xi32>
    %477 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %478 = stablehlo.reshape %477 : (tensor<i32>) -> tensor<1xi32>
    %479 = stablehlo.concatenate %476, %c_4, %478, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %480 = stablehlo.dynamic_broadcast_in_dim %474, %479, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %481 = stablehlo.multiply %470, %480 : tensor<?x4x?x32xf32>
    %482 = stablehlo.add %452, %481 : tensor<?x4x?x32xf32>
    %483 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %484 = stablehlo.reshape %483 : (tensor<i32>) -> tensor<1xi32>
    %485 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %486 = stablehlo.reshape %485 : (tensor<i32>) -> tensor<1xi32>
    %487 = stablehlo.concatenate %484, %c_4, %c_2, %486, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %488 = stablehlo.dynamic_broadcast_in_dim %482, %487, dims = [0, 1, 3, 4] : (tensor<?x4x?x32xf32>, tensor<5xi32>) -> tensor<?x4x2x?x32xf32>
    %489 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %490 = stablehlo.reshape %489 : (tensor<i32>) -> tensor<1xi32>
    %491 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %492 = stablehlo.reshape %491 : (tensor<i32>) -> tensor<1xi32>
    %493 = stablehlo.concatenate %490, %c_6, %492, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %494 = stablehlo.dynamic_reshape %488, %493 : (tensor<?x4x2x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %495 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %496 = stablehlo.reshape %495 : (tensor<i32>) -> tensor<1xi32>
    %497 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %498 = stablehlo.reshape %497 : (tensor<i32>) -> tensor<1xi32>
    %499 = stablehlo.concatenate %496, %c_4, %c_2, %498, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %500 = stablehlo.dynamic_broadcast_in_dim %400, %499, dims = [0, 1, 3, 4] : (tensor<?x4x?x32xf32>, tensor<5xi32>) -> tensor<?x4x2x?x32xf32>
    %501 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %502 = stablehlo.reshape %501 : (tensor<i32>) -> tensor<1xi32>
    %503 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %504 = stablehlo.reshape %503 : (tensor<i32>) -> tensor<1xi32>
    %505 = stablehlo.concatenate %502, %c_6, %504, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %506 = stablehlo.dynamic_reshape %500, %505 : (tensor<?x4x2x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %507 = stablehlo.dot_general %441, %494, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x8x?x32xf32>, tensor<?x8x?x32xf32>) -> tensor<?x8x?x?xf32>
    %508 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %509 = stablehlo.reshape %508 : (tensor<i32>) -> tensor<1xi32>
    %510 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %511 = stablehlo.reshape %510 : (tensor<i32>) -> tensor<1xi32>
    %512 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %513 = stablehlo.reshape %512 : (tensor<i32>) -> tensor<1xi32>
    %514 = stablehlo.concatenate %509, %c_6, %511, %513, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %515 = stablehlo.dynamic_broadcast_in_dim %cst_1, %514, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %516 = stablehlo.multiply %507, %515 : tensor<?x8x?x?xf32>
    %517 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %518 = stablehlo.reshape %517 : (tensor<i32>) -> tensor<1xi32>
    %519 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %520 = stablehlo.reshape %519 : (tensor<i32>) -> tensor<1xi32>
    %521 = stablehlo.concatenate %518, %520, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %522 = stablehlo.dynamic_iota %521, dim = 0 : (tensor<2xi32>) -> tensor<?x?xi32>
    %523 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %524 = stablehlo.reshape %523 : (tensor<i32>) -> tensor<1xi32>
    %525 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %526 = stablehlo.reshape %525 : (tensor<i32>) -> tensor<1xi32>
    %527 = stablehlo.concatenate %524, %526, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %528 = stablehlo.dynamic_iota %527, dim = 1 : (tensor<2xi32>) -> tensor<?x?xi32>
    %529 = stablehlo.compare LE, %528, %522, SIGNED : (tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi1>
    %530 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %531 = stablehlo.reshape %530 : (tensor<i32>) -> tensor<1xi32>
    %532 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %533 = stablehlo.reshape %532 : (tensor<i32>) -> tensor<1xi32>
    %534 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %535 = stablehlo.reshape %534 : (tensor<i32>) -> tensor<1xi32>
    %536 = stablehlo.concatenate %531, %c_6, %533, %535, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %537 = stablehlo.dynamic_broadcast_in_dim %529, %536, dims = [2, 3] : (tensor<?x?xi1>, tensor<4xi32>) -> tensor<?x8x?x?xi1>
    %538 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %539 = stablehlo.reshape %538 : (tensor<i32>) -> tensor<1xi32>
    %540 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %541 = stablehlo.reshape %540 : (tensor<i32>) -> tensor<1xi32>
    %542 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %543 = stablehlo.reshape %542 : (tensor<i32>) -> tensor<1xi32>
    %544 = stablehlo.concatenate %539, %c_6, %541, %543, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %545 = stablehlo.dynamic_broadcast_in_dim %cst_0, %544, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %546 = stablehlo.select %537, %516, %545 : tensor<?x8x?x?xi1>, tensor<?x8x?x?xf32>
    %547 = stablehlo.reduce(%546 init: %cst_0) applies stablehlo.maximum across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %548 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %549 = stablehlo.reshape %548 : (tensor<i32>) -> tensor<1xi32>
    %550 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %551 = stablehlo.reshape %550 : (tensor<i32>) -> tensor<1xi32>
    %552 = stablehlo.concatenate %549, %c_6, %551, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %553 = stablehlo.dynamic_broadcast_in_dim %547, %552, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %554 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %555 = stablehlo.reshape %554 : (tensor<i32>) -> tensor<1xi32>
    %556 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %557 = stablehlo.reshape %556 : (tensor<i32>) -> tensor<1xi32>
    %558 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %559 = stablehlo.reshape %558 : (tensor<i32>) -> tensor<1xi32>
    %560 = stablehlo.concatenate %555, %c_6, %557, %559, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %561 = stablehlo.dynamic_broadcast_in_dim %553, %560, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %562 = stablehlo.subtract %546, %561 : tensor<?x8x?x?xf32>
    %563 = stablehlo.exponential %562 : tensor<?x8x?x?xf32>
    %564 = stablehlo.reduce(%563 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %565 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %566 = stablehlo.reshape %565 : (tensor<i32>) -> tensor<1xi32>
    %567 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %568 = stablehlo.reshape %567 : (tensor<i32>) -> tensor<1xi32>
    %569 = stablehlo.concatenate %566, %c_6, %568, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %570 = stablehlo.dynamic_broadcast_in_dim %564, %569, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %571 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %572 = stablehlo.reshape %571 : (tensor<i32>) -> tensor<1xi32>
    %573 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %574 = stablehlo.reshape %573 : (tensor<i32>) -> tensor<1xi32>
    %575 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %576 = stablehlo.reshape %575 : (tensor<i32>) -> tensor<1xi32>
    %577 = stablehlo.concatenate %572, %c_6, %574, %576, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %578 = stablehlo.dynamic_broadcast_in_dim %570, %577, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %579 = stablehlo.divide %563, %578 : tensor<?x8x?x?xf32>
    %580 = stablehlo.dot_general %579, %506, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x8x?x?xf32>, tensor<?x8x?x32xf32>) -> tensor<?x8x?x32xf32>
    %581 = stablehlo.transpose %580, dims = [0, 2, 1, 3] : (tensor<?x8x?x32xf32>) -> tensor<?x?x8x32xf32>
    %582 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %583 = stablehlo.reshape %582 : (tensor<i32>) -> tensor<1xi32>
    %584 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %585 = stablehlo.reshape %584 : (tensor<i32>) -> tensor<1xi32>
    %586 = stablehlo.concatenate %583, %585, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %587 = stablehlo.dynamic_reshape %581, %586 : (tensor<?x?x8x32xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %588 = stablehlo.dot_general %587, %arg17, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %589 = stablehlo.add %338, %588 : tensor<?x?x256xf32>
    %590 = stablehlo.multiply %589, %589 : tensor<?x?x256xf32>
    %591 = stablehlo.reduce(%590 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %592 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %593 = stablehlo.reshape %592 : (tensor<i32>) -> tensor<1xi32>
    %594 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %595 = stablehlo.reshape %594 : (tensor<i32>) -> tensor<1xi32>
    %596 = stablehlo.concatenate %593, %595, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %597 = stablehlo.dynamic_broadcast_in_dim %591, %596, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %598 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %599 = stablehlo.reshape %598 : (tensor<i32>) -> tensor<1xi32>
    %600 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %601 = stablehlo.reshape %600 : (tensor<i32>) -> tensor<1xi32>
    %602 = stablehlo.concatenate %599, %601, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %603 = stablehlo.dynamic_broadcast_in_dim %cst_9, %602, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %604 = stablehlo.divide %597, %603 : tensor<?x?x1xf32>
    %605 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %606 = stablehlo.reshape %605 : (tensor<i32>) -> tensor<1xi32>
    %607 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %608 = stablehlo.reshape %607 : (tensor<i32>) -> tensor<1xi32>
    %609 = stablehlo.concatenate %606, %608, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %610 = stablehlo.dynamic_broadcast_in_dim %cst_8, %609, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %611 = stablehlo.add %604, %610 : tensor<?x?x1xf32>
    %612 = stablehlo.rsqrt %611 : tensor<?x?x1xf32>
    %613 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %614 = stablehlo.reshape %613 : (tensor<i32>) -> tensor<1xi32>
    %615 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %616 = stablehlo.reshape %615 : (tensor<i32>) -> tensor<1xi32>
    %617 = stablehlo.concatenate %614, %616, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %618 = stablehlo.dynamic_broadcast_in_dim %612, %617, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %619 = stablehlo.multiply %589, %618 : tensor<?x?x256xf32>
    %620 = stablehlo.broadcast_in_dim %arg18, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %621 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %622 = stablehlo.reshape %621 : (tensor<i32>) -> tensor<1xi32>
    %623 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %624 = stablehlo.reshape %623 : (tensor<i32>) -> tensor<1xi32>
    %625 = stablehlo.concatenate %622, %624, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %626 = stablehlo.dynamic_broadcast_in_dim %620, %625, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %627 = stablehlo.multiply %626, %619 : tensor<?x?x256xf32>
    %628 = stablehlo.dot_general %627, %arg19, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %629 = stablehlo.negate %628 : tensor<?x?x704xf32>
    %630 = stablehlo.exponential %629 : tensor<?x?x704xf32>
    %631 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %632 = stablehlo.reshape %631 : (tensor<i32>) -> tensor<1xi32>
    %633 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %634 = stablehlo.reshape %633 : (tensor<i32>) -> tensor<1xi32>
    %635 = stablehlo.concatenate %632, %634, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %636 = stablehlo.dynamic_broadcast_in_dim %cst, %635, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %637 = stablehlo.add %636, %630 : tensor<?x?x704xf32>
    %638 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %639 = stablehlo.reshape %638 : (tensor<i32>) -> tensor<1xi32>
    %640 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %641 = stablehlo.reshape %640 : (tensor<i32>) -> tensor<1xi32>
    %642 = stablehlo.concatenate %639, %641, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %643 = stablehlo.dynamic_broadcast_in_dim %cst, %642, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %644 = stablehlo.divide %643, %637 : tensor<?x?x704xf32>
    %645 = stablehlo.multiply %628, %644 : tensor<?x?x704xf32>
    %646 = stablehlo.dot_general %627, %arg20, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %647 = stablehlo.multiply %645, %646 : tensor<?x?x704xf32>
    %648 = stablehlo.dot_general %647, %arg21, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x704xf32>, tensor<256x704xf32>) -> tensor<?x?x256xf32>
    %649 = stablehlo.add %589, %648 : tensor<?x?x256xf32>
    %650 = stablehlo.multiply %649, %649 : tensor<?x?x256xf32>
    %651 = stablehlo.reduce(%650 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %652 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %653 = stablehlo.reshape %652 : (tensor<i32>) -> tensor<1xi32>
    %654 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %655 = stablehlo.reshape %654 : (tensor<i32>) -> tensor<1xi32>
    %656 = stablehlo.concatenate %653, %655, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %657 = stablehlo.dynamic_broadcast_in_dim %651, %656, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %658 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %659 = stablehlo.reshape %658 : (tensor<i32>) -> tensor<1xi32>
    %660 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %661 = stablehlo.reshape %660 : (tensor<i32>) -> tensor<1xi32>
    %662 = stablehlo.concatenate %659, %661, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %663 = stablehlo.dynamic_broadcast_in_dim %cst_9, %662, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %664 = stablehlo.divide %657, %663 : tensor<?x?x1xf32>
    %665 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %666 = stablehlo.reshape %665 : (tensor<i32>) -> tensor<1xi32>
    %667 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %668 = stablehlo.reshape %667 : (tensor<i32>) -> tensor<1xi32>
    %669 = stablehlo.concatenate %666, %668, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %670 = stablehlo.dynamic_broadcast_in_dim %cst_8, %669, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %671 = stablehlo.add %664, %670 : tensor<?x?x1xf32>
    %672 = stablehlo.rsqrt %671 : tensor<?x?x1xf32>
    %673 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %674 = stablehlo.reshape %673 : (tensor<i32>) -> tensor<1xi32>
    %675 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %676 = stablehlo.reshape %675 : (tensor<i32>) -> tensor<1xi32>
    %677 = stablehlo.concatenate %674, %676, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %678 = stablehlo.dynamic_broadcast_in_dim %672, %677, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %679 = stablehlo.multiply %649, %678 : tensor<?x?x256xf32>
    %680 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %681 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %682 = stablehlo.reshape %681 : (tensor<i32>) -> tensor<1xi32>
    %683 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %684 = stablehlo.reshape %683 : (tensor<i32>) -> tensor<1xi32>
    %685 = stablehlo.concatenate %682, %684, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %686 = stablehlo.dynamic_broadcast_in_dim %680, %685, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %687 = stablehlo.multiply %686, %679 : tensor<?x?x256xf32>
    %688 = stablehlo.dot_general %687, %arg23, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %689 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %690 = stablehlo.reshape %689 : (tensor<i32>) -> tensor<1xi32>
    %691 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %692 = stablehlo.reshape %691 : (tensor<i32>) -> tensor<1xi32>
    %693 = stablehlo.concatenate %690, %692, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %694 = stablehlo.dynamic_reshape %688, %693 : (tensor<?x?x256xf32>, tensor<4xi32>) -> tensor<?x?x8x32xf32>
    %695 = stablehlo.transpose %694, dims = [0, 2, 1, 3] : (tensor<?x?x8x32xf32>) -> tensor<?x8x?x32xf32>
    %696 = stablehlo.dot_general %687, %arg24, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %697 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %698 = stablehlo.reshape %697 : (tensor<i32>) -> tensor<1xi32>
    %699 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %700 = stablehlo.reshape %699 : (tensor<i32>) -> tensor<1xi32>
    %701 = stablehlo.concatenate %698, %700, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %702 = stablehlo.dynamic_reshape %696, %701 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %703 = stablehlo.transpose %702, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %704 = stablehlo.dot_general %687, %arg25, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %705 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %706 = stablehlo.reshape %705 : (tensor<i32>) -> tensor<1xi32>
    %707 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %708 = stablehlo.reshape %707 : (tensor<i32>) -> tensor<1xi32>
    %709 = stablehlo.concatenate %706, %708, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %710 = stablehlo.dynamic_reshape %704, %709 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %711 = stablehlo.transpose %710, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %712 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %713 = stablehlo.reshape %712 : (tensor<i32>) -> tensor<1xi32>
    %714 = stablehlo.concatenate %c_12, %c_12, %713, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %715 = stablehlo.dynamic_broadcast_in_dim %18, %714, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %716 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %717 = stablehlo.reshape %716 : (tensor<i32>) -> tensor<1xi32>
    %718 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %719 = stablehlo.reshape %718 : (tensor<i32>) -> tensor<1xi32>
    %720 = stablehlo.concatenate %717, %c_6, %719, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %721 = stablehlo.dynamic_broadcast_in_dim %715, %720, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %722 = stablehlo.multiply %695, %721 : tensor<?x8x?x32xf32>
    %723 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %724 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %725 = stablehlo.reshape %724 : (tensor<i32>) -> tensor<1xi32>
    %726 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %727 = stablehlo.reshape %726 : (tensor<i32>) -> tensor<1xi32>
    %728 = stablehlo.concatenate %725, %c_6, %727, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %729 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %730 = stablehlo.real_dynamic_slice %695, %723, %728, %729 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %731 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %732 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %733 = stablehlo.reshape %732 : (tensor<i32>) -> tensor<1xi32>
    %734 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %735 = stablehlo.reshape %734 : (tensor<i32>) -> tensor<1xi32>
    %736 = stablehlo.concatenate %733, %c_6, %735, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %737 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %738 = stablehlo.real_dynamic_slice %695, %731, %736, %737 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %739 = stablehlo.negate %738 : tensor<?x8x?x16xf32>
    %740 = stablehlo.concatenate %739, %730, dim = 3 : (tensor<?x8x?x16xf32>, tensor<?x8x?x16xf32>) -> tensor<?x8x?x32xf32>
    %741 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %742 = stablehlo.reshape %741 : (tensor<i32>) -> tensor<1xi32>
    %743 = stablehlo.concatenate %c_12, %c_12, %742, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %744 = stablehlo.dynamic_broadcast_in_dim %19, %743, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %745 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %746 = stablehlo.reshape %745 : (tensor<i32>) -> tensor<1xi32>
    %747 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %748 = stablehlo.reshape %747 : (tensor<i32>) -> tensor<1xi32>
    %749 = stablehlo.concatenate %746, %c_6, %748, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %750 = stablehlo.dynamic_broadcast_in_dim %744, %749, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %751 = stablehlo.multiply %740, %750 : tensor<?x8x?x32xf32>
    %752 = stablehlo.add %722, %751 : tensor<?x8x?x32xf32>
    %753 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %754 = stablehlo.reshape %753 : (tensor<i32>) -> tensor<1xi32>
    %755 = stablehlo.concatenate %c_12, %c_12, %754, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %756 = stablehlo.dynamic_broadcast_in_dim %18, %755, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %757 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %758 = stablehlo.reshape %757 : (tensor<i32>) -> tensor<1xi32>
    %759 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %760 = stablehlo.reshape %759 : (tensor<i32>) -> tensor<1xi32>
    %761 = stablehlo.concatenate %758, %c_4, %760, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %762 = stablehlo.dynamic_broadcast_in_dim %756, %761, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %763 = stablehlo.multiply %703, %762 : tensor<?x4x?x32xf32>
    %764 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %765 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %766 = stablehlo.reshape %765 : (tensor<i32>) -> tensor<1xi32>
    %767 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %768 = stablehlo.reshape %767 : (tensor<i32>) -> tensor<1xi32>
    %769 = stablehlo.concatenate %766, %c_4, %768, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %770 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %771 = stablehlo.real_dynamic_slice %703, %764, %769, %770 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %772 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %773 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %774 = stablehlo.reshape %773 : (tensor<i32>) -> tensor<1xi32>
    %775 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %776 = stablehlo.reshape %775 : (tensor<i32>) -> tensor<1xi32>
    %777 = stablehlo.concatenate %774, %c_4, %776, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %778 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %779 = stablehlo.real_dynamic_slice %703, %772, %777, %778 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %780 = stablehlo.negate %779 : tensor<?x4x?x16xf32>
    %781 = stablehlo.concatenate %780, %771, dim = 3 : (tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>) -> tensor<?x4x?x32xf32>
    %782 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %783 = stablehlo.reshape %782 : (tensor<i32>) -> tensor<1xi32>
    %784 = stablehlo.concatenate %c_12, %c_12, %783, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %785 = stablehlo.dynamic_broadcast_in_dim %19, %784, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %786 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %787 = stablehlo.reshape %786 : (tensor<i32>) -> tensor<1xi32>
    %788 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %789 = stablehlo.reshape %788 : (tensor<i32>) -> tensor<1xi32>
    %790 = stablehlo.concatenate %787, %c_4, %789, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %791 = stablehlo.dynamic_broadcast_in_dim %785, %790, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %792 = stablehlo.multiply %781, %791 : tensor<?x4x?x32xf32>
    %793 = stablehlo.add %763, %792 : tensor<?x4x?x32xf32>
    %794 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %795 = stablehlo.reshape %794 : (tensor<i32>) -> tensor<1xi32>
    %796 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %797 = stablehlo.reshape %796 : (tensor<i32>) -> tensor<1xi32>
    %798 = stablehlo.concatenate %795, %c_4, %c_2, %797, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %799 = stablehlo.dynamic_broadcast_in_dim %793, %798, dims = [0, 1, 3, 4] : (tensor<?x4x?x32xf32>, tensor<5xi32>) -> tensor<?x4x2x?x32xf32>
    %800 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %801 = stablehlo.reshape %800 : (tensor<i32>) -> tensor<1xi32>
    %802 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %803 = stablehlo.reshape %802 : (tensor<i32>) -> tensor<1xi32>
    %804 = stablehlo.concatenate %801, %c_6, %803, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %805 = stablehlo.dynamic_reshape %799, %804 : (tensor<?x4x2x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %806 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %807 = stablehlo.reshape %806 : (tensor<i32>) -> tensor<1xi32>
    %808 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %809 = stablehlo.reshape %808 : (tensor<i32>) -> tensor<1xi32>
    %810 = stablehlo.concatenate %807, %c_4, %c_2, %809, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %811 = stablehlo.dynamic_broadcast_in_dim %711, %810, dims = [0, 1, 3, 4] : (tensor<?x4x?x32xf32>, tensor<5xi32>) -> tensor<?x4x2x?x32xf32>
    %812 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %813 = stablehlo.reshape %812 : (tensor<i32>) -> tensor<1xi32>
    %814 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %815 = stablehlo.reshape %814 : (tensor<i32>) -> tensor<1xi32>
    %816 = stablehlo.concatenate %813, %c_6, %815, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %817 = stablehlo.dynamic_reshape %811, %816 : (tensor<?x4x2x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %818 = stablehlo.dot_general %752, %805, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x8x?x32xf32>, tensor<?x8x?x32xf32>) -> tensor<?x8x?x?xf32>
    %819 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %820 = stablehlo.reshape %819 : (tensor<i32>) -> tensor<1xi32>
    %821 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %822 = stablehlo.reshape %821 : (tensor<i32>) -> tensor<1xi32>
    %823 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %824 = stablehlo.reshape %823 : (tensor<i32>) -> tensor<1xi32>
    %825 = stablehlo.concatenate %820, %c_6, %822, %824, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %826 = stablehlo.dynamic_broadcast_in_dim %cst_1, %825, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %827 = stablehlo.multiply %818, %826 : tensor<?x8x?x?xf32>
    %828 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %829 = stablehlo.reshape %828 : (tensor<i32>) -> tensor<1xi32>
    %830 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %831 = stablehlo.reshape %830 : (tensor<i32>) -> tensor<1xi32>
    %832 = stablehlo.concatenate %829, %831, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %833 = stablehlo.dynamic_iota %832, dim = 0 : (tensor<2xi32>) -> tensor<?x?xi32>
    %834 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %835 = stablehlo.reshape %834 : (tensor<i32>) -> tensor<1xi32>
    %836 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %837 = stablehlo.reshape %836 : (tensor<i32>) -> tensor<1xi32>
    %838 = stablehlo.concatenate %835, %837, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %839 = stablehlo.dynamic_iota %838, dim = 1 : (tensor<2xi32>) -> tensor<?x?xi32>
    %840 = stablehlo.compare LE, %839, %833, SIGNED : (tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi1>
    %841 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %842 = stablehlo.reshape %841 : (tensor<i32>) -> tensor<1xi32>
    %843 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %844 = stablehlo.reshape %843 : (tensor<i32>) -> tensor<1xi32>
    %845 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %846 = stablehlo.reshape %845 : (tensor<i32>) -> tensor<1xi32>
    %847 = stablehlo.concatenate %842, %c_6, %844, %846, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %848 = stablehlo.dynamic_broadcast_in_dim %840, %847, dims = [2, 3] : (tensor<?x?xi1>, tensor<4xi32>) -> tensor<?x8x?x?xi1>
    %849 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %850 = stablehlo.reshape %849 : (tensor<i32>) -> tensor<1xi32>
    %851 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %852 = stablehlo.reshape %851 : (tensor<i32>) -> tensor<1xi32>
    %853 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %854 = stablehlo.reshape %853 : (tensor<i32>) -> tensor<1xi32>
    %855 = stablehlo.concatenate %850, %c_6, %852, %854, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %856 = stablehlo.dynamic_broadcast_in_dim %cst_0, %855, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %857 = stablehlo.select %848, %827, %856 : tensor<?x8x?x?xi1>, tensor<?x8x?x?xf32>
    %858 = stablehlo.reduce(%857 init: %cst_0) applies stablehlo.maximum across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %859 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %860 = stablehlo.reshape %859 : (tensor<i32>) -> tensor<1xi32>
    %861 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %862 = stablehlo.reshape %861 : (tensor<i32>) -> tensor<1xi32>
    %863 = stablehlo.concatenate %860, %c_6, %862, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %864 = stablehlo.dynamic_broadcast_in_dim %858, %863, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %865 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %866 = stablehlo.reshape %865 : (tensor<i32>) -> tensor<1xi32>
    %867 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %868 = stablehlo.reshape %867 : (tensor<i32>) -> tensor<1xi32>
    %869 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %870 = stablehlo.reshape %869 : (tensor<i32>) -> tensor<1xi32>
    %871 = stablehlo.concatenate %866, %c_6, %868, %870, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %872 = stablehlo.dynamic_broadcast_in_dim %864, %871, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %873 = stablehlo.subtract %857, %872 : tensor<?x8x?x?xf32>
    %874 = stablehlo.exponential %873 : tensor<?x8x?x?xf32>
    %875 = stablehlo.reduce(%874 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %876 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %877 = stablehlo.reshape %876 : (tensor<i32>) -> tensor<1xi32>
    %878 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %879 = stablehlo.reshape %878 : (tensor<i32>) -> tensor<1xi32>
    %880 = stablehlo.concatenate %877, %c_6, %879, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %881 = stablehlo.dynamic_broadcast_in_dim %875, %880, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %882 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %883 = stablehlo.reshape %882 : (tensor<i32>) -> tensor<1xi32>
    %884 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %885 = stablehlo.reshape %884 : (tensor<i32>) -> tensor<1xi32>
    %886 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %887 = stablehlo.reshape %886 : (tensor<i32>) -> tensor<1xi32>
    %888 = stablehlo.concatenate %883, %c_6, %885, %887, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %889 = stablehlo.dynamic_broadcast_in_dim %881, %888, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %890 = stablehlo.divide %874, %889 : tensor<?x8x?x?xf32>
    %891 = stablehlo.dot_general %890, %817, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x8x?x?xf32>, tensor<?x8x?x32xf32>) -> tensor<?x8x?x32xf32>
    %892 = stablehlo.transpose %891, dims = [0, 2, 1, 3] : (tensor<?x8x?x32xf32>) -> tensor<?x?x8x32xf32>
    %893 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %894 = stablehlo.reshape %893 : (tensor<i32>) -> tensor<1xi32>
    %895 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %896 = stablehlo.reshape %895 : (tensor<i32>) -> tensor<1xi32>
    %897 = stablehlo.concatenate %894, %896, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %898 = stablehlo.dynamic_reshape %892, %897 : (tensor<?x?x8x32xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %899 = stablehlo.dot_general %898, %arg26, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %900 = stablehlo.add %649, %899 : tensor<?x?x256xf32>
    %901 = stablehlo.multiply %900, %900 : tensor<?x?x256xf32>
    %902 = stablehlo.reduce(%901 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %903 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %904 = stablehlo.reshape %903 : (tensor<i32>) -> tensor<1xi32>
    %905 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %906 = stablehlo.reshape %905 : (tensor<i32>) -> tensor<1xi32>
    %907 = stablehlo.concatenate %904, %906, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %908 = stablehlo.dynamic_broadcast_in_dim %902, %907, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %909 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %910 = stablehlo.reshape %909 : (tensor<i32>) -> tensor<1xi32>
    %911 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %912 = stablehlo.reshape %911 : (tensor<i32>) -> tensor<1xi32>
    %913 = stablehlo.concatenate %910, %912, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %914 = stablehlo.dynamic_broadcast_in_dim %cst_9, %913, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %915 = stablehlo.divide %908, %914 : tensor<?x?x1xf32>
    %916 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %917 = stablehlo.reshape %916 : (tensor<i32>) -> tensor<1xi32>
    %918 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %919 = stablehlo.reshape %918 : (tensor<i32>) -> tensor<1xi32>
    %920 = stablehlo.concatenate %917, %919, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %921 = stablehlo.dynamic_broadcast_in_dim %cst_8, %920, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %922 = stablehlo.add %915, %921 : tensor<?x?x1xf32>
    %923 = stablehlo.rsqrt %922 : tensor<?x?x1xf32>
    %924 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %925 = stablehlo.reshape %924 : (tensor<i32>) -> tensor<1xi32>
    %926 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %927 = stablehlo.reshape %926 : (tensor<i32>) -> tensor<1xi32>
    %928 = stablehlo.concatenate %925, %927, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %929 = stablehlo.dynamic_broadcast_in_dim %923, %928, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %930 = stablehlo.multiply %900, %929 : tensor<?x?x256xf32>
    %931 = stablehlo.broadcast_in_dim %arg27, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %932 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %933 = stablehlo.reshape %932 : (tensor<i32>) -> tensor<1xi32>
    %934 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %935 = stablehlo.reshape %934 : (tensor<i32>) -> tensor<1xi32>
    %936 = stablehlo.concatenate %933, %935, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %937 = stablehlo.dynamic_broadcast_in_dim %931, %936, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %938 = stablehlo.multiply %937, %930 : tensor<?x?x256xf32>
    %939 = stablehlo.dot_general %938, %arg28, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %940 = stablehlo.negate %939 : tensor<?x?x704xf32>
    %941 = stablehlo.exponential %940 : tensor<?x?x704xf32>
    %942 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %943 = stablehlo.reshape %942 : (tensor<i32>) -> tensor<1xi32>
    %944 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %945 = stablehlo.reshape %944 : (tensor<i32>) -> tensor<1xi32>
    %946 = stablehlo.concatenate %943, %945, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %947 = stablehlo.dynamic_broadcast_in_dim %cst, %946, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %948 = stablehlo.add %947, %941 : tensor<?x?x704xf32>
    %949 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %950 = stablehlo.reshape %949 : (tensor<i32>) -> tensor<1xi32>
    %951 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %952 = stablehlo.reshape %951 : (tensor<i32>) -> tensor<1xi32>
    %953 = stablehlo.concatenate %950, %952, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %954 = stablehlo.dynamic_broadcast_in_dim %cst, %953, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %955 = stablehlo.divide %954, %948 : tensor<?x?x704xf32>
    %956 = stablehlo.multiply %939, %955 : tensor<?x?x704xf32>
    %957 = stablehlo.dot_general %938, %arg29, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %958 = stablehlo.multiply %956, %957 : tensor<?x?x704xf32>
    %959 = stablehlo.dot_general %958, %arg30, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x704xf32>, tensor<256x704xf32>) -> tensor<?x?x256xf32>
    %960 = stablehlo.add %900, %959 : tensor<?x?x256xf32>
    %961 = stablehlo.multiply %960, %960 : tensor<?x?x256xf32>
    %962 = stablehlo.reduce(%961 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %963 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %964 = stablehlo.reshape %963 : (tensor<i32>) -> tensor<1xi32>
    %965 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %966 = stablehlo.reshape %965 : (tensor<i32>) -> tensor<1xi32>
    %967 = stablehlo.concatenate %964, %966, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %968 = stablehlo.dynamic_broadcast_in_dim %962, %967, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %969 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %970 = stablehlo.reshape %969 : (tensor<i32>) -> tensor<1xi32>
    %971 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %972 = stablehlo.reshape %971 : (tensor<i32>) -> tensor<1xi32>
    %973 = stablehlo.concatenate %970, %972, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %974 = stablehlo.dynamic_broadcast_in_dim %cst_9, %973, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %975 = stablehlo.divide %968, %974 : tensor<?x?x1xf32>
    %976 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %977 = stablehlo.reshape %976 : (tensor<i32>) -> tensor<1xi32>
    %978 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %979 = stablehlo.reshape %978 : (tensor<i32>) -> tensor<1xi32>
    %980 = stablehlo.concatenate %977, %979, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %981 = stablehlo.dynamic_broadcast_in_dim %cst_8, %980, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %982 = stablehlo.add %975, %981 : tensor<?x?x1xf32>
    %983 = stablehlo.rsqrt %982 : tensor<?x?x1xf32>
    %984 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %985 = stablehlo.reshape %984 : (tensor<i32>) -> tensor<1xi32>
    %986 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %987 = stablehlo.reshape %986 : (tensor<i32>) -> tensor<1xi32>
    %988 = stablehlo.concatenate %985, %987, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %989 = stablehlo.dynamic_broadcast_in_dim %983, %988, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %990 = stablehlo.multiply %960, %989 : tensor<?x?x256xf32>
    %991 = stablehlo.broadcast_in_dim %arg31, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %992 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %993 = stablehlo.reshape %992 : (tensor<i32>) -> tensor<1xi32>
    %994 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %995 = stablehlo.reshape %994 : (tensor<i32>) -> tensor<1xi32>
    %996 = stablehlo.concatenate %993, %995, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %997 = stablehlo.dynamic_broadcast_in_dim %991, %996, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %998 = stablehlo.multiply %997, %990 : tensor<?x?x256xf32>
    %999 = stablehlo.dot_general %998, %arg32, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %1000 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1001 = stablehlo.reshape %1000 : (tensor<i32>) -> tensor<1xi32>
    %1002 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1003 = stablehlo.reshape %1002 : (tensor<i32>) -> tensor<1xi32>
    %1004 = stablehlo.concatenate %1001, %1003, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1005 = stablehlo.dynamic_reshape %999, %1004 : (tensor<?x?x256xf32>, tensor<4xi32>) -> tensor<?x?x8x32xf32>
    %1006 = stablehlo.transpose %1005, dims = [0, 2, 1, 3] : (tensor<?x?x8x32xf32>) -> tensor<?x8x?x32xf32>
    %1007 = stablehlo.dot_general %998, %arg33, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %1008 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1009 = stablehlo.reshape %1008 : (tensor<i32>) -> tensor<1xi32>
    %1010 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1011 = stablehlo.reshape %1010 : (tensor<i32>) -> tensor<1xi32>
    %1012 = stablehlo.concatenate %1009, %1011, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1013 = stablehlo.dynamic_reshape %1007, %1012 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %1014 = stablehlo.transpose %1013, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %1015 = stablehlo.dot_general %998, %arg34, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %1016 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1017 = stablehlo.reshape %1016 : (tensor<i32>) -> tensor<1xi32>
    %1018 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1019 = stablehlo.reshape %1018 : (tensor<i32>) -> tensor<1xi32>
    %1020 = stablehlo.concatenate %1017, %1019, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1021 = stablehlo.dynamic_reshape %1015, %1020 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %1022 = stablehlo.transpose %1021, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %1023 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1024 = stablehlo.reshape %1023 : (tensor<i32>) -> tensor<1xi32>
    %1025 = stablehlo.concatenate %c_12, %c_12, %1024, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1026 = stablehlo.dynamic_broadcast_in_dim %18, %1025, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %1027 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1028 = stablehlo.reshape %1027 : (tensor<i32>) -> tensor<1xi32>
    %1029 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1030 = stablehlo.reshape %1029 : (tensor<i32>) -> tensor<1xi32>
    %1031 = stablehlo.concatenate %1028, %c_6, %1030, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1032 = stablehlo.dynamic_broadcast_in_dim %1026, %1031, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %1033 = stablehlo.multiply %1006, %1032 : tensor<?x8x?x32xf32>
    %1034 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1035 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1036 = stablehlo.reshape %1035 : (tensor<i32>) -> tensor<1xi32>
    %1037 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1038 = stablehlo.reshape %1037 : (tensor<i32>) -> tensor<1xi32>
    %1039 = stablehlo.concatenate %1036, %c_6, %1038, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1040 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1041 = stablehlo.real_dynamic_slice %1006, %1034, %1039, %1040 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %1042 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1043 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1044 = stablehlo.reshape %1043 : (tensor<i32>) -> tensor<1xi32>
    %1045 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1046 = stablehlo.reshape %1045 : (tensor<i32>) -> tensor<1xi32>
    %1047 = stablehlo.concatenate %1044, %c_6, %1046, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1048 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1049 = stablehlo.real_dynamic_slice %1006, %1042, %1047, %1048 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %1050 = stablehlo.negate %1049 : tensor<?x8x?x16xf32>
    %1051 = stablehlo.concatenate %1050, %1041, dim = 3 : (tensor<?x8x?x16xf32>, tensor<?x8x?x16xf32>) -> tensor<?x8x?x32xf32>
    %1052 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1053 = stablehlo.reshape %1052 : (tensor<i32>) -> tensor<1xi32>
    %1054 = stablehlo.concatenate %c_12, %c_12, %1053, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1055 = stablehlo.dynamic_broadcast_in_dim %19, %1054, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %1056 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1057 = stablehlo.reshape %1056 : (tensor<i32>) -> tensor<1xi32>
    %1058 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1059 = stablehlo.reshape %1058 : (tensor<i32>) -> tensor<1xi32>
    %1060 = stablehlo.concatenate %1057, %c_6, %1059, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1061 = stablehlo.dynamic_broadcast_in_dim %1055, %1060, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %1062 = stablehlo.multiply %1051, %1061 : tensor<?x8x?x32xf32>
    %1063 = stablehlo.add %1033, %1062 : tensor<?x8x?x32xf32>
    %1064 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1065 = stablehlo.reshape %1064 : (tensor<i32>) -> tensor<1xi32>
    %1066 = stablehlo.concatenate %c_12, %c_12, %1065, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1067 = stablehlo.dynamic_broadcast_in_dim %18, %1066, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %1068 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1069 = stablehlo.reshape %1068 : (tensor<i32>) -> tensor<1xi32>
    %1070 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1071 = stablehlo.reshape %1070 : (tensor<i32>) -> tensor<1xi32>
    %1072 = stablehlo.concatenate %1069, %c_4, %1071, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1073 = stablehlo.dynamic_broadcast_in_dim %1067, %1072, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %1074 = stablehlo.multiply %1014, %1073 : tensor<?x4x?x32xf32>
    %1075 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1076 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1077 = stablehlo.reshape %1076 : (tensor<i32>) -> tensor<1xi32>
    %1078 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1079 = stablehlo.reshape %1078 : (tensor<i32>) -> tensor<1xi32>
    %1080 = stablehlo.concatenate %1077, %c_4, %1079, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1081 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1082 = stablehlo.real_dynamic_slice %1014, %1075, %1080, %1081 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %1083 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1084 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1085 = stablehlo.reshape %1084 : (tensor<i32>) -> tensor<1xi32>
    %1086 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1087 = stablehlo.reshape %1086 : (tensor<i32>) -> tensor<1xi32>
    %1088 = stablehlo.concatenate %1085, %c_4, %1087, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1089 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1090 = stablehlo.real_dynamic_slice %1014, %1083, %1088, %1089 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %1091 = stablehlo.negate %1090 : tensor<?x4x?x16xf32>
    %1092 = stablehlo.concatenate %1091, %1082, dim = 3 : (tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>) -> tensor<?x4x?x32xf32>
    %1093 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1094 = stablehlo.reshape %1093 : (tensor<i32>) -> tensor<1xi32>
    %1095 = stablehlo.concatenate %c_12, %c_12, %1094, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1096 = stablehlo.dynamic_broadcast_in_dim %19, %1095, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %1097 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1098 = stablehlo.reshape %1097 : (tensor<i32>) -> tensor<1xi32>
    %1099 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1100 = stablehlo.reshape %1099 : (tensor<i32>) -> tensor<1xi32>
    %1101 = stablehlo.concatenate %1098, %c_4, %1100, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1102 = stablehlo.dynamic_broadcast_in_dim %1096, %1101, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %1103 = stablehlo.multiply %1092, %1102 : tensor<?x4x?x32xf32>
    %1104 = stablehlo.add %1074, %1103 : tensor<?x4x?x32xf32>
    %1105 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1106 = stablehlo.reshape %1105 : (tensor<i32>) -> tensor<1xi32>
    %1107 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1108 = stablehlo.reshape %1107 : (tensor<i32>) -> tensor<1xi32>
    %1109 = stablehlo.concatenate %1106, %c_4, %c_2, %1108, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %1110 = stablehlo.dynamic_broadcast_in_dim %1104, %1109, dims = [0, 1, 3, 4] : (tensor<?x4x?x32xf32>, tensor<5xi32>) -> tensor<?x4x2x?x32xf32>
    %1111 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1112 = stablehlo.reshape %1111 : (tensor<i32>) -> tensor<1xi32>
    %1113 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1114 = stablehlo.reshape %1113 : (tensor<i32>) -> tensor<1xi32>
    %1115 = stablehlo.concatenate %1112, %c_6, %1114, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1116 = stablehlo.dynamic_reshape %1110, %1115 : (tensor<?x4x2x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %1117 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1118 = stablehlo.reshape %1117 : (tensor<i32>) -> tensor<1xi32>
    %1119 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1120 = stablehlo.reshape %1119 : (tensor<i32>) -> tensor<1xi32>
    %1121 = stablehlo.concatenate %1118, %c_4, %c_2, %1120, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %1122 = stablehlo.dynamic_broadcast_in_dim %1022, %1121, dims = [0, 1, 3, 4] : (tensor<?x4x?x32xf32>, tensor<5xi32>) -> tensor<?x4x2x?x32xf32>
    %1123 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1124 = stablehlo.reshape %1123 : (tensor<i32>) -> tensor<1xi32>
    %1125 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1126 = stablehlo.reshape %1125 : (tensor<i32>) -> tensor<1xi32>
    %1127 = stablehlo.concatenate %1124, %c_6, %1126, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1128 = stablehlo.dynamic_reshape %1122, %1127 : (tensor<?x4x2x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %1129 = stablehlo.dot_general %1063, %1116, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x8x?x32xf32>, tensor<?x8x?x32xf32>) -> tensor<?x8x?x?xf32>
    %1130 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1131 = stablehlo.reshape %1130 : (tensor<i32>) -> tensor<1xi32>
    %1132 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1133 = stablehlo.reshape %1132 : (tensor<i32>) -> tensor<1xi32>
    %1134 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1135 = stablehlo.reshape %1134 : (tensor<i32>) -> tensor<1xi32>
    %1136 = stablehlo.concatenate %1131, %c_6, %1133, %1135, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1137 = stablehlo.dynamic_broadcast_in_dim %cst_1, %1136, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %1138 = stablehlo.multiply %1129, %1137 : tensor<?x8x?x?xf32>
    %1139 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1140 = stablehlo.reshape %1139 : (tensor<i32>) -> tensor<1xi32>
    %1141 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1142 = stablehlo.reshape %1141 : (tensor<i32>) -> tensor<1xi32>
    %1143 = stablehlo.concatenate %1140, %1142, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1144 = stablehlo.dynamic_iota %1143, dim = 0 : (tensor<2xi32>) -> tensor<?x?xi32>
    %1145 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1146 = stablehlo.reshape %1145 : (tensor<i32>) -> tensor<1xi32>
    %1147 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1148 = stablehlo.reshape %1147 : (tensor<i32>) -> tensor<1xi32>
    %1149 = stablehlo.concatenate %1146, %1148, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1150 = stablehlo.dynamic_iota %1149, dim = 1 : (tensor<2xi32>) -> tensor<?x?xi32>
    %1151 = stablehlo.compare LE, %1150, %1144, SIGNED : (tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi1>
    %1152 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1153 = stablehlo.reshape %1152 : (tensor<i32>) -> tensor<1xi32>
    %1154 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1155 = stablehlo.reshape %1154 : (tensor<i32>) -> tensor<1xi32>
    %1156 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1157 = stablehlo.reshape %1156 : (tensor<i32>) -> tensor<1xi32>
    %1158 = stablehlo.concatenate %1153, %c_6, %1155, %1157, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1159 = stablehlo.dynamic_broadcast_in_dim %1151, %1158, dims = [2, 3] : (tensor<?x?xi1>, tensor<4xi32>) -> tensor<?x8x?x?xi1>
    %1160 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1161 = stablehlo.reshape %1160 : (tensor<i32>) -> tensor<1xi32>
    %1162 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1163 = stablehlo.reshape %1162 : (tensor<i32>) -> tensor<1xi32>
    %1164 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1165 = stablehlo.reshape %1164 : (tensor<i32>) -> tensor<1xi32>
    %1166 = stablehlo.concatenate %1161, %c_6, %1163, %1165, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1167 = stablehlo.dynamic_broadcast_in_dim %cst_0, %1166, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %1168 = stablehlo.select %1159, %1138, %1167 : tensor<?x8x?x?xi1>, tensor<?x8x?x?xf32>
    %1169 = stablehlo.reduce(%1168 init: %cst_0) applies stablehlo.maximum across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %1170 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1171 = stablehlo.reshape %1170 : (tensor<i32>) -> tensor<1xi32>
    %1172 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1173 = stablehlo.reshape %1172 : (tensor<i32>) -> tensor<1xi32>
    %1174 = stablehlo.concatenate %1171, %c_6, %1173, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1175 = stablehlo.dynamic_broadcast_in_dim %1169, %1174, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %1176 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1177 = stablehlo.reshape %1176 : (tensor<i32>) -> tensor<1xi32>
    %1178 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1179 = stablehlo.reshape %1178 : (tensor<i32>) -> tensor<1xi32>
    %1180 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1181 = stablehlo.reshape %1180 : (tensor<i32>) -> tensor<1xi32>
    %1182 = stablehlo.concatenate %1177, %c_6, %1179, %1181, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1183 = stablehlo.dynamic_broadcast_in_dim %1175, %1182, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %1184 = stablehlo.subtract %1168, %1183 : tensor<?x8x?x?xf32>
    %1185 = stablehlo.exponential %1184 : tensor<?x8x?x?xf32>
    %1186 = stablehlo.reduce(%1185 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %1187 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1188 = stablehlo.reshape %1187 : (tensor<i32>) -> tensor<1xi32>
    %1189 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1190 = stablehlo.reshape %1189 : (tensor<i32>) -> tensor<1xi32>
    %1191 = stablehlo.concatenate %1188, %c_6, %1190, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1192 = stablehlo.dynamic_broadcast_in_dim %1186, %1191, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %1193 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1194 = stablehlo.reshape %1193 : (tensor<i32>) -> tensor<1xi32>
    %1195 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1196 = stablehlo.reshape %1195 : (tensor<i32>) -> tensor<1xi32>
    %1197 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1198 = stablehlo.reshape %1197 : (tensor<i32>) -> tensor<1xi32>
    %1199 = stablehlo.concatenate %1194, %c_6, %1196, %1198, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1200 = stablehlo.dynamic_broadcast_in_dim %1192, %1199, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %1201 = stablehlo.divide %1185, %1200 : tensor<?x8x?x?xf32>
    %1202 = stablehlo.dot_general %1201, %1128, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x8x?x?xf32>, tensor<?x8x?x32xf32>) -> tensor<?x8x?x32xf32>
    %1203 = stablehlo.transpose %1202, dims = [0, 2, 1, 3] : (tensor<?x8x?x32xf32>) -> tensor<?x?x8x32xf32>
    %1204 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1205 = stablehlo.reshape %1204 : (tensor<i32>) -> tensor<1xi32>
    %1206 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1207 = stablehlo.reshape %1206 : (tensor<i32>) -> tensor<1xi32>
    %1208 = stablehlo.concatenate %1205, %1207, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1209 = stablehlo.dynamic_reshape %1203, %1208 : (tensor<?x?x8x32xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %1210 = stablehlo.dot_general %1209, %arg35, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %1211 = stablehlo.add %960, %1210 : tensor<?x?x256xf32>
    %1212 = stablehlo.multiply %1211, %1211 : tensor<?x?x256xf32>
    %1213 = stablehlo.reduce(%1212 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %1214 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1215 = stablehlo.reshape %1214 : (tensor<i32>) -> tensor<1xi32>
    %1216 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1217 = stablehlo.reshape %1216 : (tensor<i32>) -> tensor<1xi32>
    %1218 = stablehlo.concatenate %1215, %1217, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1219 = stablehlo.dynamic_broadcast_in_dim %1213, %1218, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %1220 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1221 = stablehlo.reshape %1220 : (tensor<i32>) -> tensor<1xi32>
    %1222 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1223 = stablehlo.reshape %1222 : (tensor<i32>) -> tensor<1xi32>
    %1224 = stablehlo.concatenate %1221, %1223, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1225 = stablehlo.dynamic_broadcast_in_dim %cst_9, %1224, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %1226 = stablehlo.divide %1219, %1225 : tensor<?x?x1xf32>
    %1227 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1228 = stablehlo.reshape %1227 : (tensor<i32>) -> tensor<1xi32>
    %1229 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1230 = stablehlo.reshape %1229 : (tensor<i32>) -> tensor<1xi32>
    %1231 = stablehlo.concatenate %1228, %1230, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1232 = stablehlo.dynamic_broadcast_in_dim %cst_8, %1231, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %1233 = stablehlo.add %1226, %1232 : tensor<?x?x1xf32>
    %1234 = stablehlo.rsqrt %1233 : tensor<?x?x1xf32>
    %1235 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1236 = stablehlo.reshape %1235 : (tensor<i32>) -> tensor<1xi32>
    %1237 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1238 = stablehlo.reshape %1237 : (tensor<i32>) -> tensor<1xi32>
    %1239 = stablehlo.concatenate %1236, %1238, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1240 = stablehlo.dynamic_broadcast_in_dim %1234, %1239, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %1241 = stablehlo.multiply %1211, %1240 : tensor<?x?x256xf32>
    %1242 = stablehlo.broadcast_in_dim %arg36, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1243 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1244 = stablehlo.reshape %1243 : (tensor<i32>) -> tensor<1xi32>
    %1245 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1246 = stablehlo.reshape %1245 : (tensor<i32>) -> tensor<1xi32>
    %1247 = stablehlo.concatenate %1244, %1246, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1248 = stablehlo.dynamic_broadcast_in_dim %1242, %1247, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %1249 = stablehlo.multiply %1248, %1241 : tensor<?x?x256xf32>
    %1250 = stablehlo.dot_general %1249, %arg37, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %1251 = stablehlo.negate %1250 : tensor<?x?x704xf32>
    %1252 = stablehlo.exponential %1251 : tensor<?x?x704xf32>
    %1253 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1254 = stablehlo.reshape %1253 : (tensor<i32>) -> tensor<1xi32>
    %1255 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1256 = stablehlo.reshape %1255 : (tensor<i32>) -> tensor<1xi32>
    %1257 = stablehlo.concatenate %1254, %1256, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1258 = stablehlo.dynamic_broadcast_in_dim %cst, %1257, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %1259 = stablehlo.add %1258, %1252 : tensor<?x?x704xf32>
    %1260 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1261 = stablehlo.reshape %1260 : (tensor<i32>) -> tensor<1xi32>
    %1262 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1263 = stablehlo.reshape %1262 : (tensor<i32>) -> tensor<1xi32>
    %1264 = stablehlo.concatenate %1261, %1263, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1265 = stablehlo.dynamic_broadcast_in_dim %cst, %1264, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %1266 = stablehlo.divide %1265, %1259 : tensor<?x?x704xf32>
    %1267 = stablehlo.multiply %1250, %1266 : tensor<?x?x704xf32>
    %1268 = stablehlo.dot_general %1249, %arg38, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %1269 = stablehlo.multiply %1267, %1268 : tensor<?x?x704xf32>
    %1270 = stablehlo.dot_general %1269, %arg39, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x704xf32>, tensor<256x704xf32>) -> tensor<?x?x256xf32>
    %1271 = stablehlo.add %1211, %1270 : tensor<?x?x256xf32>
    %1272 = stablehlo.multiply %1271, %1271 : tensor<?x?x256xf32>
    %1273 = stablehlo.reduce(%1272 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %1274 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1275 = stablehlo.reshape %1274 : (tensor<i32>) -> tensor<1xi32>
    %1276 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1277 = stablehlo.reshape %1276 : (tensor<i32>) -> tensor<1xi32>
    %1278 = stablehlo.concatenate %1275, %1277, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1279 = stablehlo.dynamic_broadcast_in_dim %1273, %1278, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %1280 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1281 = stablehlo.reshape %1280 : (tensor<i32>) -> tensor<1xi32>
    %1282 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1283 = stablehlo.reshape %1282 : (tensor<i32>) -> tensor<1xi32>
    %1284 = stablehlo.concatenate %1281, %1283, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1285 = stablehlo.dynamic_broadcast_in_dim %cst_9, %1284, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %1286 = stablehlo.divide %1279, %1285 : tensor<?x?x1xf32>
    %1287 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1288 = stablehlo.reshape %1287 : (tensor<i32>) -> tensor<1xi32>
    %1289 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1290 = stablehlo.reshape %1289 : (tensor<i32>) -> tensor<1xi32>
    %1291 = stablehlo.concatenate %1288, %1290, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1292 = stablehlo.dynamic_broadcast_in_dim %cst_8, %1291, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %1293 = stablehlo.add %1286, %1292 : tensor<?x?x1xf32>
    %1294 = stablehlo.rsqrt %1293 : tensor<?x?x1xf32>
    %1295 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1296 = stablehlo.reshape %1295 : (tensor<i32>) -> tensor<1xi32>
    %1297 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1298 = stablehlo.reshape %1297 : (tensor<i32>) -> tensor<1xi32>
    %1299 = stablehlo.concatenate %1296, %1298, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1300 = stablehlo.dynamic_broadcast_in_dim %1294, %1299, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %1301 = stablehlo.multiply %1271, %1300 : tensor<?x?x256xf32>
    %1302 = stablehlo.broadcast_in_dim %arg40, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1303 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1304 = stablehlo.reshape %1303 : (tensor<i32>) -> tensor<1xi32>
    %1305 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1306 = stablehlo.reshape %1305 : (tensor<i32>) -> tensor<1xi32>
    %1307 = stablehlo.concatenate %1304, %1306, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1308 = stablehlo.dynamic_broadcast_in_dim %1302, %1307, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %1309 = stablehlo.multiply %1308, %1301 : tensor<?x?x256xf32>
    %1310 = stablehlo.dot_general %1309, %arg41, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<2048x256xf32>) -> tensor<?x?x2048xf32>
    return %1310 : tensor<?x?x2048xf32>
  }
}
