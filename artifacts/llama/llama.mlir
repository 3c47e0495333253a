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
    %177 = stablehlo.dynamic_reshape %130, %176 : (tensor<?x8x?x32xf32>, tensor<5xi32>) -> tensor<?x4x2x?x32xf32>
    %178 = stablehlo.dot_general %177, %171, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x4x2x?x32xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x2x?x?xf32>
    %179 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %180 = stablehlo.reshape %179 : (tensor<i32>) -> tensor<1xi32>
    %181 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %182 = stablehlo.reshape %181 : (tensor<i32>) -> tensor<1xi32>
    %183 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %184 = stablehlo.reshape %183 : (tensor<i32>) -> tensor<1xi32>
    %185 = stablehlo.concatenate %180, %c_6, %182, %184, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %186 = stablehlo.dynamic_reshape %178, %185 : (tensor<?x4x2x?x?xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %187 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %188 = stablehlo.reshape %187 : (tensor<i32>) -> tensor<1xi32>
    %189 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %190 = stablehlo.reshape %189 : (tensor<i32>) -> tensor<1xi32>
    %191 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %192 = stablehlo.reshape %191 : (tensor<i32>) -> tensor<1xi32>
    %193 = stablehlo.concatenate %188, %c_6, %190, %192, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %194 = stablehlo.dynamic_broadcast_in_dim %cst_1, %193, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %195 = stablehlo.multiply %186, %194 : tensor<?x8x?x?xf32>
    %196 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %197 = stablehlo.reshape %196 : (tensor<i32>) -> tensor<1xi32>
    %198 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %199 = stablehlo.reshape %198 : (tensor<i32>) -> tensor<1xi32>
    %200 = stablehlo.concatenate %197, %199, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %201 = stablehlo.dynamic_iota %200, dim = 0 : (tensor<2xi32>) -> tensor<?x?xi32>
    %202 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %203 = stablehlo.reshape %202 : (tensor<i32>) -> tensor<1xi32>
    %204 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %205 = stablehlo.reshape %204 : (tensor<i32>) -> tensor<1xi32>
    %206 = stablehlo.concatenate %203, %205, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %207 = stablehlo.dynamic_iota %206, dim = 1 : (tensor<2xi32>) -> tensor<?x?xi32>
    %208 = stablehlo.compare LE, %207, %201, SIGNED : (tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi1>
    %209 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %210 = stablehlo.reshape %209 : (tensor<i32>) -> tensor<1xi32>
    %211 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %212 = stablehlo.reshape %211 : (tensor<i32>) -> tensor<1xi32>
    %213 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %214 = stablehlo.reshape %213 : (tensor<i32>) -> tensor<1xi32>
    %215 = stablehlo.concatenate %210, %c_6, %212, %214, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %216 = stablehlo.dynamic_broadcast_in_dim %208, %215, dims = [2, 3] : (tensor<?x?xi1>, tensor<4xi32>) -> tensor<?x8x?x?xi1>
    %217 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %218 = stablehlo.reshape %217 : (tensor<i32>) -> tensor<1xi32>
    %219 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %220 = stablehlo.reshape %219 : (tensor<i32>) -> tensor<1xi32>
    %221 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %222 = stablehlo.reshape %221 : (tensor<i32>) -> tensor<1xi32>
    %223 = stablehlo.concatenate %218, %c_6, %220, %222, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %224 = stablehlo.dynamic_broadcast_in_dim %cst_0, %223, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %225 = stablehlo.select %216, %195, %224 : tensor<?x8x?x?xi1>, tensor<?x8x?x?xf32>
    %226 = stablehlo.reduce(%225 init: %cst_0) applies stablehlo.maximum across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %227 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %228 = stablehlo.reshape %227 : (tensor<i32>) -> tensor<1xi32>
    %229 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %230 = stablehlo.reshape %229 : (tensor<i32>) -> tensor<1xi32>
    %231 = stablehlo.concatenate %228, %c_6, %230, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %232 = stablehlo.dynamic_broadcast_in_dim %226, %231, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %233 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %234 = stablehlo.reshape %233 : (tensor<i32>) -> tensor<1xi32>
    %235 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %236 = stablehlo.reshape %235 : (tensor<i32>) -> tensor<1xi32>
    %237 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %238 = stablehlo.reshape %237 : (tensor<i32>) -> tensor<1xi32>
    %239 = stablehlo.concatenate %234, %c_6, %236, %238, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %240 = stablehlo.dynamic_broadcast_in_dim %232, %239, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %241 = stablehlo.subtract %225, %240 : tensor<?x8x?x?xf32>
    %242 = stablehlo.exponential %241 : tensor<?x8x?x?xf32>
    %243 = stablehlo.reduce(%242 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %244 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %245 = stablehlo.reshape %244 : (tensor<i32>) -> tensor<1xi32>
    %246 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %247 = stablehlo.reshape %246 : (tensor<i32>) -> tensor<1xi32>
    %248 = stablehlo.concatenate %245, %c_6, %247, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %249 = stablehlo.dynamic_broadcast_in_dim %243, %248, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %250 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %251 = stablehlo.reshape %250 : (tensor<i32>) -> tensor<1xi32>
    %252 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %253 = stablehlo.reshape %252 : (tensor<i32>) -> tensor<1xi32>
    %254 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %255 = stablehlo.reshape %254 : (tensor<i32>) -> tensor<1xi32>
    %256 = stablehlo.concatenate %251, %c_6, %253, %255, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %257 = stablehlo.dynamic_broadcast_in_dim %249, %256, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %258 = stablehlo.divide %242, %257 : tensor<?x8x?x?xf32>
    %259 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %260 = stablehlo.reshape %259 : (tensor<i32>) -> tensor<1xi32>
    %261 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %262 = stablehlo.reshape %261 : (tensor<i32>) -> tensor<1xi32>
    %263 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %264 = stablehlo.reshape %263 : (tensor<i32>) -> tensor<1xi32>
    %265 = stablehlo.concatenate %260, %c_4, %c_2, %262, %264, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %266 = stablehlo.dynamic_reshape %258, %265 : (tensor<?x8x?x?xf32>, tensor<5xi32>) -> tensor<?x4x2x?x?xf32>
    %267 = stablehlo.dot_general %266, %89, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x4x2x?x?xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x2x?x32xf32>
    %268 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %269 = stablehlo.reshape %268 : (tensor<i32>) -> tensor<1xi32>
    %270 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %271 = stablehlo.reshape %270 : (tensor<i32>) -> tensor<1xi32>
    %272 = stablehlo.concatenate %269, %c_6, %271, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %273 = stablehlo.dynamic_reshape %267, %272 : (tensor<?x4x2x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %274 = stablehlo.transpose %273, dims = [0, 2, 1, 3] : (tensor<?x8x?x32xf32>) -> tensor<?x?x8x32xf32>
    %275 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %276 = stablehlo.reshape %275 : (tensor<i32>) -> tensor<1xi32>
    %277 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %278 = stablehlo.reshape %277 : (tensor<i32>) -> tensor<1xi32>
    %279 = stablehlo.concatenate %276, %278, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %280 = stablehlo.dynamic_reshape %274, %279 : (tensor<?x?x8x32xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %281 = stablehlo.dot_general %280, %arg8, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %282 = stablehlo.add %27, %281 : tensor<?x?x256xf32>
    %283 = stablehlo.multiply %282, %282 : tensor<?x?x256xf32>
    %284 = stablehlo.reduce(%283 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %285 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %286 = stablehlo.reshape %285 : (tensor<i32>) -> tensor<1xi32>
    %287 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %288 = stablehlo.reshape %287 : (tensor<i32>) -> tensor<1xi32>
    %289 = stablehlo.concatenate %286, %288, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %290 = stablehlo.dynamic_broadcast_in_dim %284, %289, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %291 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %292 = stablehlo.reshape %291 : (tensor<i32>) -> tensor<1xi32>
    %293 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %294 = stablehlo.reshape %293 : (tensor<i32>) -> tensor<1xi32>
    %295 = stablehlo.concatenate %292, %294, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %296 = stablehlo.dynamic_broadcast_in_dim %cst_9, %295, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %297 = stablehlo.divide %290, %296 : tensor<?x?x1xf32>
    %298 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %299 = stablehlo.reshape %298 : (tensor<i32>) -> tensor<1xi32>
    %300 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %301 = stablehlo.reshape %300 : (tensor<i32>) -> tensor<1xi32>
    %302 = stablehlo.concatenate %299, %301, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %303 = stablehlo.dynamic_broadcast_in_dim %cst_8, %302, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %304 = stablehlo.add %297, %303 : tensor<?x?x1xf32>
    %305 = stablehlo.rsqrt %304 : tensor<?x?x1xf32>
    %306 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %307 = stablehlo.reshape %306 : (tensor<i32>) -> tensor<1xi32>
    %308 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %309 = stablehlo.reshape %308 : (tensor<i32>) -> tensor<1xi32>
    %310 = stablehlo.concatenate %307, %309, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %311 = stablehlo.dynamic_broadcast_in_dim %305, %310, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %312 = stablehlo.multiply %282, %311 : tensor<?x?x256xf32>
    %313 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %314 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %315 = stablehlo.reshape %314 : (tensor<i32>) -> tensor<1xi32>
    %316 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %317 = stablehlo.reshape %316 : (tensor<i32>) -> tensor<1xi32>
    %318 = stablehlo.concatenate %315, %317, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %319 = stablehlo.dynamic_broadcast_in_dim %313, %318, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %320 = stablehlo.multiply %319, %312 : tensor<?x?x256xf32>
    %321 = stablehlo.dot_general %320, %arg10, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %322 = stablehlo.negate %321 : tensor<?x?x704xf32>
    %323 = stablehlo.exponential %322 : tensor<?x?x704xf32>
    %324 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %325 = stablehlo.reshape %324 : (tensor<i32>) -> tensor<1xi32>
    %326 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %327 = stablehlo.reshape %326 : (tensor<i32>) -> tensor<1xi32>
    %328 = stablehlo.concatenate %325, %327, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %329 = stablehlo.dynamic_broadcast_in_dim %cst, %328, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %330 = stablehlo.add %329, %323 : tensor<?x?x704xf32>
    %331 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %332 = stablehlo.reshape %331 : (tensor<i32>) -> tensor<1xi32>
    %333 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %334 = stablehlo.reshape %333 : (tensor<i32>) -> tensor<1xi32>
    %335 = stablehlo.concatenate %332, %334, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %336 = stablehlo.dynamic_broadcast_in_dim %cst, %335, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %337 = stablehlo.divide %336, %330 : tensor<?x?x704xf32>
    %338 = stablehlo.multiply %321, %337 : tensor<?x?x704xf32>
    %339 = stablehlo.dot_general %320, %arg11, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %340 = stablehlo.multiply %338, %339 : tensor<?x?x704xf32>
    %341 = stablehlo.dot_general %340, %arg12, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x704xf32>, tensor<256x704xf32>) -> tensor<?x?x256xf32>
    %342 = stablehlo.add %282, %341 : tensor<?x?x256xf32>
    %343 = stablehlo.multiply %342, %342 : tensor<?x?x256xf32>
    %344 = stablehlo.reduce(%343 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %345 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %346 = stablehlo.reshape %345 : (tensor<i32>) -> tensor<1xi32>
    %347 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %348 = stablehlo.reshape %347 : (tensor<i32>) -> tensor<1xi32>
    %349 = stablehlo.concatenate %346, %348, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %350 = stablehlo.dynamic_broadcast_in_dim %344, %349, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %351 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %352 = stablehlo.reshape %351 : (tensor<i32>) -> tensor<1xi32>
    %353 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %354 = stablehlo.reshape %353 : (tensor<i32>) -> tensor<1xi32>
    %355 = stablehlo.concatenate %352, %354, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %356 = stablehlo.dynamic_broadcast_in_dim %cst_9, %355, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %357 = stablehlo.divide %350, %356 : tensor<?x?x1xf32>
    %358 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %359 = stablehlo.reshape %358 : (tensor<i32>) -> tensor<1xi32>
    %360 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %361 = stablehlo.reshape %360 : (tensor<i32>) -> tensor<1xi32>
    %362 = stablehlo.concatenate %359, %361, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %363 = stablehlo.dynamic_broadcast_in_dim %cst_8, %362, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %364 = stablehlo.add %357, %363 : tensor<?x?x1xf32>
    %365 = stablehlo.rsqrt %364 : tensor<?x?x1xf32>
    %366 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %367 = stablehlo.reshape %366 : (tensor<i32>) -> tensor<1xi32>
    %368 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %369 = stablehlo.reshape %368 : (tensor<i32>) -> tensor<1xi32>
    %370 = stablehlo.concatenate %367, %369, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %371 = stablehlo.dynamic_broadcast_in_dim %365, %370, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %372 = stablehlo.multiply %342, %371 : tensor<?x?x256xf32>
    %373 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %374 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %375 = stablehlo.reshape %374 : (tensor<i32>) -> tensor<1xi32>
    %376 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %377 = stablehlo.reshape %376 : (tensor<i32>) -> tensor<1xi32>
    %378 = stablehlo.concatenate %375, %377, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %379 = stablehlo.dynamic_broadcast_in_dim %373, %378, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %380 = stablehlo.multiply %379, %372 : tensor<?x?x256xf32>
    %381 = stablehlo.dot_general %380, %arg14, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %382 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %383 = stablehlo.reshape %382 : (tensor<i32>) -> tensor<1xi32>
    %384 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %385 = stablehlo.reshape %384 : (tensor<i32>) -> tensor<1xi32>
    %386 = stablehlo.concatenate %383, %385, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %387 = stablehlo.dynamic_reshape %381, %386 : (tensor<?x?x256xf32>, tensor<4xi32>) -> tensor<?x?x8x32xf32>
    %388 = stablehlo.transpose %387, dims = [0, 2, 1, 3] : (tensor<?x?x8x32xf32>) -> tensor<?x8x?x32xf32>
    %389 = stablehlo.dot_general %380, %arg15, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %390 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %391 = stablehlo.reshape %390 : (tensor<i32>) -> tensor<1xi32>
    %392 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %393 = stablehlo.reshape %392 : (tensor<i32>) -> tensor<1xi32>
    %394 = stablehlo.concatenate %391, %393, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %395 = stablehlo.dynamic_reshape %389, %394 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %396 = stablehlo.transpose %395, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %397 = stablehlo.dot_general %380, %arg16, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %398 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %399 = stablehlo.reshape %398 : (tensor<i32>) -> tensor<1xi32>
    %400 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %401 = stablehlo.reshape %400 : (tensor<i32>) -> tensor<1xi32>
    %402 = stablehlo.concatenate %399, %401, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %403 = stablehlo.dynamic_reshape %397, %402 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %404 = stablehlo.transpose %403, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %405 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %406 = stablehlo.reshape %405 : (tensor<i32>) -> tensor<1xi32>
    %407 = stablehlo.concatenate %c_12, %c_12, %406, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %408 = stablehlo.dynamic_broadcast_in_dim %18, %407, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %409 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %410 = stablehlo.reshape %409 : (tensor<i32>) -> tensor<1xi32>
    %411 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %412 = stablehlo.reshape %411 : (tensor<i32>) -> tensor<1xi32>
    %413 = stablehlo.concatenate %410, %c_6, %412, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %414 = stablehlo.dynamic_broadcast_in_dim %408, %413, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %415 = stablehlo.multiply %388, %414 : tensor<?x8x?x32xf32>
    %416 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %417 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %418 = stablehlo.reshape %417 : (tensor<i32>) -> tensor<1xi32>
    %419 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %420 = stablehlo.reshape %419 : (tensor<i32>) -> tensor<1xi32>
    %421 = stablehlo.concatenate %418, %c_6, %420, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %422 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %423 = stablehlo.real_dynamic_slice %388, %416, %421, %422 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %424 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %425 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %426 = stablehlo.reshape %425 : (tensor<i32>) -> tensor<1xi32>
    %427 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %428 = stablehlo.reshape %427 : (tensor<i32>) -> tensor<1xi32>
    %429 = stablehlo.concatenate %426, %c_6, %428, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %430 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %431 = stablehlo.real_dynamic_slice %388, %424, %429, %430 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %432 = stablehlo.negate %431 : tensor<?x8x?x16xf32>
    %433 = stablehlo.concatenate %432, %423, dim = 3 : (tensor<?x8x?x16xf32>, tensor<?x8x?x16xf32>) -> tensor<?x8x?x32xf32>
    %434 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %435 = stablehlo.reshape %434 : (tensor<i32>) -> tensor<1xi32>
    %436 = stablehlo.concatenate %c_12, %c_12, %435, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %437 = stablehlo.dynamic_broadcast_in_dim %19, %436, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %438 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %439 = stablehlo.reshape %438 : (tensor<i32>) -> tensor<1xi32>
    %440 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %441 = stablehlo.reshape %440 : (tensor<i32>) -> tensor<1xi32>
    %442 = stablehlo.concatenate %439, %c_6, %441, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %443 = stablehlo.dynamic_broadcast_in_dim %437, %442, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %444 = stablehlo.multiply %433, %443 : tensor<?x8x?x32xf32>
    %445 = stablehlo.add %415, %444 : tensor<?x8x?x32xf32>
    %446 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %447 = stablehlo.reshape %446 : (tensor<i32>) -> tensor<1xi32>
    %448 = stablehlo.concatenate %c_12, %c_12, %447, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %449 = stablehlo.dynamic_broadcast_in_dim %18, %448, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %450 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %451 = stablehlo.reshape %450 : (tensor<i32>) -> tensor<1xi32>
    %452 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %453 = stablehlo.reshape %452 : (tensor<i32>) -> tensor<1xi32>
    %454 = stablehlo.concatenate %451, %c_4, %453, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %455 = stablehlo.dynamic_broadcast_in_dim %449, %454, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %456 = stablehlo.multiply %396, %455 : tensor<?x4x?x32xf32>
    %457 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %458 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %459 = stablehlo.reshape %458 : (tensor<i32>) -> tensor<1xi32>
    %460 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %461 = stablehlo.reshape %460 : (tensor<i32>) -> tensor<1xi32>
    %462 = stablehlo.concatenate %459, %c_4, %461, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %463 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %464 = stablehlo.real_dynamic_slice %396, %457, %462, %463 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %465 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %466 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %467 = stablehlo.reshape %466 : (tensor<i32>) -> tensor<1xi32>
    %468 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %469 = stablehlo.reshape %468 : (tensor<i32>) -> tensor<1xi32>
    %470 = stablehlo.concatenate %467, %c_4, %469, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %471 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %472 = stablehlo.real_dynamic_slice %396, %465, %470, %471 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %473 = stablehlo.negate %472 : tensor<?x4x?x16xf32>
    %474 = stablehlo.concatenate %473, %464, dim = 3 : (tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>) -> tensor<?x4x?x32xf32>
    %475 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %476 = stablehlo.reshape %475 : (tensor<i32>) -> tensor<1xi32>
    %477 = stablehlo.concatenate %c_12, %c_12, %476, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %478 = stablehlo.dynamic_broadcast_in_dim %19, %477, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %479 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %480 = stablehlo.reshape %479 : (tensor<i32>) -> tensor<1xi32>
    %481 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %482 = stablehlo.reshape %481 : (tensor<i32>) -> tensor<1xi32>
    %483 = stablehlo.concatenate %480, %c_4, %482, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %484 = stablehlo.dynamic_broadcast_in_dim %478, %483, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %485 = stablehlo.multiply %474, %484 : tensor<?x4x?x32xf32>
    %486 = stablehlo.add %456, %485 : tensor<?x4x?x32xf32>
    %487 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %488 = stablehlo.reshape %487 : (tensor<i32>) -> tensor<1xi32>
    %489 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %490 = stablehlo.reshape %489 : (tensor<i32>) -> tensor<1xi32>
    %491 = stablehlo.concatenate %488, %c_4, %c_2, %490, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %492 = stablehlo.dynamic_reshape %445, %491 : (tensor<?x8x?x32xf32>, tensor<5xi32>) -> tensor<?x4x2x?x32xf32>
    %493 = stablehlo.dot_general %492, %486, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x4x2x?x32xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x2x?x?xf32>
    %494 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %495 = stablehlo.reshape %494 : (tensor<i32>) -> tensor<1xi32>
    %496 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %497 = stablehlo.reshape %496 : (tensor<i32>) -> tensor<1xi32>
    %498 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %499 = stablehlo.reshape %498 : (tensor<i32>) -> tensor<1xi32>
    %500 = stablehlo.concatenate %495, %c_6, %497, %499, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %501 = stablehlo.dynamic_reshape %493, %500 : (tensor<?x4x2x?x?xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %502 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %503 = stablehlo.reshape %502 : (tensor<i32>) -> tensor<1xi32>
    %504 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %505 = stablehlo.reshape %504 : (tensor<i32>) -> tensor<1xi32>
    %506 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %507 = stablehlo.reshape %506 : (tensor<i32>) -> tensor<1xi32>
    %508 = stablehlo.concatenate %503, %c_6, %505, %507, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %509 = stablehlo.dynamic_broadcast_in_dim %cst_1, %508, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %510 = stablehlo.multiply %501, %509 : tensor<?x8x?x?xf32>
    %511 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %512 = stablehlo.reshape %511 : (tensor<i32>) -> tensor<1xi32>
    %513 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %514 = stablehlo.reshape %513 : (tensor<i32>) -> tensor<1xi32>
    %515 = stablehlo.concatenate %512, %514, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %516 = stablehlo.dynamic_iota %515, dim = 0 : (tensor<2xi32>) -> tensor<?x?xi32>
    %517 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %518 = stablehlo.reshape %517 : (tensor<i32>) -> tensor<1xi32>
    %519 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %520 = stablehlo.reshape %519 : (tensor<i32>) -> tensor<1xi32>
    %521 = stablehlo.concatenate %518, %520, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %522 = stablehlo.dynamic_iota %521, dim = 1 : (tensor<2xi32>) -> tensor<?x?xi32>
    %523 = stablehlo.compare LE, %522, %516, SIGNED : (tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi1>
    %524 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %525 = stablehlo.reshape %524 : (tensor<i32>) -> tensor<1xi32>
    %526 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %527 = stablehlo.reshape %526 : (tensor<i32>) -> tensor<1xi32>
    %528 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %529 = stablehlo.reshape %528 : (tensor<i32>) -> tensor<1xi32>
    %530 = stablehlo.concatenate %525, %c_6, %527, %529, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %531 = stablehlo.dynamic_broadcast_in_dim %523, %530, dims = [2, 3] : (tensor<?x?xi1>, tensor<4xi32>) -> tensor<?x8x?x?xi1>
    %532 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %533 = stablehlo.reshape %532 : (tensor<i32>) -> tensor<1xi32>
    %534 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %535 = stablehlo.reshape %534 : (tensor<i32>) -> tensor<1xi32>
    %536 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %537 = stablehlo.reshape %536 : (tensor<i32>) -> tensor<1xi32>
    %538 = stablehlo.concatenate %533, %c_6, %535, %537, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %539 = stablehlo.dynamic_broadcast_in_dim %cst_0, %538, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %540 = stablehlo.select %531, %510, %539 : tensor<?x8x?x?xi1>, tensor<?x8x?x?xf32>
    %541 = stablehlo.reduce(%540 init: %cst_0) applies stablehlo.maximum across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %542 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %543 = stablehlo.reshape %542 : (tensor<i32>) -> tensor<1xi32>
    %544 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %545 = stablehlo.reshape %544 : (tensor<i32>) -> tensor<1xi32>
    %546 = stablehlo.concatenate %543, %c_6, %545, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %547 = stablehlo.dynamic_broadcast_in_dim %541, %546, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %548 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %549 = stablehlo.reshape %548 : (tensor<i32>) -> tensor<1xi32>
    %550 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %551 = stablehlo.reshape %550 : (tensor<i32>) -> tensor<1xi32>
    %552 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %553 = stablehlo.reshape %552 : (tensor<i32>) -> tensor<1xi32>
    %554 = stablehlo.concatenate %549, %c_6, %551, %553, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %555 = stablehlo.dynamic_broadcast_in_dim %547, %554, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %556 = stablehlo.subtract %540, %555 : tensor<?x8x?x?xf32>
    %557 = stablehlo.exponential %556 : tensor<?x8x?x?xf32>
    %558 = stablehlo.reduce(%557 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %559 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %560 = stablehlo.reshape %559 : (tensor<i32>) -> tensor<1xi32>
    %561 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %562 = stablehlo.reshape %561 : (tensor<i32>) -> tensor<1xi32>
    %563 = stablehlo.concatenate %560, %c_6, %562, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %564 = stablehlo.dynamic_broadcast_in_dim %558, %563, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %565 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %566 = stablehlo.reshape %565 : (tensor<i32>) -> tensor<1xi32>
    %567 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %568 = stablehlo.reshape %567 : (tensor<i32>) -> tensor<1xi32>
    %569 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %570 = stablehlo.reshape %569 : (tensor<i32>) -> tensor<1xi32>
    %571 = stablehlo.concatenate %566, %c_6, %568, %570, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %572 = stablehlo.dynamic_broadcast_in_dim %564, %571, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %573 = stablehlo.divide %557, %572 : tensor<?x8x?x?xf32>
    %574 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %575 = stablehlo.reshape %574 : (tensor<i32>) -> tensor<1xi32>
    %576 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %577 = stablehlo.reshape %576 : (tensor<i32>) -> tensor<1xi32>
    %578 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %579 = stablehlo.reshape %578 : (tensor<i32>) -> tensor<1xi32>
    %580 = stablehlo.concatenate %575, %c_4, %c_2, %577, %579, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %581 = stablehlo.dynamic_reshape %573, %580 : (tensor<?x8x?x?xf32>, tensor<5xi32>) -> tensor<?x4x2x?x?xf32>
    %582 = stablehlo.dot_general %581, %404, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x4x2x?x?xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x2x?x32xf32>
    %583 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %584 = stablehlo.reshape %583 : (tensor<i32>) -> tensor<1xi32>
    %585 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %586 = stablehlo.reshape %585 : (tensor<i32>) -> tensor<1xi32>
    %587 = stablehlo.concatenate %584, %c_6, %586, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %588 = stablehlo.dynamic_reshape %582, %587 : (tensor<?x4x2x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %589 = stablehlo.transpose %588, dims = [0, 2, 1, 3] : (tensor<?x8x?x32xf32>) -> tensor<?x?x8x32xf32>
    %590 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %591 = stablehlo.reshape %590 : (tensor<i32>) -> tensor<1xi32>
    %592 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %593 = stablehlo.reshape %592 : (tensor<i32>) -> tensor<1xi32>
    %594 = stablehlo.concatenate %591, %593, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %595 = stablehlo.dynamic_reshape %589, %594 : (tensor<?x?x8x32xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %596 = stablehlo.dot_general %595, %arg17, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %597 = stablehlo.add %342, %596 : tensor<?x?x256xf32>
    %598 = stablehlo.multiply %597, %597 : tensor<?x?x256xf32>
    %599 = stablehlo.reduce(%598 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %600 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %601 = stablehlo.reshape %600 : (tensor<i32>) -> tensor<1xi32>
    %602 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %603 = stablehlo.reshape %602 : (tensor<i32>) -> tensor<1xi32>
    %604 = stablehlo.concatenate %601, %603, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %605 = stablehlo.dynamic_broadcast_in_dim %599, %604, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %606 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %607 = stablehlo.reshape %606 : (tensor<i32>) -> tensor<1xi32>
    %608 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %609 = stablehlo.reshape %608 : (tensor<i32>) -> tensor<1xi32>
    %610 = stablehlo.concatenate %607, %609, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %611 = stablehlo.dynamic_broadcast_in_dim %cst_9, %610, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %612 = stablehlo.divide %605, %611 : tensor<?x?x1xf32>
    %613 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %614 = stablehlo.reshape %613 : (tensor<i32>) -> tensor<1xi32>
    %615 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %616 = stablehlo.reshape %615 : (tensor<i32>) -> tensor<1xi32>
    %617 = stablehlo.concatenate %614, %616, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %618 = stablehlo.dynamic_broadcast_in_dim %cst_8, %617, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %619 = stablehlo.add %612, %618 : tensor<?x?x1xf32>
    %620 = stablehlo.rsqrt %619 : tensor<?x?x1xf32>
    %621 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %622 = stablehlo.reshape %621 : (tensor<i32>) -> tensor<1xi32>
    %623 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %624 = stablehlo.reshape %623 : (tensor<i32>) -> tensor<1xi32>
    %625 = stablehlo.concatenate %622, %624, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %626 = stablehlo.dynamic_broadcast_in_dim %620, %625, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %627 = stablehlo.multiply %597, %626 : tensor<?x?x256xf32>
    %628 = stablehlo.broadcast_in_dim %arg18, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %629 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %630 = stablehlo.reshape %629 : (tensor<i32>) -> tensor<1xi32>
    %631 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %632 = stablehlo.reshape %631 : (tensor<i32>) -> tensor<1xi32>
    %633 = stablehlo.concatenate %630, %632, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %634 = stablehlo.dynamic_broadcast_in_dim %628, %633, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %635 = stablehlo.multiply %634, %627 : tensor<?x?x256xf32>
    %636 = stablehlo.dot_general %635, %arg19, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %637 = stablehlo.negate %636 : tensor<?x?x704xf32>
    %638 = stablehlo.exponential %637 : tensor<?x?x704xf32>
    %639 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %640 = stablehlo.reshape %639 : (tensor<i32>) -> tensor<1xi32>
    %641 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %642 = stablehlo.reshape %641 : (tensor<i32>) -> tensor<1xi32>
    %643 = stablehlo.concatenate %640, %642, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %644 = stablehlo.dynamic_broadcast_in_dim %cst, %643, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %645 = stablehlo.add %644, %638 : tensor<?x?x704xf32>
    %646 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %647 = stablehlo.reshape %646 : (tensor<i32>) -> tensor<1xi32>
    %648 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %649 = stablehlo.reshape %648 : (tensor<i32>) -> tensor<1xi32>
    %650 = stablehlo.concatenate %647, %649, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %651 = stablehlo.dynamic_broadcast_in_dim %cst, %650, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %652 = stablehlo.divide %651, %645 : tensor<?x?x704xf32>
    %653 = stablehlo.multiply %636, %652 : tensor<?x?x704xf32>
    %654 = stablehlo.dot_general %635, %arg20, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %655 = stablehlo.multiply %653, %654 : tensor<?x?x704xf32>
    %656 = stablehlo.dot_general %655, %arg21, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x704xf32>, tensor<256x704xf32>) -> tensor<?x?x256xf32>
    %657 = stablehlo.add %597, %656 : tensor<?x?x256xf32>
    %658 = stablehlo.multiply %657, %657 : tensor<?x?x256xf32>
    %659 = stablehlo.reduce(%658 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %660 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %661 = stablehlo.reshape %660 : (tensor<i32>) -> tensor<1xi32>
    %662 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %663 = stablehlo.reshape %662 : (tensor<i32>) -> tensor<1xi32>
    %664 = stablehlo.concatenate %661, %663, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %665 = stablehlo.dynamic_broadcast_in_dim %659, %664, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %666 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %667 = stablehlo.reshape %666 : (tensor<i32>) -> tensor<1xi32>
    %668 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %669 = stablehlo.reshape %668 : (tensor<i32>) -> tensor<1xi32>
    %670 = stablehlo.concatenate %667, %669, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %671 = stablehlo.dynamic_broadcast_in_dim %cst_9, %670, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %672 = stablehlo.divide %665, %671 : tensor<?x?x1xf32>
    %673 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %674 = stablehlo.reshape %673 : (tensor<i32>) -> tensor<1xi32>
    %675 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %676 = stablehlo.reshape %675 : (tensor<i32>) -> tensor<1xi32>
    %677 = stablehlo.concatenate %674, %676, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %678 = stablehlo.dynamic_broadcast_in_dim %cst_8, %677, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %679 = stablehlo.add %672, %678 : tensor<?x?x1xf32>
    %680 = stablehlo.rsqrt %679 : tensor<?x?x1xf32>
    %681 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %682 = stablehlo.reshape %681 : (tensor<i32>) -> tensor<1xi32>
    %683 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %684 = stablehlo.reshape %683 : (tensor<i32>) -> tensor<1xi32>
    %685 = stablehlo.concatenate %682, %684, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %686 = stablehlo.dynamic_broadcast_in_dim %680, %685, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %687 = stablehlo.multiply %657, %686 : tensor<?x?x256xf32>
    %688 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %689 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %690 = stablehlo.reshape %689 : (tensor<i32>) -> tensor<1xi32>
    %691 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %692 = stablehlo.reshape %691 : (tensor<i32>) -> tensor<1xi32>
    %693 = stablehlo.concatenate %690, %692, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %694 = stablehlo.dynamic_broadcast_in_dim %688, %693, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %695 = stablehlo.multiply %694, %687 : tensor<?x?x256xf32>
    %696 = stablehlo.dot_general %695, %arg23, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %697 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %698 = stablehlo.reshape %697 : (tensor<i32>) -> tensor<1xi32>
    %699 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %700 = stablehlo.reshape %699 : (tensor<i32>) -> tensor<1xi32>
    %701 = stablehlo.concatenate %698, %700, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %702 = stablehlo.dynamic_reshape %696, %701 : (tensor<?x?x256xf32>, tensor<4xi32>) -> tensor<?x?x8x32xf32>
    %703 = stablehlo.transpose %702, dims = [0, 2, 1, 3] : (tensor<?x?x8x32xf32>) -> tensor<?x8x?x32xf32>
    %704 = stablehlo.dot_general %695, %arg24, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %705 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %706 = stablehlo.reshape %705 : (tensor<i32>) -> tensor<1xi32>
    %707 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %708 = stablehlo.reshape %707 : (tensor<i32>) -> tensor<1xi32>
    %709 = stablehlo.concatenate %706, %708, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %710 = stablehlo.dynamic_reshape %704, %709 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %711 = stablehlo.transpose %710, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %712 = stablehlo.dot_general %695, %arg25, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %713 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %714 = stablehlo.reshape %713 : (tensor<i32>) -> tensor<1xi32>
    %715 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %716 = stablehlo.reshape %715 : (tensor<i32>) -> tensor<1xi32>
    %717 = stablehlo.concatenate %714, %716, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %718 = stablehlo.dynamic_reshape %712, %717 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %719 = stablehlo.transpose %718, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %720 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %721 = stablehlo.reshape %720 : (tensor<i32>) -> tensor<1xi32>
    %722 = stablehlo.concatenate %c_12, %c_12, %721, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %723 = stablehlo.dynamic_broadcast_in_dim %18, %722, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %724 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %725 = stablehlo.reshape %724 : (tensor<i32>) -> tensor<1xi32>
    %726 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %727 = stablehlo.reshape %726 : (tensor<i32>) -> tensor<1xi32>
    %728 = stablehlo.concatenate %725, %c_6, %727, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %729 = stablehlo.dynamic_broadcast_in_dim %723, %728, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %730 = stablehlo.multiply %703, %729 : tensor<?x8x?x32xf32>
    %731 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %732 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %733 = stablehlo.reshape %732 : (tensor<i32>) -> tensor<1xi32>
    %734 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %735 = stablehlo.reshape %734 : (tensor<i32>) -> tensor<1xi32>
    %736 = stablehlo.concatenate %733, %c_6, %735, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %737 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %738 = stablehlo.real_dynamic_slice %703, %731, %736, %737 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %739 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %740 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %741 = stablehlo.reshape %740 : (tensor<i32>) -> tensor<1xi32>
    %742 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %743 = stablehlo.reshape %742 : (tensor<i32>) -> tensor<1xi32>
    %744 = stablehlo.concatenate %741, %c_6, %743, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %745 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %746 = stablehlo.real_dynamic_slice %703, %739, %744, %745 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %747 = stablehlo.negate %746 : tensor<?x8x?x16xf32>
    %748 = stablehlo.concatenate %747, %738, dim = 3 : (tensor<?x8x?x16xf32>, tensor<?x8x?x16xf32>) -> tensor<?x8x?x32xf32>
    %749 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %750 = stablehlo.reshape %749 : (tensor<i32>) -> tensor<1xi32>
    %751 = stablehlo.concatenate %c_12, %c_12, %750, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %752 = stablehlo.dynamic_broadcast_in_dim %19, %751, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %753 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %754 = stablehlo.reshape %753 : (tensor<i32>) -> tensor<1xi32>
    %755 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %756 = stablehlo.reshape %755 : (tensor<i32>) -> tensor<1xi32>
    %757 = stablehlo.concatenate %754, %c_6, %756, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %758 = stablehlo.dynamic_broadcast_in_dim %752, %757, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %759 = stablehlo.multiply %748, %758 : tensor<?x8x?x32xf32>
    %760 = stablehlo.add %730, %759 : tensor<?x8x?x32xf32>
    %761 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %762 = stablehlo.reshape %761 : (tensor<i32>) -> tensor<1xi32>
    %763 = stablehlo.concatenate %c_12, %c_12, %762, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %764 = stablehlo.dynamic_broadcast_in_dim %18, %763, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %765 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %766 = stablehlo.reshape %765 : (tensor<i32>) -> tensor<1xi32>
    %767 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %768 = stablehlo.reshape %767 : (tensor<i32>) -> tensor<1xi32>
    %769 = stablehlo.concatenate %766, %c_4, %768, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %770 = stablehlo.dynamic_broadcast_in_dim %764, %769, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %771 = stablehlo.multiply %711, %770 : tensor<?x4x?x32xf32>
    %772 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %773 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %774 = stablehlo.reshape %773 : (tensor<i32>) -> tensor<1xi32>
    %775 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %776 = stablehlo.reshape %775 : (tensor<i32>) -> tensor<1xi32>
    %777 = stablehlo.concatenate %774, %c_4, %776, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %778 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %779 = stablehlo.real_dynamic_slice %711, %772, %777, %778 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %780 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %781 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %782 = stablehlo.reshape %781 : (tensor<i32>) -> tensor<1xi32>
    %783 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %784 = stablehlo.reshape %783 : (tensor<i32>) -> tensor<1xi32>
    %785 = stablehlo.concatenate %782, %c_4, %784, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %786 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %787 = stablehlo.real_dynamic_slice %711, %780, %785, %786 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %788 = stablehlo.negate %787 : tensor<?x4x?x16xf32>
    %789 = stablehlo.concatenate %788, %779, dim = 3 : (tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>) -> tensor<?x4x?x32xf32>
    %790 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %791 = stablehlo.reshape %790 : (tensor<i32>) -> tensor<1xi32>
    %792 = stablehlo.concatenate %c_12, %c_12, %791, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %793 = stablehlo.dynamic_broadcast_in_dim %19, %792, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %794 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %795 = stablehlo.reshape %794 : (tensor<i32>) -> tensor<1xi32>
    %796 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %797 = stablehlo.reshape %796 : (tensor<i32>) -> tensor<1xi32>
    %798 = stablehlo.concatenate %795, %c_4, %797, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %799 = stablehlo.dynamic_broadcast_in_dim %793, %798, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %800 = stablehlo.multiply %789, %799 : tensor<?x4x?x32xf32>
    %801 = stablehlo.add %771, %800 : tensor<?x4x?x32xf32>
    %802 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %803 = stablehlo.reshape %802 : (tensor<i32>) -> tensor<1xi32>
    %804 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %805 = stablehlo.reshape %804 : (tensor<i32>) -> tensor<1xi32>
    %806 = stablehlo.concatenate %803, %c_4, %c_2, %805, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %807 = stablehlo.dynamic_reshape %760, %806 : (tensor<?x8x?x32xf32>, tensor<5xi32>) -> tensor<?x4x2x?x32xf32>
    %808 = stablehlo.dot_general %807, %801, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x4x2x?x32xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x2x?x?xf32>
    %809 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %810 = stablehlo.reshape %809 : (tensor<i32>) -> tensor<1xi32>
    %811 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %812 = stablehlo.reshape %811 : (tensor<i32>) -> tensor<1xi32>
    %813 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %814 = stablehlo.reshape %813 : (tensor<i32>) -> tensor<1xi32>
    %815 = stablehlo.concatenate %810, %c_6, %812, %814, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %816 = stablehlo.dynamic_reshape %808, %815 : (tensor<?x4x2x?x?xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %817 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %818 = stablehlo.reshape %817 : (tensor<i32>) -> tensor<1xi32>
    %819 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %820 = stablehlo.reshape %819 : (tensor<i32>) -> tensor<1xi32>
    %821 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %822 = stablehlo.reshape %821 : (tensor<i32>) -> tensor<1xi32>
    %823 = stablehlo.concatenate %818, %c_6, %820, %822, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %824 = stablehlo.dynamic_broadcast_in_dim %cst_1, %823, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %825 = stablehlo.multiply %816, %824 : tensor<?x8x?x?xf32>
    %826 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %827 = stablehlo.reshape %826 : (tensor<i32>) -> tensor<1xi32>
    %828 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %829 = stablehlo.reshape %828 : (tensor<i32>) -> tensor<1xi32>
    %830 = stablehlo.concatenate %827, %829, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %831 = stablehlo.dynamic_iota %830, dim = 0 : (tensor<2xi32>) -> tensor<?x?xi32>
    %832 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %833 = stablehlo.reshape %832 : (tensor<i32>) -> tensor<1xi32>
    %834 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %835 = stablehlo.reshape %834 : (tensor<i32>) -> tensor<1xi32>
    %836 = stablehlo.concatenate %833, %835, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %837 = stablehlo.dynamic_iota %836, dim = 1 : (tensor<2xi32>) -> tensor<?x?xi32>
    %838 = stablehlo.compare LE, %837, %831, SIGNED : (tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi1>
    %839 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %840 = stablehlo.reshape %839 : (tensor<i32>) -> tensor<1xi32>
    %841 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %842 = stablehlo.reshape %841 : (tensor<i32>) -> tensor<1xi32>
    %843 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %844 = stablehlo.reshape %843 : (tensor<i32>) -> tensor<1xi32>
    %845 = stablehlo.concatenate %840, %c_6, %842, %844, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %846 = stablehlo.dynamic_broadcast_in_dim %838, %845, dims = [2, 3] : (tensor<?x?xi1>, tensor<4xi32>) -> tensor<?x8x?x?xi1>
    %847 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %848 = stablehlo.reshape %847 : (tensor<i32>) -> tensor<1xi32>
    %849 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %850 = stablehlo.reshape %849 : (tensor<i32>) -> tensor<1xi32>
    %851 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %852 = stablehlo.reshape %851 : (tensor<i32>) -> tensor<1xi32>
    %853 = stablehlo.concatenate %848, %c_6, %850, %852, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %854 = stablehlo.dynamic_broadcast_in_dim %cst_0, %853, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %855 = stablehlo.select %846, %825, %854 : tensor<?x8x?x?xi1>, tensor<?x8x?x?xf32>
    %856 = stablehlo.reduce(%855 init: %cst_0) applies stablehlo.maximum across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %857 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %858 = stablehlo.reshape %857 : (tensor<i32>) -> tensor<1xi32>
    %859 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %860 = stablehlo.reshape %859 : (tensor<i32>) -> tensor<1xi32>
    %861 = stablehlo.concatenate %858, %c_6, %860, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %862 = stablehlo.dynamic_broadcast_in_dim %856, %861, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %863 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %864 = stablehlo.reshape %863 : (tensor<i32>) -> tensor<1xi32>
    %865 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %866 = stablehlo.reshape %865 : (tensor<i32>) -> tensor<1xi32>
    %867 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %868 = stablehlo.reshape %867 : (tensor<i32>) -> tensor<1xi32>
    %869 = stablehlo.concatenate %864, %c_6, %866, %868, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %870 = stablehlo.dynamic_broadcast_in_dim %862, %869, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %871 = stablehlo.subtract %855, %870 : tensor<?x8x?x?xf32>
    %872 = stablehlo.exponential %871 : tensor<?x8x?x?xf32>
    %873 = stablehlo.reduce(%872 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %874 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %875 = stablehlo.reshape %874 : (tensor<i32>) -> tensor<1xi32>
    %876 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %877 = stablehlo.reshape %876 : (tensor<i32>) -> tensor<1xi32>
    %878 = stablehlo.concatenate %875, %c_6, %877, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %879 = stablehlo.dynamic_broadcast_in_dim %873, %878, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %880 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %881 = stablehlo.reshape %880 : (tensor<i32>) -> tensor<1xi32>
    %882 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %883 = stablehlo.reshape %882 : (tensor<i32>) -> tensor<1xi32>
    %884 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %885 = stablehlo.reshape %884 : (tensor<i32>) -> tensor<1xi32>
    %886 = stablehlo.concatenate %881, %c_6, %883, %885, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %887 = stablehlo.dynamic_broadcast_in_dim %879, %886, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %888 = stablehlo.divide %872, %887 : tensor<?x8x?x?xf32>
    %889 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %890 = stablehlo.reshape %889 : (tensor<i32>) -> tensor<1xi32>
    %891 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %892 = stablehlo.reshape %891 : (tensor<i32>) -> tensor<1xi32>
    %893 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %894 = stablehlo.reshape %893 : (tensor<i32>) -> tensor<1xi32>
    %895 = stablehlo.concatenate %890, %c_4, %c_2, %892, %894, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %896 = stablehlo.dynamic_reshape %888, %895 : (tensor<?x8x?x?xf32>, tensor<5xi32>) -> tensor<?x4x2x?x?xf32>
    %897 = stablehlo.dot_general %896, %719, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x4x2x?x?xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x2x?x32xf32>
    %898 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %899 = stablehlo.reshape %898 : (tensor<i32>) -> tensor<1xi32>
    %900 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %901 = stablehlo.reshape %900 : (tensor<i32>) -> tensor<1xi32>
    %902 = stablehlo.concatenate %899, %c_6, %901, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %903 = stablehlo.dynamic_reshape %897, %902 : (tensor<?x4x2x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %904 = stablehlo.transpose %903, dims = [0, 2, 1, 3] : (tensor<?x8x?x32xf32>) -> tensor<?x?x8x32xf32>
    %905 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %906 = stablehlo.reshape %905 : (tensor<i32>) -> tensor<1xi32>
    %907 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %908 = stablehlo.reshape %907 : (tensor<i32>) -> tensor<1xi32>
    %909 = stablehlo.concatenate %906, %908, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %910 = stablehlo.dynamic_reshape %904, %909 : (tensor<?x?x8x32xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %911 = stablehlo.dot_general %910, %arg26, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %912 = stablehlo.add %657, %911 : tensor<?x?x256xf32>
    %913 = stablehlo.multiply %912, %912 : tensor<?x?x256xf32>
    %914 = stablehlo.reduce(%913 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %915 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %916 = stablehlo.reshape %915 : (tensor<i32>) -> tensor<1xi32>
    %917 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %918 = stablehlo.reshape %917 : (tensor<i32>) -> tensor<1xi32>
    %919 = stablehlo.concatenate %916, %918, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %920 = stablehlo.dynamic_broadcast_in_dim %914, %919, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %921 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %922 = stablehlo.reshape %921 : (tensor<i32>) -> tensor<1xi32>
    %923 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %924 = stablehlo.reshape %923 : (tensor<i32>) -> tensor<1xi32>
    %925 = stablehlo.concatenate %922, %924, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %926 = stablehlo.dynamic_broadcast_in_dim %cst_9, %925, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %927 = stablehlo.divide %920, %926 : tensor<?x?x1xf32>
    %928 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %929 = stablehlo.reshape %928 : (tensor<i32>) -> tensor<1xi32>
    %930 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %931 = stablehlo.reshape %930 : (tensor<i32>) -> tensor<1xi32>
    %932 = stablehlo.concatenate %929, %931, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %933 = stablehlo.dynamic_broadcast_in_dim %cst_8, %932, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %934 = stablehlo.add %927, %933 : tensor<?x?x1xf32>
    %935 = stablehlo.rsqrt %934 : tensor<?x?x1xf32>
    %936 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %937 = stablehlo.reshape %936 : (tensor<i32>) -> tensor<1xi32>
    %938 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %939 = stablehlo.reshape %938 : (tensor<i32>) -> tensor<1xi32>
    %940 = stablehlo.concatenate %937, %939, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %941 = stablehlo.dynamic_broadcast_in_dim %935, %940, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %942 = stablehlo.multiply %912, %941 : tensor<?x?x256xf32>
    %943 = stablehlo.broadcast_in_dim %arg27, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %944 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %945 = stablehlo.reshape %944 : (tensor<i32>) -> tensor<1xi32>
    %946 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %947 = stablehlo.reshape %946 : (tensor<i32>) -> tensor<1xi32>
    %948 = stablehlo.concatenate %945, %947, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %949 = stablehlo.dynamic_broadcast_in_dim %943, %948, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %950 = stablehlo.multiply %949, %942 : tensor<?x?x256xf32>
    %951 = stablehlo.dot_general %950, %arg28, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %952 = stablehlo.negate %951 : tensor<?x?x704xf32>
    %953 = stablehlo.exponential %952 : tensor<?x?x704xf32>
    %954 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %955 = stablehlo.reshape %954 : (tensor<i32>) -> tensor<1xi32>
    %956 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %957 = stablehlo.reshape %956 : (tensor<i32>) -> tensor<1xi32>
    %958 = stablehlo.concatenate %955, %957, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %959 = stablehlo.dynamic_broadcast_in_dim %cst, %958, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %960 = stablehlo.add %959, %953 : tensor<?x?x704xf32>
    %961 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %962 = stablehlo.reshape %961 : (tensor<i32>) -> tensor<1xi32>
    %963 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %964 = stablehlo.reshape %963 : (tensor<i32>) -> tensor<1xi32>
    %965 = stablehlo.concatenate %962, %964, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %966 = stablehlo.dynamic_broadcast_in_dim %cst, %965, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %967 = stablehlo.divide %966, %960 : tensor<?x?x704xf32>
    %968 = stablehlo.multiply %951, %967 : tensor<?x?x704xf32>
    %969 = stablehlo.dot_general %950, %arg29, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %970 = stablehlo.multiply %968, %969 : tensor<?x?x704xf32>
    %971 = stablehlo.dot_general %970, %arg30, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x704xf32>, tensor<256x704xf32>) -> tensor<?x?x256xf32>
    %972 = stablehlo.add %912, %971 : tensor<?x?x256xf32>
    %973 = stablehlo.multiply %972, %972 : tensor<?x?x256xf32>
    %974 = stablehlo.reduce(%973 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %975 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %976 = stablehlo.reshape %975 : (tensor<i32>) -> tensor<1xi32>
    %977 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %978 = stablehlo.reshape %977 : (tensor<i32>) -> tensor<1xi32>
    %979 = stablehlo.concatenate %976, %978, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %980 = stablehlo.dynamic_broadcast_in_dim %974, %979, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %981 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %982 = stablehlo.reshape %981 : (tensor<i32>) -> tensor<1xi32>
    %983 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %984 = stablehlo.reshape %983 : (tensor<i32>) -> tensor<1xi32>
    %985 = stablehlo.concatenate %982, %984, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %986 = stablehlo.dynamic_broadcast_in_dim %cst_9, %985, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %987 = stablehlo.divide %980, %986 : tensor<?x?x1xf32>
    %988 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %989 = stablehlo.reshape %988 : (tensor<i32>) -> tensor<1xi32>
    %990 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %991 = stablehlo.reshape %990 : (tensor<i32>) -> tensor<1xi32>
    %992 = stablehlo.concatenate %989, %991, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %993 = stablehlo.dynamic_broadcast_in_dim %cst_8, %992, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %994 = stablehlo.add %987, %993 : tensor<?x?x1xf32>
    %995 = stablehlo.rsqrt %994 : tensor<?x?x1xf32>
    %996 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %997 = stablehlo.reshape %996 : (tensor<i32>) -> tensor<1xi32>
    %998 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %999 = stablehlo.reshape %998 : (tensor<i32>) -> tensor<1xi32>
    %1000 = stablehlo.concatenate %997, %999, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1001 = stablehlo.dynamic_broadcast_in_dim %995, %1000, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %1002 = stablehlo.multiply %972, %1001 : tensor<?x?x256xf32>
    %1003 = stablehlo.broadcast_in_dim %arg31, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1004 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1005 = stablehlo.reshape %1004 : (tensor<i32>) -> tensor<1xi32>
    %1006 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1007 = stablehlo.reshape %1006 : (tensor<i32>) -> tensor<1xi32>
    %1008 = stablehlo.concatenate %1005, %1007, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1009 = stablehlo.dynamic_broadcast_in_dim %1003, %1008, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %1010 = stablehlo.multiply %1009, %1002 : tensor<?x?x256xf32>
    %1011 = stablehlo.dot_general %1010, %arg32, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %1012 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1013 = stablehlo.reshape %1012 : (tensor<i32>) -> tensor<1xi32>
    %1014 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1015 = stablehlo.reshape %1014 : (tensor<i32>) -> tensor<1xi32>
    %1016 = stablehlo.concatenate %1013, %1015, %c_6, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1017 = stablehlo.dynamic_reshape %1011, %1016 : (tensor<?x?x256xf32>, tensor<4xi32>) -> tensor<?x?x8x32xf32>
    %1018 = stablehlo.transpose %1017, dims = [0, 2, 1, 3] : (tensor<?x?x8x32xf32>) -> tensor<?x8x?x32xf32>
    %1019 = stablehlo.dot_general %1010, %arg33, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %1020 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1021 = stablehlo.reshape %1020 : (tensor<i32>) -> tensor<1xi32>
    %1022 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1023 = stablehlo.reshape %1022 : (tensor<i32>) -> tensor<1xi32>
    %1024 = stablehlo.concatenate %1021, %1023, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1025 = stablehlo.dynamic_reshape %1019, %1024 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %1026 = stablehlo.transpose %1025, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %1027 = stablehlo.dot_general %1010, %arg34, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<128x256xf32>) -> tensor<?x?x128xf32>
    %1028 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1029 = stablehlo.reshape %1028 : (tensor<i32>) -> tensor<1xi32>
    %1030 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1031 = stablehlo.reshape %1030 : (tensor<i32>) -> tensor<1xi32>
    %1032 = stablehlo.concatenate %1029, %1031, %c_4, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1033 = stablehlo.dynamic_reshape %1027, %1032 : (tensor<?x?x128xf32>, tensor<4xi32>) -> tensor<?x?x4x32xf32>
    %1034 = stablehlo.transpose %1033, dims = [0, 2, 1, 3] : (tensor<?x?x4x32xf32>) -> tensor<?x4x?x32xf32>
    %1035 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1036 = stablehlo.reshape %1035 : (tensor<i32>) -> tensor<1xi32>
    %1037 = stablehlo.concatenate %c_12, %c_12, %1036, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1038 = stablehlo.dynamic_broadcast_in_dim %18, %1037, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %1039 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1040 = stablehlo.reshape %1039 : (tensor<i32>) -> tensor<1xi32>
    %1041 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1042 = stablehlo.reshape %1041 : (tensor<i32>) -> tensor<1xi32>
    %1043 = stablehlo.concatenate %1040, %c_6, %1042, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1044 = stablehlo.dynamic_broadcast_in_dim %1038, %1043, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %1045 = stablehlo.multiply %1018, %1044 : tensor<?x8x?x32xf32>
    %1046 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1047 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1048 = stablehlo.reshape %1047 : (tensor<i32>) -> tensor<1xi32>
    %1049 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1050 = stablehlo.reshape %1049 : (tensor<i32>) -> tensor<1xi32>
    %1051 = stablehlo.concatenate %1048, %c_6, %1050, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1052 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1053 = stablehlo.real_dynamic_slice %1018, %1046, %1051, %1052 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %1054 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1055 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1056 = stablehlo.reshape %1055 : (tensor<i32>) -> tensor<1xi32>
    %1057 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1058 = stablehlo.reshape %1057 : (tensor<i32>) -> tensor<1xi32>
    %1059 = stablehlo.concatenate %1056, %c_6, %1058, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1060 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1061 = stablehlo.real_dynamic_slice %1018, %1054, %1059, %1060 : (tensor<?x8x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x8x?x16xf32>
    %1062 = stablehlo.negate %1061 : tensor<?x8x?x16xf32>
    %1063 = stablehlo.concatenate %1062, %1053, dim = 3 : (tensor<?x8x?x16xf32>, tensor<?x8x?x16xf32>) -> tensor<?x8x?x32xf32>
    %1064 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1065 = stablehlo.reshape %1064 : (tensor<i32>) -> tensor<1xi32>
    %1066 = stablehlo.concatenate %c_12, %c_12, %1065, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1067 = stablehlo.dynamic_broadcast_in_dim %19, %1066, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %1068 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1069 = stablehlo.reshape %1068 : (tensor<i32>) -> tensor<1xi32>
    %1070 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1071 = stablehlo.reshape %1070 : (tensor<i32>) -> tensor<1xi32>
    %1072 = stablehlo.concatenate %1069, %c_6, %1071, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1073 = stablehlo.dynamic_broadcast_in_dim %1067, %1072, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %1074 = stablehlo.multiply %1063, %1073 : tensor<?x8x?x32xf32>
    %1075 = stablehlo.add %1045, %1074 : tensor<?x8x?x32xf32>
    %1076 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1077 = stablehlo.reshape %1076 : (tensor<i32>) -> tensor<1xi32>
    %1078 = stablehlo.concatenate %c_12, %c_12, %1077, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1079 = stablehlo.dynamic_broadcast_in_dim %18, %1078, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %1080 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1081 = stablehlo.reshape %1080 : (tensor<i32>) -> tensor<1xi32>
    %1082 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1083 = stablehlo.reshape %1082 : (tensor<i32>) -> tensor<1xi32>
    %1084 = stablehlo.concatenate %1081, %c_4, %1083, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1085 = stablehlo.dynamic_broadcast_in_dim %1079, %1084, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %1086 = stablehlo.multiply %1026, %1085 : tensor<?x4x?x32xf32>
    %1087 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1088 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1089 = stablehlo.reshape %1088 : (tensor<i32>) -> tensor<1xi32>
    %1090 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1091 = stablehlo.reshape %1090 : (tensor<i32>) -> tensor<1xi32>
    %1092 = stablehlo.concatenate %1089, %c_4, %1091, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1093 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1094 = stablehlo.real_dynamic_slice %1026, %1087, %1092, %1093 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %1095 = stablehlo.concatenate %c_3, %c_3, %c_3, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1096 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1097 = stablehlo.reshape %1096 : (tensor<i32>) -> tensor<1xi32>
    %1098 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1099 = stablehlo.reshape %1098 : (tensor<i32>) -> tensor<1xi32>
    %1100 = stablehlo.concatenate %1097, %c_4, %1099, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1101 = stablehlo.concatenate %c_12, %c_12, %c_12, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1102 = stablehlo.real_dynamic_slice %1026, %1095, %1100, %1101 : (tensor<?x4x?x32xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<?x4x?x16xf32>
    %1103 = stablehlo.negate %1102 : tensor<?x4x?x16xf32>
    %1104 = stablehlo.concatenate %1103, %1094, dim = 3 : (tensor<?x4x?x16xf32>, tensor<?x4x?x16xf32>) -> tensor<?x4x?x32xf32>
    %1105 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1106 = stablehlo.reshape %1105 : (tensor<i32>) -> tensor<1xi32>
    %1107 = stablehlo.concatenate %c_12, %c_12, %1106, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1108 = stablehlo.dynamic_broadcast_in_dim %19, %1107, dims = [2, 3] : (tensor<?x32xf32>, tensor<4xi32>) -> tensor<1x1x?x32xf32>
    %1109 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1110 = stablehlo.reshape %1109 : (tensor<i32>) -> tensor<1xi32>
    %1111 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1112 = stablehlo.reshape %1111 : (tensor<i32>) -> tensor<1xi32>
    %1113 = stablehlo.concatenate %1110, %c_4, %1112, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1114 = stablehlo.dynamic_broadcast_in_dim %1108, %1113, dims = [0, 1, 2, 3] : (tensor<1x1x?x32xf32>, tensor<4xi32>) -> tensor<?x4x?x32xf32>
    %1115 = stablehlo.multiply %1104, %1114 : tensor<?x4x?x32xf32>
    %1116 = stablehlo.add %1086, %1115 : tensor<?x4x?x32xf32>
    %1117 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1118 = stablehlo.reshape %1117 : (tensor<i32>) -> tensor<1xi32>
    %1119 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1120 = stablehlo.reshape %1119 : (tensor<i32>) -> tensor<1xi32>
    %1121 = stablehlo.concatenate %1118, %c_4, %c_2, %1120, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %1122 = stablehlo.dynamic_reshape %1075, %1121 : (tensor<?x8x?x32xf32>, tensor<5xi32>) -> tensor<?x4x2x?x32xf32>
    %1123 = stablehlo.dot_general %1122, %1116, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x4x2x?x32xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x2x?x?xf32>
    %1124 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1125 = stablehlo.reshape %1124 : (tensor<i32>) -> tensor<1xi32>
    %1126 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1127 = stablehlo.reshape %1126 : (tensor<i32>) -> tensor<1xi32>
    %1128 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1129 = stablehlo.reshape %1128 : (tensor<i32>) -> tensor<1xi32>
    %1130 = stablehlo.concatenate %1125, %c_6, %1127, %1129, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1131 = stablehlo.dynamic_reshape %1123, %1130 : (tensor<?x4x2x?x?xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %1132 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1133 = stablehlo.reshape %1132 : (tensor<i32>) -> tensor<1xi32>
    %1134 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1135 = stablehlo.reshape %1134 : (tensor<i32>) -> tensor<1xi32>
    %1136 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1137 = stablehlo.reshape %1136 : (tensor<i32>) -> tensor<1xi32>
    %1138 = stablehlo.concatenate %1133, %c_6, %1135, %1137, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1139 = stablehlo.dynamic_broadcast_in_dim %cst_1, %1138, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %1140 = stablehlo.multiply %1131, %1139 : tensor<?x8x?x?xf32>
    %1141 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1142 = stablehlo.reshape %1141 : (tensor<i32>) -> tensor<1xi32>
    %1143 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1144 = stablehlo.reshape %1143 : (tensor<i32>) -> tensor<1xi32>
    %1145 = stablehlo.concatenate %1142, %1144, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1146 = stablehlo.dynamic_iota %1145, dim = 0 : (tensor<2xi32>) -> tensor<?x?xi32>
    %1147 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1148 = stablehlo.reshape %1147 : (tensor<i32>) -> tensor<1xi32>
    %1149 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1150 = stablehlo.reshape %1149 : (tensor<i32>) -> tensor<1xi32>
    %1151 = stablehlo.concatenate %1148, %1150, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1152 = stablehlo.dynamic_iota %1151, dim = 1 : (tensor<2xi32>) -> tensor<?x?xi32>
    %1153 = stablehlo.compare LE, %1152, %1146, SIGNED : (tensor<?x?xi32>, tensor<?x?xi32>) -> tensor<?x?xi1>
    %1154 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1155 = stablehlo.reshape %1154 : (tensor<i32>) -> tensor<1xi32>
    %1156 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1157 = stablehlo.reshape %1156 : (tensor<i32>) -> tensor<1xi32>
    %1158 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1159 = stablehlo.reshape %1158 : (tensor<i32>) -> tensor<1xi32>
    %1160 = stablehlo.concatenate %1155, %c_6, %1157, %1159, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1161 = stablehlo.dynamic_broadcast_in_dim %1153, %1160, dims = [2, 3] : (tensor<?x?xi1>, tensor<4xi32>) -> tensor<?x8x?x?xi1>
    %1162 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1163 = stablehlo.reshape %1162 : (tensor<i32>) -> tensor<1xi32>
    %1164 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1165 = stablehlo.reshape %1164 : (tensor<i32>) -> tensor<1xi32>
    %1166 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1167 = stablehlo.reshape %1166 : (tensor<i32>) -> tensor<1xi32>
    %1168 = stablehlo.concatenate %1163, %c_6, %1165, %1167, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1169 = stablehlo.dynamic_broadcast_in_dim %cst_0, %1168, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %1170 = stablehlo.select %1161, %1140, %1169 : tensor<?x8x?x?xi1>, tensor<?x8x?x?xf32>
    %1171 = stablehlo.reduce(%1170 init: %cst_0) applies stablehlo.maximum across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %1172 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1173 = stablehlo.reshape %1172 : (tensor<i32>) -> tensor<1xi32>
    %1174 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1175 = stablehlo.reshape %1174 : (tensor<i32>) -> tensor<1xi32>
    %1176 = stablehlo.concatenate %1173, %c_6, %1175, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1177 = stablehlo.dynamic_broadcast_in_dim %1171, %1176, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %1178 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1179 = stablehlo.reshape %1178 : (tensor<i32>) -> tensor<1xi32>
    %1180 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1181 = stablehlo.reshape %1180 : (tensor<i32>) -> tensor<1xi32>
    %1182 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1183 = stablehlo.reshape %1182 : (tensor<i32>) -> tensor<1xi32>
    %1184 = stablehlo.concatenate %1179, %c_6, %1181, %1183, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1185 = stablehlo.dynamic_broadcast_in_dim %1177, %1184, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %1186 = stablehlo.subtract %1170, %1185 : tensor<?x8x?x?xf32>
    %1187 = stablehlo.exponential %1186 : tensor<?x8x?x?xf32>
    %1188 = stablehlo.reduce(%1187 init: %cst_10) applies stablehlo.add across dimensions = [3] : (tensor<?x8x?x?xf32>, tensor<f32>) -> tensor<?x8x?xf32>
    %1189 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1190 = stablehlo.reshape %1189 : (tensor<i32>) -> tensor<1xi32>
    %1191 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1192 = stablehlo.reshape %1191 : (tensor<i32>) -> tensor<1xi32>
    %1193 = stablehlo.concatenate %1190, %c_6, %1192, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1194 = stablehlo.dynamic_broadcast_in_dim %1188, %1193, dims = [0, 1, 2] : (tensor<?x8x?xf32>, tensor<4xi32>) -> tensor<?x8x?x1xf32>
    %1195 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1196 = stablehlo.reshape %1195 : (tensor<i32>) -> tensor<1xi32>
    %1197 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1198 = stablehlo.reshape %1197 : (tensor<i32>) -> tensor<1xi32>
    %1199 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1200 = stablehlo.reshape %1199 : (tensor<i32>) -> tensor<1xi32>
    %1201 = stablehlo.concatenate %1196, %c_6, %1198, %1200, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1202 = stablehlo.dynamic_broadcast_in_dim %1194, %1201, dims = [0, 1, 2, 3] : (tensor<?x8x?x1xf32>, tensor<4xi32>) -> tensor<?x8x?x?xf32>
    %1203 = stablehlo.divide %1187, %1202 : tensor<?x8x?x?xf32>
    %1204 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1205 = stablehlo.reshape %1204 : (tensor<i32>) -> tensor<1xi32>
    %1206 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1207 = stablehlo.reshape %1206 : (tensor<i32>) -> tensor<1xi32>
    %1208 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1209 = stablehlo.reshape %1208 : (tensor<i32>) -> tensor<1xi32>
    %1210 = stablehlo.concatenate %1205, %c_4, %c_2, %1207, %1209, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %1211 = stablehlo.dynamic_reshape %1203, %1210 : (tensor<?x8x?x?xf32>, tensor<5xi32>) -> tensor<?x4x2x?x?xf32>
    %1212 = stablehlo.dot_general %1211, %1034, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x4x2x?x?xf32>, tensor<?x4x?x32xf32>) -> tensor<?x4x2x?x32xf32>
    %1213 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1214 = stablehlo.reshape %1213 : (tensor<i32>) -> tensor<1xi32>
    %1215 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1216 = stablehlo.reshape %1215 : (tensor<i32>) -> tensor<1xi32>
    %1217 = stablehlo.concatenate %1214, %c_6, %1216, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1218 = stablehlo.dynamic_reshape %1212, %1217 : (tensor<?x4x2x?x32xf32>, tensor<4xi32>) -> tensor<?x8x?x32xf32>
    %1219 = stablehlo.transpose %1218, dims = [0, 2, 1, 3] : (tensor<?x8x?x32xf32>) -> tensor<?x?x8x32xf32>
    %1220 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1221 = stablehlo.reshape %1220 : (tensor<i32>) -> tensor<1xi32>
    %1222 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1223 = stablehlo.reshape %1222 : (tensor<i32>) -> tensor<1xi32>
    %1224 = stablehlo.concatenate %1221, %1223, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1225 = stablehlo.dynamic_reshape %1219, %1224 : (tensor<?x?x8x32xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %1226 = stablehlo.dot_general %1225, %arg35, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<256x256xf32>) -> tensor<?x?x256xf32>
    %1227 = stablehlo.add %972, %1226 : tensor<?x?x256xf32>
    %1228 = stablehlo.multiply %1227, %1227 : tensor<?x?x256xf32>
    %1229 = stablehlo.reduce(%1228 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %1230 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1231 = stablehlo.reshape %1230 : (tensor<i32>) -> tensor<1xi32>
    %1232 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1233 = stablehlo.reshape %1232 : (tensor<i32>) -> tensor<1xi32>
    %1234 = stablehlo.concatenate %1231, %1233, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1235 = stablehlo.dynamic_broadcast_in_dim %1229, %1234, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %1236 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1237 = stablehlo.reshape %1236 : (tensor<i32>) -> tensor<1xi32>
    %1238 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1239 = stablehlo.reshape %1238 : (tensor<i32>) -> tensor<1xi32>
    %1240 = stablehlo.concatenate %1237, %1239, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1241 = stablehlo.dynamic_broadcast_in_dim %cst_9, %1240, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %1242 = stablehlo.divide %1235, %1241 : tensor<?x?x1xf32>
    %1243 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1244 = stablehlo.reshape %1243 : (tensor<i32>) -> tensor<1xi32>
    %1245 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1246 = stablehlo.reshape %1245 : (tensor<i32>) -> tensor<1xi32>
    %1247 = stablehlo.concatenate %1244, %1246, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1248 = stablehlo.dynamic_broadcast_in_dim %cst_8, %1247, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %1249 = stablehlo.add %1242, %1248 : tensor<?x?x1xf32>
    %1250 = stablehlo.rsqrt %1249 : tensor<?x?x1xf32>
    %1251 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1252 = stablehlo.reshape %1251 : (tensor<i32>) -> tensor<1xi32>
    %1253 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1254 = stablehlo.reshape %1253 : (tensor<i32>) -> tensor<1xi32>
    %1255 = stablehlo.concatenate %1252, %1254, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1256 = stablehlo.dynamic_broadcast_in_dim %1250, %1255, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %1257 = stablehlo.multiply %1227, %1256 : tensor<?x?x256xf32>
    %1258 = stablehlo.broadcast_in_dim %arg36, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1259 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1260 = stablehlo.reshape %1259 : (tensor<i32>) -> tensor<1xi32>
    %1261 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1262 = stablehlo.reshape %1261 : (tensor<i32>) -> tensor<1xi32>
    %1263 = stablehlo.concatenate %1260, %1262, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1264 = stablehlo.dynamic_broadcast_in_dim %1258, %1263, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %1265 = stablehlo.multiply %1264, %1257 : tensor<?x?x256xf32>
    %1266 = stablehlo.dot_general %1265, %arg37, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %1267 = stablehlo.negate %1266 : tensor<?x?x704xf32>
    %1268 = stablehlo.exponential %1267 : tensor<?x?x704xf32>
    %1269 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1270 = stablehlo.reshape %1269 : (tensor<i32>) -> tensor<1xi32>
    %1271 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1272 = stablehlo.reshape %1271 : (tensor<i32>) -> tensor<1xi32>
    %1273 = stablehlo.concatenate %1270, %1272, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1274 = stablehlo.dynamic_broadcast_in_dim %cst, %1273, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %1275 = stablehlo.add %1274, %1268 : tensor<?x?x704xf32>
    %1276 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1277 = stablehlo.reshape %1276 : (tensor<i32>) -> tensor<1xi32>
    %1278 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1279 = stablehlo.reshape %1278 : (tensor<i32>) -> tensor<1xi32>
    %1280 = stablehlo.concatenate %1277, %1279, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1281 = stablehlo.dynamic_broadcast_in_dim %cst, %1280, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x704xf32>
    %1282 = stablehlo.divide %1281, %1275 : tensor<?x?x704xf32>
    %1283 = stablehlo.multiply %1266, %1282 : tensor<?x?x704xf32>
    %1284 = stablehlo.dot_general %1265, %arg38, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<704x256xf32>) -> tensor<?x?x704xf32>
    %1285 = stablehlo.multiply %1283, %1284 : tensor<?x?x704xf32>
    %1286 = stablehlo.dot_general %1285, %arg39, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x704xf32>, tensor<256x704xf32>) -> tensor<?x?x256xf32>
    %1287 = stablehlo.add %1227, %1286 : tensor<?x?x256xf32>
    %1288 = stablehlo.multiply %1287, %1287 : tensor<?x?x256xf32>
    %1289 = stablehlo.reduce(%1288 init: %cst_10) applies stablehlo.add across dimensions = [2] : (tensor<?x?x256xf32>, tensor<f32>) -> tensor<?x?xf32>
    %1290 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1291 = stablehlo.reshape %1290 : (tensor<i32>) -> tensor<1xi32>
    %1292 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1293 = stablehlo.reshape %1292 : (tensor<i32>) -> tensor<1xi32>
    %1294 = stablehlo.concatenate %1291, %1293, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1295 = stablehlo.dynamic_broadcast_in_dim %1289, %1294, dims = [0, 1] : (tensor<?x?xf32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %1296 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1297 = stablehlo.reshape %1296 : (tensor<i32>) -> tensor<1xi32>
    %1298 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1299 = stablehlo.reshape %1298 : (tensor<i32>) -> tensor<1xi32>
    %1300 = stablehlo.concatenate %1297, %1299, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1301 = stablehlo.dynamic_broadcast_in_dim %cst_9, %1300, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %1302 = stablehlo.divide %1295, %1301 : tensor<?x?x1xf32>
    %1303 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1304 = stablehlo.reshape %1303 : (tensor<i32>) -> tensor<1xi32>
    %1305 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1306 = stablehlo.reshape %1305 : (tensor<i32>) -> tensor<1xi32>
    %1307 = stablehlo.concatenate %1304, %1306, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1308 = stablehlo.dynamic_broadcast_in_dim %cst_8, %1307, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x?x1xf32>
    %1309 = stablehlo.add %1302, %1308 : tensor<?x?x1xf32>
    %1310 = stablehlo.rsqrt %1309 : tensor<?x?x1xf32>
    %1311 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1312 = stablehlo.reshape %1311 : (tensor<i32>) -> tensor<1xi32>
    %1313 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1314 = stablehlo.reshape %1313 : (tensor<i32>) -> tensor<1xi32>
    %1315 = stablehlo.concatenate %1312, %1314, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1316 = stablehlo.dynamic_broadcast_in_dim %1310, %1315, dims = [0, 1, 2] : (tensor<?x?x1xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %1317 = stablehlo.multiply %1287, %1316 : tensor<?x?x256xf32>
    %1318 = stablehlo.broadcast_in_dim %arg40, dims = [2] : (tensor<256xf32>) -> tensor<1x1x256xf32>
    %1319 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1320 = stablehlo.reshape %1319 : (tensor<i32>) -> tensor<1xi32>
    %1321 = stablehlo.convert %arg2 : (tensor<i64>) -> tensor<i32>
    %1322 = stablehlo.reshape %1321 : (tensor<i32>) -> tensor<1xi32>
    %1323 = stablehlo.concatenate %1320, %1322, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1324 = stablehlo.dynamic_broadcast_in_dim %1318, %1323, dims = [0, 1, 2] : (tensor<1x1x256xf32>, tensor<3xi32>) -> tensor<?x?x256xf32>
    %1325 = stablehlo.multiply %1324, %1317 : tensor<?x?x256xf32>
    %1326 = stablehlo.dot_general %1325, %arg41, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x?x256xf32>, tensor<2048x256xf32>) -> tensor<?x?x2048xf32>
    return %1326 : tensor<?x?x2048xf32>
  }
}
