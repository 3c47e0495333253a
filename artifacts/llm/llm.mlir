module @llm attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22entry_points\22:{\22decode\22:{\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22kind\22:\22list\22}],\22kind\22:\22tuple\22},{\22children\22:[{\22kind\22:\22leaf\22}],\22keys\22:[\22span\22],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22int64\22,\22name\22:\22tokens\22,\22shape\22:[2,1]},{\22dtype\22:\22int64\22,\22name\22:\22positions\22,\22shape\22:[2]},{\22dtype\22:\22float32\22,\22name\22:\22cache_0\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache_1\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache_2\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache_3\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22bool\22,\22name\22:\22span\22,\22shape\22:[\22span\22]}],\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22children\22:[{\22kind\22:\22leaf\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22kind\22:\22list\22}],\22keys\22:[\22logits\22,\22cache\22],\22kind\22:\22dict\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22logits\22,\22shape\22:[2,320]},{\22dtype\22:\22float32\22,\22name\22:\22cache.0\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache.1\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache.2\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache.3\22,\22shape\22:[2,2,64,16]}],\22symbols\22:{\22span\22:{\22dims\22:[\22span:0\22],\22max\22:64,\22min\22:1}},\22weights\22:[\22model.model.embed_tokens.weight\22,\22model.model.layers.0.self_attn.q_proj.weight\22,\22model.model.layers.0.self_attn.k_proj.weight\22,\22model.model.layers.0.self_attn.v_proj.weight\22,\22model.model.layers.0.self_attn.o_proj.weight\22,\22model.model.layers.0.mlp.gate_proj.weight\22,\22model.model.layers.0.mlp.up_proj.weight\22,\22model.model.layers.0.mlp.down_proj.weight\22,\22model.model.layers.0.input_layernorm.weight\22,\22model.model.layers.0.post_attention_layernorm.weight\22,\22model.model.layers.1.self_attn.q_proj.weight\22,\22model.model.layers.1.self_attn.k_proj.weight\22,\22model.model.layers.1.self_attn.v_proj.weight\22,\22model.model.layers.1.self_attn.o_proj.weight\22,\22model.model.layers.1.mlp.gate_proj.weight\22,\22model.model.layers.1.mlp.up_proj.weight\22,\22model.model.layers.1.mlp.down_proj.weight\22,\22model.model.layers.1.input_layernorm.weight\22,\22model.model.layers.1.post_attention_layernorm.weight\22,\22model.model.norm.weight\22,\22model.lm_head.weight\22,\22model.model.rotary_emb.inv_freq\22]},\22prefill\22:{\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22kind\22:\22list\22}],\22kind\22:\22tuple\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22keys\22:[\22row\22,\22last\22],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22int64\22,\22name\22:\22tokens\22,\22shape\22:[1,\22chunk\22]},{\22dtype\22:\22int64\22,\22name\22:\22positions\22,\22shape\22:[1]},{\22dtype\22:\22float32\22,\22name\22:\22cache_0\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache_1\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache_2\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache_3\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22int64\22,\22name\22:\22row\22,\22shape\22:[1]},{\22dtype\22:\22int64\22,\22name\22:\22last\22,\22shape\22:[1]}],\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22children\22:[{\22kind\22:\22leaf\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22kind\22:\22list\22}],\22keys\22:[\22logits\22,\22cache\22],\22kind\22:\22dict\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22logits\22,\22shape\22:[1,320]},{\22dtype\22:\22float32\22,\22name\22:\22cache.0\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache.1\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache.2\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache.3\22,\22shape\22:[2,2,64,16]}],\22symbols\22:{\22chunk\22:{\22dims\22:[\22tokens:1\22],\22max\22:16,\22min\22:1}},\22weights\22:[\22model.model.embed_tokens.weight\22,\22model.model.layers.0.self_attn.q_proj.weight\22,\22model.model.layers.0.self_attn.k_proj.weight\22,\22model.model.layers.0.self_attn.v_proj.weight\22,\22model.model.layers.0.self_attn.o_proj.weight\22,\22model.model.layers.0.mlp.gate_proj.weight\22,\22model.model.layers.0.mlp.up_proj.weight\22,\22model.model.layers.0.mlp.down_proj.weight\22,\22model.model.layers.0.input_layernorm.weight\22,\22model.model.layers.0.post_attention_layernorm.weight\22,\22model.model.layers.1.self_attn.q_proj.weight\22,\22model.model.layers.1.self_attn.k_proj.weight\22,\22model.model.layers.1.self_attn.v_proj.weight\22,\22model.model.layers.1.self_attn.o_proj.weight\22,\22model.model.layers.1.mlp.gate_proj.weight\22,\22model.model.layers.1.mlp.up_proj.weight\22,\22model.model.layers.1.mlp.down_proj.weight\22,\22model.model.layers.1.input_layernorm.weight\22,\22model.model.layers.1.post_attention_layernorm.weight\22,\22model.model.norm.weight\22,\22model.lm_head.weight\22,\22model.model.rotary_emb.inv_freq\22]}},\22format\22:\22torchtpu_aot\22,\22format_version\22:4,\22generation\22:{\22architecture\22:\22LlamaForCausalLM\22,\22bos_token_id\22:1,\22cache\22:[{\22dtype\22:\22float32\22,\22kind\22:\22key\22,\22layer\22:0,\22name\22:\22cache_0\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22kind\22:\22value\22,\22layer\22:0,\22name\22:\22cache_1\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22kind\22:\22key\22,\22layer\22:1,\22name\22:\22cache_2\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22kind\22:\22value\22,\22layer\22:1,\22name\22:\22cache_3\22,\22shape\22:[2,2,64,16]}],\22eos_token_ids\22:[2],\22files\22:{\22chat_template.jinja\22:{\22file\22:\22llm.chat_template.jinja\22,\22sha256\22:\223a56c3adaa2e82883bad2150841e2e36a8b39ee487fab8b7dad4f7c4ab7db9b6\22},\22generation_config.json\22:{\22file\22:\22llm.generation_config.json\22,\22sha256\22:\22e9c42bd8c4e08af12d7090aa6d4ad66489ade8373cd9b7d49f651c60103ce14c\22},\22tokenizer.json\22:{\22file\22:\22llm.tokenizer.json\22,\22sha256\22:\2245c82cc8d1fb7c78eb880455962f98f3bb35dcc7733f0ccf27db142cbf5c6c2d\22},\22tokenizer_config.json\22:{\22file\22:\22llm.tokenizer_config.json\22,\22sha256\22:\22a32c88a67297bb9c99d8240afc75b2fe99869ae991cbcc1b0d1aacb91d32bb6b\22}},\22max_batch\22:2,\22max_seq_len\22:64,\22pad_token_id\22:0,\22prefill_chunk\22:16,\22vocab_size\22:320},\22model\22:\22llm\22,\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22weights\22:{\22file\22:\22llm.safetensors\22,\22inline\22:false,\22sha256\22:\22f236c8e500389f40a1be4140b2743e7704b75c32d4a5955d3d314f3c45ad4e51\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22model.model.embed_tokens.weight\22,\22partition\22:{\22spec\22:[\22model\22,null]},\22role\22:\22parameter\22,\22shape\22:[320,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.self_attn.q_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null],\22units\22:4},\22role\22:\22parameter\22,\22shape\22:[64,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.self_attn.k_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null],\22units\22:2},\22role\22:\22parameter\22,\22shape\22:[32,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.self_attn.v_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null],\22units\22:2},\22role\22:\22parameter\22,\22shape\22:[32,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.self_attn.o_proj.weight\22,\22partition\22:{\22spec\22:[null,\22model\22],\22units\22:4},\22role\22:\22parameter\22,\22shape\22:[64,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.mlp.gate_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null]},\22role\22:\22parameter\22,\22shape\22:[128,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.mlp.up_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null]},\22role\22:\22parameter\22,\22shape\22:[128,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.mlp.down_proj.weight\22,\22partition\22:{\22spec\22:[null,\22model\22]},\22role\22:\22parameter\22,\22shape\22:[64,128]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.input_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.post_attention_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.self_attn.q_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null],\22units\22:4},\22role\22:\22parameter\22,\22shape\22:[64,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.self_attn.k_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null],\22units\22:2},\22role\22:\22parameter\22,\22shape\22:[32,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.self_attn.v_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null],\22units\22:2},\22role\22:\22parameter\22,\22shape\22:[32,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.self_attn.o_proj.weight\22,\22partition\22:{\22spec\22:[null,\22model\22],\22units\22:4},\22role\22:\22parameter\22,\22shape\22:[64,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.mlp.gate_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null]},\22role\22:\22parameter\22,\22shape\22:[128,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.mlp.up_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null]},\22role\22:\22parameter\22,\22shape\22:[128,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.mlp.down_proj.weight\22,\22partition\22:{\22spec\22:[null,\22model\22]},\22role\22:\22parameter\22,\22shape\22:[64,128]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.input_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.post_attention_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.norm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22model.lm_head.weight\22,\22partition\22:{\22spec\22:[\22model\22,null]},\22role\22:\22parameter\22,\22shape\22:[320,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.rotary_emb.inv_freq\22,\22role\22:\22buffer\22,\22shape\22:[8]}]}}"} {
  func.func public @decode(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<320x64xf32> {torchtpu.name = "model.model.embed_tokens.weight"}, %arg2: tensor<64x64xf32> {torchtpu.name = "model.model.layers.0.self_attn.q_proj.weight"}, %arg3: tensor<32x64xf32> {torchtpu.name = "model.model.layers.0.self_attn.k_proj.weight"}, %arg4: tensor<32x64xf32> {torchtpu.name = "model.model.layers.0.self_attn.v_proj.weight"}, %arg5: tensor<64x64xf32> {torchtpu.name = "model.model.layers.0.self_attn.o_proj.weight"}, %arg6: tensor<128x64xf32> {torchtpu.name = "model.model.layers.0.mlp.gate_proj.weight"}, %arg7: tensor<128x64xf32> {torchtpu.name = "model.model.layers.0.mlp.up_proj.weight"}, %arg8: tensor<64x128xf32> {torchtpu.name = "model.model.layers.0.mlp.down_proj.weight"}, %arg9: tensor<64xf32> {torchtpu.name = "model.model.layers.0.input_layernorm.weight"}, %arg10: tensor<64xf32> {torchtpu.name = "model.model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<64x64xf32> {torchtpu.name = "model.model.layers.1.self_attn.q_proj.weight"}, %arg12: tensor<32x64xf32> {torchtpu.name = "model.model.layers.1.self_attn.k_proj.weight"}, %arg13: tensor<32x64xf32> {torchtpu.name = "model.model.layers.1.self_attn.v_proj.weight"}, %arg14: tensor<64x64xf32> {torchtpu.name = "model.model.layers.1.self_attn.o_proj.weight"}, %arg15: tensor<128x64xf32> {torchtpu.name = "model.model.layers.1.mlp.gate_proj.weight"}, %arg16: tensor<128x64xf32> {torchtpu.name = "model.model.layers.1.mlp.up_proj.weight"}, %arg17: tensor<64x128xf32> {torchtpu.name = "model.model.layers.1.mlp.down_proj.weight"}, %arg18: tensor<64xf32> {torchtpu.name = "model.model.layers.1.input_layernorm.weight"}, %arg19: tensor<64xf32> {torchtpu.name = "model.model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<64xf32> {torchtpu.name = "model.model.norm.weight"}, %arg21: tensor<320x64xf32> {torchtpu.name = "model.lm_head.weight"}, %arg22: tensor<8xf32> {torchtpu.name = "model.model.rotary_emb.inv_freq"}, %arg23: tensor<2x1xi64> {torchtpu.name = "tokens"}, %arg24: tensor<2xi64> {torchtpu.name = "positions"}, %arg25: tensor<2x2x64x16xf32> {torchtpu.name = "cache_0"}, %arg26: tensor<2x2x64x16xf32> {torchtpu.name = "cache_1"}, %arg27: tensor<2x2x64x16xf32> {torchtpu.name = "cache_2"}, %arg28: tensor<2x2x64x16xf32> {torchtpu.name = "cache_3"}, %arg29: tensor<?xi1> {torchtpu.name = "span"}) -> (tensor<2x320xf32> {torchtpu.name = "logits"}, tensor<2x2x64x16xf32> {torchtpu.name = "cache.0"}, tensor<2x2x64x16xf32> {torchtpu.name = "cache.1"}, tensor<2x2x64x16xf32> {torchtpu.name = "cache.2"}, tensor<2x2x64x16xf32> {torchtpu.name = "cache.3"}) {
    %c = stablehlo.constant dense<64> : tensor<i64>
    %c_0 = stablehlo.constant dense<0> : tensor<i64>
    %c_1 = stablehlo.constant dense<-1> : tensor<i64>
    %c_2 = stablehlo.constant dense<1> : tensor<i64>
    %0 = stablehlo.get_dimension_size %arg29, dim = 0 : (tensor<?xi1>) -> tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<i64>
    %2 = stablehlo.compare GE, %1, %c_2, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%2, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'span'. Using the following polymorphic shapes specifications: args[28].shape = (span,). Obtained dimension variables: 'span' = {0} from specification 'span' for dimension args[28].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>) -> ()
    %3 = stablehlo.convert %1 : tensor<i64>
    %4 = stablehlo.add %3, %c_1 : tensor<i64>
    %5 = stablehlo.compare GE, %4, %c_0, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %6 = stablehlo.convert %1 : tensor<i64>
    %7 = stablehlo.add %6, %c_1 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%5, %7, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint span >= 1. Expected 'span - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[28].shape = (span,). Obtained dimension variables: 'span' = {1} from specification 'span' for dimension args[28].shape[0] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %8 = stablehlo.convert %1 : tensor<i64>
    %9 = stablehlo.multiply %8, %c_1 : tensor<i64>
    %10 = stablehlo.add %9, %c : tensor<i64>
    %11 = stablehlo.compare GE, %10, %c_0, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %12 = stablehlo.convert %1 : tensor<i64>
    %13 = stablehlo.multiply %12, %c_1 : tensor<i64>
    %14 = stablehlo.add %13, %c : tensor<i64>
    stablehlo.custom_call @shape_assertion(%11, %14, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint span <= 64. Expected '- span + 64' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[28].shape = (span,). Obtained dimension variables: 'span' = {1} from specification 'span' for dimension args[28].shape[0] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %15:5 = call @decode___wrapped_jax_export_main(%arg0, %1, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29) : (tensor<i64>, tensor<i64>, tensor<320x64xf32>, tensor<64x64xf32>, tensor<32x64xf32>, tensor<32x64xf32>, tensor<64x64xf32>, tensor<128x64xf32>, tensor<128x64xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<32x64xf32>, tensor<32x64xf32>, tensor<64x64xf32>, tensor<128x64xf32>, tensor<128x64xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<8xf32>, tensor<2x1xi64>, tensor<2xi64>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<?xi1>) -> (tensor<2x320xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>)
    return %15#0, %15#1, %15#2, %15#3, %15#4 : tensor<2x320xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>
  }
  func.func private @decode___wrapped_jax_export_main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<i64> {jax.global_constant = "span"}, %arg2: tensor<320x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<32x64xf32>, %arg5: tensor<32x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<128x64xf32>, %arg9: tensor<64x128xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<32x64xf32>, %arg14: tensor<32x64xf32>, %arg15: tensor<64x64xf32>, %arg16: tensor<128x64xf32>, %arg17: tensor<128x64xf32>, %arg18: tensor<64x128xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<320x64xf32>, %arg23: tensor<8xf32>, %arg24: tensor<2x1xi64>, %arg25: tensor<2xi64>, %arg26: tensor<2x2x64x16xf32>, %arg27: tensor<2x2x64x16xf32>, %arg28: tensor<2x2x64x16xf32>, %arg29: tensor<2x2x64x16xf32>, %arg30: tensor<?xi1>) -> (tensor<2x320xf32> {jax.result_info = "result[0]"}, tensor<2x2x64x16xf32> {jax.result_info = "result[1]"}, tensor<2x2x64x16xf32> {jax.result_info = "result[2]"}, tensor<2x2x64x16xf32> {jax.result_info = "result[3]"}, tensor<2x2x64x16xf32> {jax.result_info = "result[4]"}) {
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %c = stablehlo.constant dense<4> : tensor<1xi32>
    %c_1 = stablehlo.constant dense<16> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<0> : tensor<1xi32>
    %cst_3 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %cst_4 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %cst_5 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_6 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c_7 = stablehlo.constant dense<2> : tensor<1xi32>
    %c_8 = stablehlo.constant dense<1> : tensor<1xi32>
    %0 = stablehlo.broadcast_in_dim %arg25, dims = [0] : (tensor<2xi64>) -> tensor<2x1xi64>
    %1 = stablehlo.iota dim = 0 : tensor<1xi64>
    %2 = stablehlo.broadcast_in_dim %1, dims = [1] : (tensor<1xi64>) -> tensor<1x1xi64>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<1x1xi64>) -> tensor<2x1xi64>
    %4 = stablehlo.add %0, %3 : tensor<2x1xi64>
    %5 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %6 = stablehlo.reshape %5 : (tensor<i32>) -> tensor<1xi32>
    %7 = stablehlo.dynamic_iota %6, dim = 0 : (tensor<1xi32>) -> tensor<?xi64>
    %8 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.concatenate %c_8, %9, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %11 = stablehlo.dynamic_broadcast_in_dim %7, %10, dims = [1] : (tensor<?xi64>, tensor<2xi32>) -> tensor<1x?xi64>
    %12 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %c_8, %c_8, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %11, %14, dims = [0, 2] : (tensor<1x?xi64>, tensor<3xi32>) -> tensor<1x1x?xi64>
    %16 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %17 = stablehlo.reshape %16 : (tensor<i32>) -> tensor<1xi32>
    %18 = stablehlo.concatenate %c_8, %c_8, %c_8, %17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %19 = stablehlo.dynamic_broadcast_in_dim %15, %18, dims = [0, 1, 3] : (tensor<1x1x?xi64>, tensor<4xi32>) -> tensor<1x1x1x?xi64>
    %20 = stablehlo.broadcast_in_dim %4, dims = [0, 2] : (tensor<2x1xi64>) -> tensor<2x1x1xi64>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0, 1, 2] : (tensor<2x1x1xi64>) -> tensor<2x1x1x1xi64>
    %22 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %c_7, %c_8, %c_8, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %19, %24, dims = [0, 1, 2, 3] : (tensor<1x1x1x?xi64>, tensor<4xi32>) -> tensor<2x1x1x?xi64>
    %26 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %27 = stablehlo.reshape %26 : (tensor<i32>) -> tensor<1xi32>
    %28 = stablehlo.concatenate %c_7, %c_8, %c_8, %27, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %29 = stablehlo.dynamic_broadcast_in_dim %21, %28, dims = [0, 1, 2, 3] : (tensor<2x1x1x1xi64>, tensor<4xi32>) -> tensor<2x1x1x?xi64>
    %30 = stablehlo.compare LE, %25, %29, SIGNED : (tensor<2x1x1x?xi64>, tensor<2x1x1x?xi64>) -> tensor<2x1x1x?xi1>
    %31 = stablehlo.convert %arg24 : (tensor<2x1xi64>) -> tensor<2x1xi32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1] : (tensor<2x1xi32>) -> tensor<2x1x1xi32>
    %33 = "stablehlo.gather"(%arg2, %32) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 64>}> : (tensor<320x64xf32>, tensor<2x1x1xi32>) -> tensor<2x1x64xf32>
    %34 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<2x1xi64>) -> tensor<2x1x1xi64>
    %35 = stablehlo.convert %34 : (tensor<2x1x1xi64>) -> tensor<2x1x1xf32>
    %36 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %37 = stablehlo.broadcast_in_dim %35, dims = [0, 1, 2] : (tensor<2x1x1xf32>) -> tensor<2x1x8xf32>
    %38 = stablehlo.broadcast_in_dim %36, dims = [0, 1, 2] : (tensor<1x1x8xf32>) -> tensor<2x1x8xf32>
    %39 = stablehlo.multiply %37, %38 : tensor<2x1x8xf32>
    %40 = stablehlo.concatenate %39, %39, dim = 2 : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x16xf32>
    %41 = stablehlo.cosine %40 : tensor<2x1x16xf32>
    %42 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x1x16xf32>
    %43 = stablehlo.multiply %41, %42 : tensor<2x1x16xf32>
    %44 = stablehlo.sine %40 : tensor<2x1x16xf32>
    %45 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x1x16xf32>
    %46 = stablehlo.multiply %44, %45 : tensor<2x1x16xf32>
    %47 = stablehlo.multiply %33, %33 : tensor<2x1x64xf32>
    %48 = stablehlo.reduce(%47 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %49 = stablehlo.broadcast_in_dim %48, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %50 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %51 = stablehlo.divide %49, %50 : tensor<2x1x1xf32>
    %52 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %53 = stablehlo.add %51, %52 : tensor<2x1x1xf32>
    %54 = stablehlo.rsqrt %53 : tensor<2x1x1xf32>
    %55 = stablehlo.broadcast_in_dim %54, dims = [0, 1, 2] : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %56 = stablehlo.multiply %33, %55 : tensor<2x1x64xf32>
    %57 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %58 = stablehlo.broadcast_in_dim %57, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %59 = stablehlo.multiply %58, %56 : tensor<2x1x64xf32>
    %60 = stablehlo.dot_general %59, %arg3, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
    %61 = stablehlo.reshape %60 : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
    %62 = stablehlo.transpose %61, dims = [0, 2, 1, 3] : (tensor<2x1x4x16xf32>) -> tensor<2x4x1x16xf32>
    %63 = stablehlo.dot_general %59, %arg4, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<32x64xf32>) -> tensor<2x1x32xf32>
    %64 = stablehlo.reshape %63 : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %65 = stablehlo.transpose %64, dims = [0, 2, 1, 3] : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
    %66 = stablehlo.dot_general %59, %arg5, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<32x64xf32>) -> tensor<2x1x32xf32>
    %67 = stablehlo.reshape %66 : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %68 = stablehlo.transpose %67, dims = [0, 2, 1, 3] : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
    %69 = stablehlo.broadcast_in_dim %43, dims = [0, 2, 3] : (tensor<2x1x16xf32>) -> tensor<2x1x1x16xf32>
    %70 = stablehlo.broadcast_in_dim %46, dims = [0, 2, 3] : (tensor<2x1x16xf32>) -> tensor<2x1x1x16xf32>
    %71 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
    %72 = stablehlo.multiply %62, %71 : tensor<2x4x1x16xf32>
    %73 = stablehlo.slice %62 [0:2, 0:4, 0:1, 0:8] : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x8xf32>
    %74 = stablehlo.slice %62 [0:2, 0:4, 0:1, 8:16] : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x8xf32>
    %75 = stablehlo.negate %74 : tensor<2x4x1x8xf32>
    %76 = stablehlo.concatenate %75, %73, dim = 3 : (tensor<2x4x1x8xf32>, tensor<2x4x1x8xf32>) -> tensor<2x4x1x16xf32>
    %77 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
    %78 = stablehlo.multiply %76, %77 : tensor<2x4x1x16xf32>
    %79 = stablehlo.add %72, %78 : tensor<2x4x1x16xf32>
    %80 = stablehlo.broadcast_in_dim %69, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x2x1x16xf32>
    %81 = stablehlo.multiply %65, %80 : tensor<2x2x1x16xf32>
    %82 = stablehlo.slice %65 [0:2, 0:2, 0:1, 0:8] : (tensor<2x2x1x16xf32>) -> tensor<2x2x1x8xf32>
    %83 = stablehlo.slice %65 [0:2, 0:2, 0:1, 8:16] : (tensor<2x2x1x16xf32>) -> tensor<2x2x1x8xf32>
    %84 = stablehlo.negate %83 : tensor<2x2x1x8xf32>
    %85 = stablehlo.concatenate %84, %82, dim = 3 : (tensor<2x2x1x8xf32>, tensor<2x2x1x8xf32>) -> tensor<2x2x1x16xf32>
    %86 = stablehlo.broadcast_in_dim %70, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x2x1x16xf32>
    %87 = stablehlo.multiply %85, %86 : tensor<2x2x1x16xf32>
    %88 = stablehlo.add %81, %87 : tensor<2x2x1x16xf32>
    %89 = stablehlo.broadcast_in_dim %4, dims = [0, 2] : (tensor<2x1xi64>) -> tensor<2x1x1xi64>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2] : (tensor<2x1x1xi64>) -> tensor<2x1x1x1xi64>
    %91 = stablehlo.broadcast_in_dim %90, dims = [0, 1, 2, 3] : (tensor<2x1x1x1xi64>) -> tensor<2x2x1x16xi64>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<2x2x1x16xi64>) -> tensor<2x2x1x16x1xi64>
    %93 = "stablehlo.scatter"(%arg26, %92, %88) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg31: tensor<f32>, %arg32: tensor<f32>):
      stablehlo.return %arg32 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<2x2x1x16x1xi64>, tensor<2x2x1x16xf32>) -> tensor<2x2x64x16xf32>
    %94 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2, 3] : (tensor<2x2x1x16xi64>) -> tensor<2x2x1x16x1xi64>
    %95 = "stablehlo.scatter"(%arg27, %94, %68) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg31: tensor<f32>, %arg32: tensor<f32>):
      stablehlo.return %arg32 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<2x2x1x16x1xi64>, tensor<2x2x1x16xf32>) -> tensor<2x2x64x16xf32>
    %96 = stablehlo.concatenate %c_2, %c_2, %c_2, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %97 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.concatenate %c_7, %c_7, %98, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %100 = stablehlo.concatenate %c_8, %c_8, %c_8, %c_8, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %101 = stablehlo.real_dynamic_slice %93, %96, %99, %100 : (tensor<2x2x64x16xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<2x2x?x16xf32>
    %102 = stablehlo.concatenate %c_2, %c_2, %c_2, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %103 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %104 = stablehlo.reshape %103 : (tensor<i32>) -> tensor<1xi32>
    %105 = stablehlo.concatenate %c_7, %c_7, %104, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %106 = stablehlo.concatenate %c_8, %c_8, %c_8, %c_8, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %107 = stablehlo.real_dynamic_slice %95, %102, %105, %106 : (tensor<2x2x64x16xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<2x2x?x16xf32>
    %108 = stablehlo.reshape %79 : (tensor<2x4x1x16xf32>) -> tensor<2x2x2x1x16xf32>
    %109 = stablehlo.dot_general %108, %101, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<2x2x2x1x16xf32>, tensor<2x2x?x16xf32>) -> tensor<2x2x2x1x?xf32>
    %110 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %111 = stablehlo.reshape %110 : (tensor<i32>) -> tensor<1xi32>
    %112 = stablehlo.concatenate %c_7, %c, %c_8, %111, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %113 = stablehlo.dynamic_reshape %109, %112 : (tensor<2x2x2x1x?xf32>, tensor<4xi32>) -> tensor<2x4x1x?xf32>
    %114 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %115 = stablehlo.reshape %114 : (tensor<i32>) -> tensor<1xi32>
    %116 = stablehlo.concatenate %c_7, %c, %c_8, %115, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %117 = stablehlo.dynamic_broadcast_in_dim %cst_0, %116, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<2x4x1x?xf32>
    %118 = stablehlo.multiply %113, %117 : tensor<2x4x1x?xf32>
    %119 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %c_7, %c, %c_8, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %30, %121, dims = [0, 1, 2, 3] : (tensor<2x1x1x?xi1>, tensor<4xi32>) -> tensor<2x4x1x?xi1>
    %123 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %124 = stablehlo.reshape %123 : (tensor<i32>) -> tensor<1xi32>
    %125 = stablehlo.concatenate %c_7, %c, %c_8, %124, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %126 = stablehlo.dynamic_broadcast_in_dim %cst, %125, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<2x4x1x?xf32>
    %127 = stablehlo.select %122, %118, %126 : tensor<2x4x1x?xi1>, tensor<2x4x1x?xf32>
    %128 = stablehlo.reduce(%127 init: %cst) applies stablehlo.maximum across dimensions = [3] : (tensor<2x4x1x?xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %129 = stablehlo.broadcast_in_dim %128, dims = [0, 1, 2] : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %130 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %131 = stablehlo.reshape %130 : (tensor<i32>) -> tensor<1xi32>
    %132 = stablehlo.concatenate %c_7, %c, %c_8, %131, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %133 = stablehlo.dynamic_broadcast_in_dim %129, %132, dims = [0, 1, 2, 3] : (tensor<2x4x1x1xf32>, tensor<4xi32>) -> tensor<2x4x1x?xf32>
    %134 = stablehlo.subtract %127, %133 : tensor<2x4x1x?xf32>
    %135 = stablehlo.exponential %134 : tensor<2x4x1x?xf32>
    %136 = stablehlo.reduce(%135 init: %cst_5) applies stablehlo.add across dimensions = [3] : (tensor<2x4x1x?xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [0, 1, 2] : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %138 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.concatenate %c_7, %c, %c_8, %139, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %141 = stablehlo.dynamic_broadcast_in_dim %137, %140, dims = [0, 1, 2, 3] : (tensor<2x4x1x1xf32>, tensor<4xi32>) -> tensor<2x4x1x?xf32>
    %142 = stablehlo.divide %135, %141 : tensor<2x4x1x?xf32>
    %143 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %144 = stablehlo.reshape %143 : (tensor<i32>) -> tensor<1xi32>
    %145 = stablehlo.concatenate %c_7, %c_7, %c_7, %c_8, %144, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %146 = stablehlo.dynamic_reshape %142, %145 : (tensor<2x4x1x?xf32>, tensor<5xi32>) -> tensor<2x2x2x1x?xf32>
    %147 = stablehlo.dot_general %146, %107, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<2x2x2x1x?xf32>, tensor<2x2x?x16xf32>) -> tensor<2x2x2x1x16xf32>
    %148 = stablehlo.reshape %147 : (tensor<2x2x2x1x16xf32>) -> tensor<2x4x1x16xf32>
    %149 = stablehlo.transpose %148, dims = [0, 2, 1, 3] : (tensor<2x4x1x16xf32>) -> tensor<2x1x4x16xf32>
    %150 = stablehlo.reshape %149 : (tensor<2x1x4x16xf32>) -> tensor<2x1x64xf32>
    %151 = stablehlo.dot_general %150, %arg6, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
    %152 = stablehlo.add %33, %151 : tensor<2x1x64xf32>
    %153 = stablehlo.multiply %152, %152 : tensor<2x1x64xf32>
    %154 = stablehlo.reduce(%153 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %156 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %157 = stablehlo.divide %155, %156 : tensor<2x1x1xf32>
    %158 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %159 = stablehlo.add %157, %158 : tensor<2x1x1xf32>
    %160 = stablehlo.rsqrt %159 : tensor<2x1x1xf32>
    %161 = stablehlo.broadcast_in_dim %160, dims = [0, 1, 2] : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %162 = stablehlo.multiply %152, %161 : tensor<2x1x64xf32>
    %163 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %165 = stablehlo.multiply %164, %162 : tensor<2x1x64xf32>
    %166 = stablehlo.dot_general %165, %arg7, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<128x64xf32>) -> tensor<2x1x128xf32>
    %167 = stablehlo.negate %166 : tensor<2x1x128xf32>
    %168 = stablehlo.exponential %167 : tensor<2x1x128xf32>
    %169 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x1x128xf32>
    %170 = stablehlo.add %169, %168 : tensor<2x1x128xf32>
    %171 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x1x128xf32>
    %172 = stablehlo.divide %171, %170 : tensor<2x1x128xf32>
    %173 = stablehlo.multiply %166, %172 : tensor<2x1x128xf32>
    %174 = stablehlo.dot_general %165, %arg8, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<128x64xf32>) -> tensor<2x1x128xf32>
    %175 = stablehlo.multiply %173, %174 : tensor<2x1x128xf32>
    %176 = stablehlo.dot_general %175, %arg9, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x128xf32>, tensor<64x128xf32>) -> tensor<2x1x64xf32>
    %177 = stablehlo.add %152, %176 : tensor<2x1x64xf32>
    %178 = stablehlo.multiply %177, %177 : tensor<2x1x64xf32>
    %179 = stablehlo.reduce(%178 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %181 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %182 = stablehlo.divide %180, %181 : tensor<2x1x1xf32>
    %183 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %184 = stablehlo.add %182, %183 : tensor<2x1x1xf32>
    %185 = stablehlo.rsqrt %184 : tensor<2x1x1xf32>
    %186 = stablehlo.broadcast_in_dim %185, dims = [0, 1, 2] : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %187 = stablehlo.multiply %177, %186 : tensor<2x1x64xf32>
    %188 = stablehlo.broadcast_in_dim %arg19, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %190 = stablehlo.multiply %189, %187 : tensor<2x1x64xf32>
    %191 = stablehlo.dot_general %190, %arg12, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
    %192 = stablehlo.reshape %191 : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
    %193 = stablehlo.transpose %192, dims = [0, 2, 1, 3] : (tensor<2x1x4x16xf32>) -> tensor<2x4x1x16xf32>
    %194 = stablehlo.dot_general %190, %arg13, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<32x64xf32>) -> tensor<2x1x32xf32>
    %195 = stablehlo.reshape %194 : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %196 = stablehlo.transpose %195, dims = [0, 2, 1, 3] : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
    %197 = stablehlo.dot_general %190, %arg14, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<32x64xf32>) -> tensor<2x1x32xf32>
    %198 = stablehlo.reshape %197 : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %199 = stablehlo.transpose %198, dims = [0, 2, 1, 3] : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
    %200 = stablehlo.broadcast_in_dim %43, dims = [0, 2, 3] : (tensor<2x1x16xf32>) -> tensor<2x1x1x16xf32>
    %201 = stablehlo.broadcast_in_dim %46, dims = [0, 2, 3] : (tensor<2x1x16xf32>) -> tensor<2x1x1x16xf32>
    %202 = stablehlo.broadcast_in_dim %200, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
    %203 = stablehlo.multiply %193, %202 : tensor<2x4x1x16xf32>
    %204 = stablehlo.slice %193 [0:2, 0:4, 0:1, 0:8] : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x8xf32>
    %205 = stablehlo.slice %193 [0:2, 0:4, 0:1, 8:16] : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x8xf32>
    %206 = stablehlo.negate %205 : tensor<2x4x1x8xf32>
    %207 = stablehlo.concatenate %206, %204, dim = 3 : (tensor<2x4x1x8xf32>, tensor<2x4x1x8xf32>) -> tensor<2x4x1x16xf32>
    %208 = stablehlo.broadcast_in_dim %201, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
    %209 = stablehlo.multiply %207, %208 : tensor<2x4x1x16xf32>
    %210 = stablehlo.add %203, %209 : tensor<2x4x1x16xf32>
    %211 = stablehlo.broadcast_in_dim %200, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x2x1x16xf32>
    %212 = stablehlo.multiply %196, %211 : tensor<2x2x1x16xf32>
    %213 = stablehlo.slice %196 [0:2, 0:2, 0:1, 0:8] : (tensor<2x2x1x16xf32>) -> tensor<2x2x1x8xf32>
    %214 = stablehlo.slice %196 [0:2, 0:2, 0:1, 8:16] : (tensor<2x2x1x16xf32>) -> tensor<2x2x1x8xf32>
    %215 = stablehlo.negate %214 : tensor<2x2x1x8xf32>
    %216 = stablehlo.concatenate %215, %213, dim = 3 : (tensor<2x2x1x8xf32>, tensor<2x2x1x8xf32>) -> tensor<2x2x1x16xf32>
    %217 = stablehlo.broadcast_in_dim %201, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x2x1x16xf32>
    %218 = stablehlo.multiply %216, %217 : tensor<2x2x1x16xf32>
    %219 = stablehlo.add %212, %218 : tensor<2x2x1x16xf32>
    %220 = stablehlo.broadcast_in_dim %4, dims = [0, 2] : (tensor<2x1xi64>) -> tensor<2x1x1xi64>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1, 2] : (tensor<2x1x1xi64>) -> tensor<2x1x1x1xi64>
    %222 = stablehlo.broadcast_in_dim %221, dims = [0, 1, 2, 3] : (tensor<2x1x1x1xi64>) -> tensor<2x2x1x16xi64>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2, 3] : (tensor<2x2x1x16xi64>) -> tensor<2x2x1x16x1xi64>
    %224 = "stablehlo.scatter"(%arg28, %223, %219) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg31: tensor<f32>, %arg32: tensor<f32>):
      stablehlo.return %arg32 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<2x2x1x16x1xi64>, tensor<2x2x1x16xf32>) -> tensor<2x2x64x16xf32>
    %225 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2, 3] : (tensor<2x2x1x16xi64>) -> tensor<2x2x1x16x1xi64>
    %226 = "stablehlo.scatter"(%arg29, %225, %199) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg31: tensor<f32>, %arg32: tensor<f32>):
      stablehlo.return %arg32 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<2x2x1x16x1xi64>, tensor<2x2x1x16xf32>) -> tensor<2x2x64x16xf32>
    %227 = stablehlo.concatenate %c_2, %c_2, %c_2, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %228 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %229 = stablehlo.reshape %228 : (tensor<i32>) -> tensor<1xi32>
    %230 = stablehlo.concatenate %c_7, %c_7, %229, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %231 = stablehlo.concatenate %c_8, %c_8, %c_8, %c_8, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %232 = stablehlo.real_dynamic_slice %224, %227, %230, %231 : (tensor<2x2x64x16xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<2x2x?x16xf32>
    %233 = stablehlo.concatenate %c_2, %c_2, %c_2, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %234 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %235 = stablehlo.reshape %234 : (tensor<i32>) -> tensor<1xi32>
    %236 = stablehlo.concatenate %c_7, %c_7, %235, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %237 = stablehlo.concatenate %c_8, %c_8, %c_8, %c_8, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %238 = stablehlo.real_dynamic_slice %226, %233, %236, %237 : (tensor<2x2x64x16xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<2x2x?x16xf32>
    %239 = stablehlo.reshape %210 : (tensor<2x4x1x16xf32>) -> tensor<2x2x2x1x16xf32>
    %240 = stablehlo.dot_general %239, %232, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<2x2x2x1x16xf32>, tensor<2x2x?x16xf32>) -> tensor<2x2x2x1x?xf32>
    %241 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %242 = stablehlo.reshape %241 : (tensor<i32>) -> tensor<1xi32>
    %243 = stablehlo.concatenate %c_7, %c, %c_8, %242, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %244 = stablehlo.dynamic_reshape %240, %243 : (tensor<2x2x2x1x?xf32>, tensor<4xi32>) -> tensor<2x4x1x?xf32>
    %245 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %246 = stablehlo.reshape %245 : (tensor<i32>) -> tensor<1xi32>
    %247 = stablehlo.concatenate %c_7, %c, %c_8, %246, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %248 = stablehlo.dynamic_broadcast_in_dim %cst_0, %247, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<2x4x1x?xf32>
    %249 = stablehlo.multiply %244, %248 : tensor<2x4x1x?xf32>
    %250 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %251 = stablehlo.reshape %250 : (tensor<i32>) -> tensor<1xi32>
    %252 = stablehlo.concatenate %c_7, %c, %c_8, %251, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %253 = stablehlo.dynamic_broadcast_in_dim %30, %252, dims = [0, 1, 2, 3] : (tensor<2x1x1x?xi1>, tensor<4xi32>) -> tensor<2x4x1x?xi1>
    %254 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %255 = stablehlo.reshape %254 : (tensor<i32>) -> tensor<1xi32>
    %256 = stablehlo.concatenate %c_7, %c, %c_8, %255, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %257 = stablehlo.dynamic_broadcast_in_dim %cst, %256, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<2x4x1x?xf32>
    %258 = stablehlo.select %253, %249, %257 : tensor<2x4x1x?xi1>, tensor<2x4x1x?xf32>
    %259 = stablehlo.reduce(%258 init: %cst) applies stablehlo.maximum across dimensions = [3] : (tensor<2x4x1x?xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %260 = stablehlo.broadcast_in_dim %259, dims = [0, 1, 2] : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %261 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %262 = stablehlo.reshape %261 : (tensor<i32>) -> tensor<1xi32>
    %263 = stablehlo.concatenate %c_7, %c, %c_8, %262, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %264 = stablehlo.dynamic_broadcast_in_dim %260, %263, dims = [0, 1, 2, 3] : (tensor<2x4x1x1xf32>, tensor<4xi32>) -> tensor<2x4x1x?xf32>
    %265 = stablehlo.subtract %258, %264 : tensor<2x4x1x?xf32>
    %266 = stablehlo.exponential %265 : tensor<2x4x1x?xf32>
    %267 = stablehlo.reduce(%266 init: %cst_5) applies stablehlo.add across dimensions = [3] : (tensor<2x4x1x?xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [0, 1, 2] : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %269 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %270 = stablehlo.reshape %269 : (tensor<i32>) -> tensor<1xi32>
    %271 = stablehlo.concatenate %c_7, %c, %c_8, %270, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %272 = stablehlo.dynamic_broadcast_in_dim %268, %271, dims = [0, 1, 2, 3] : (tensor<2x4x1x1xf32>, tensor<4xi32>) -> tensor<2x4x1x?xf32>
    %273 = stablehlo.divide %266, %272 : tensor<2x4x1x?xf32>
    %274 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %275 = stablehlo.reshape %274 : (tensor<i32>) -> tensor<1xi32>
    %276 = stablehlo.concatenate %c_7, %c_7, %c_7, %c_8, %275, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %277 = stablehlo.dynamic_reshape %273, %276 : (tensor<2x4x1x?xf32>, tensor<5xi32>) -> tensor<2x2x2x1x?xf32>
    %278 = stablehlo.dot_general %277, %238, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<2x2x2x1x?xf32>, tensor<2x2x?x16xf32>) -> tensor<2x2x2x1x16xf32>
    %279 = stablehlo.reshape %278 : (tensor<2x2x2x1x16xf32>) -> tensor<2x4x1x16xf32>
    %280 = stablehlo.transpose %279, dims = [0, 2, 1, 3] : (tensor<2x4x1x16xf32>) -> tensor<2x1x4x16xf32>
    %281 = stablehlo.reshape %280 : (tensor<2x1x4x16xf32>) -> tensor<2x1x64xf32>
    %282 = stablehlo.dot_general %281, %arg15, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
    %283 = stablehlo.add %177, %282 : tensor<2x1x64xf32>
    %284 = stablehlo.multiply %283, %283 : tensor<2x1x64xf32>
    %285 = stablehlo.reduce(%284 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %286 = stablehlo.broadcast_in_dim %285, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %287 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %288 = stablehlo.divide %286, %287 : tensor<2x1x1xf32>
    %289 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %290 = stablehlo.add %288, %289 : tensor<2x1x1xf32>
    %291 = stablehlo.rsqrt %290 : tensor<2x1x1xf32>
    %292 = stablehlo.broadcast_in_dim %291, dims = [0, 1, 2] : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %293 = stablehlo.multiply %283, %292 : tensor<2x1x64xf32>
    %294 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %295 = stablehlo.broadcast_in_dim %294, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %296 = stablehlo.multiply %295, %293 : tensor<2x1x64xf32>
    %297 = stablehlo.dot_general %296, %arg16, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<128x64xf32>) -> tensor<2x1x128xf32>
    %298 = stablehlo.negate %297 : tensor<2x1x128xf32>
    %299 = stablehlo.exponential %298 : tensor<2x1x128xf32>
    %300 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x1x128xf32>
    %301 = stablehlo.add %300, %299 : tensor<2x1x128xf32>
    %302 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<2x1x128xf32>
    %303 = stablehlo.divide %302, %301 : tensor<2x1x128xf32>
    %304 = stablehlo.multiply %297, %303 : tensor<2x1x128xf32>
    %305 = stablehlo.dot_general %296, %arg17, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<128x64xf32>) -> tensor<2x1x128xf32>
    %306 = stablehlo.multiply %304, %305 : tensor<2x1x128xf32>
    %307 = stablehlo.dot_general %306, %arg18, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x128xf32>, tensor<64x128xf32>) -> tensor<2x1x64xf32>
    %308 = stablehlo.add %283, %307 : tensor<2x1x64xf32>
    %309 = stablehlo.multiply %308, %308 : tensor<2x1x64xf32>
    %310 = stablehlo.reduce(%309 init: %cst_5) applies stablehlo.add across dimensions = [2] : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %311 = stablehlo.broadcast_in_dim %310, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %312 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %313 = stablehlo.divide %311, %312 : tensor<2x1x1xf32>
    %314 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %315 = stablehlo.add %313, %314 : tensor<2x1x1xf32>
    %316 = stablehlo.rsqrt %315 : tensor<2x1x1xf32>
    %317 = stablehlo.broadcast_in_dim %316, dims = [0, 1, 2] : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %318 = stablehlo.multiply %308, %317 : tensor<2x1x64xf32>
    %319 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %320 = stablehlo.broadcast_in_dim %319, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %321 = stablehlo.multiply %320, %318 : tensor<2x1x64xf32>
    %322 = stablehlo.dot_general %321, %arg22, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<320x64xf32>) -> tensor<2x1x320xf32>
    %323 = stablehlo.slice %322 [0:2, 0:1, 0:320] : (tensor<2x1x320xf32>) -> tensor<2x1x320xf32>
    %324 = stablehlo.reshape %323 : (tensor<2x1x320xf32>) -> tensor<2x320xf32>
    return %324, %93, %95, %224, %226 : tensor<2x320xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>
  }
  func.func public @prefill(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<320x64xf32> {torchtpu.name = "model.model.embed_tokens.weight"}, %arg2: tensor<64x64xf32> {torchtpu.name = "model.model.layers.0.self_attn.q_proj.weight"}, %arg3: tensor<32x64xf32> {torchtpu.name = "model.model.layers.0.self_attn.k_proj.weight"}, %arg4: tensor<32x64xf32> {torchtpu.name = "model.model.layers.0.self_attn.v_proj.weight"}, %arg5: tensor<64x64xf32> {torchtpu.name = "model.model.layers.0.self_attn.o_proj.weight"}, %arg6: tensor<128x64xf32> {torchtpu.name = "model.model.layers.0.mlp.gate_proj.weight"}, %arg7: tensor<128x64xf32> {torchtpu.name = "model.model.layers.0.mlp.up_proj.weight"}, %arg8: tensor<64x128xf32> {torchtpu.name = "model.model.layers.0.mlp.down_proj.weight"}, %arg9: tensor<64xf32> {torchtpu.name = "model.model.layers.0.input_layernorm.weight"}, %arg10: tensor<64xf32> {torchtpu.name = "model.model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<64x64xf32> {torchtpu.name = "model.model.layers.1.self_attn.q_proj.weight"}, %arg12: tensor<32x64xf32> {torchtpu.name = "model.model.layers.1.self_attn.k_proj.weight"}, %arg13: tensor<32x64xf32> {torchtpu.name = "model.model.layers.1.self_attn.v_proj.weight"}, %arg14: tensor<64x64xf32> {torchtpu.name = "model.model.layers.1.self_attn.o_proj.weight"}, %arg15: tensor<128x64xf32> {torchtpu.name = "model.model.layers.1.mlp.gate_proj.weight"}, %arg16: tensor<128x64xf32> {torchtpu.name = "model.model.layers.1.mlp.up_proj.weight"}, %arg17: tensor<64x128xf32> {torchtpu.name = "model.model.layers.1.mlp.down_proj.weight"}, %arg18: tensor<64xf32> {torchtpu.name = "model.model.layers.1.input_layernorm.weight"}, %arg19: tensor<64xf32> {torchtpu.name = "model.model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<64xf32> {torchtpu.name = "model.model.norm.weight"}, %arg21: tensor<320x64xf32> {torchtpu.name = "model.lm_head.weight"}, %arg22: tensor<8xf32> {torchtpu.name = "model.model.rotary_emb.inv_freq"}, %arg23: tensor<1x?xi64> {torchtpu.name = "tokens"}, %arg24: tensor<1xi64> {torchtpu.name = "positions"}, %arg25: tensor<2x2x64x16xf32> {torchtpu.name = "cache_0"}, %arg26: tensor<2x2x64x16xf32> {torchtpu.name = "cache_1"}, %arg27: tensor<2x2x64x16xf32> {torchtpu.name = "cache_2"}, %arg28: tensor<2x2x64x16xf32> {torchtpu.name = "cache_3"}, %arg29: tensor<1xi64> {torchtpu.name = "row"}, %arg30: tensor<1xi64> {torchtpu.name = "last"}) -> (tensor<1x320xf32> {torchtpu.name = "logits"}, tensor<2x2x64x16xf32> {torchtpu.name = "cache.0"}, tensor<2x2x64x16xf32> {torchtpu.name = "cache.1"}, tensor<2x2x64x16xf32> {torchtpu.name = "cache.2"}, tensor<2x2x64x16xf32> {torchtpu.name = "cache.3"}) {
    %c = stablehlo.constant dense<16> : tensor<i64>
    %c_0 = stablehlo.constant dense<0> : tensor<i64>
    %c_1 = stablehlo.constant dense<-1> : tensor<i64>
    %c_2 = stablehlo.constant dense<1> : tensor<i64>
    %0 = stablehlo.get_dimension_size %arg23, dim = 1 : (tensor<1x?xi64>) -> tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<i64>
    %2 = stablehlo.compare GE, %1, %c_2, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%2, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'chunk'. Using the following polymorphic shapes specifications: args[22].shape = (1, chunk). Obtained dimension variables: 'chunk' = {0} from specification 'chunk' for dimension args[22].shape[1] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>) -> ()
    %3 = stablehlo.convert %1 : tensor<i64>
    %4 = stablehlo.add %3, %c_1 : tensor<i64>
    %5 = stablehlo.compare GE, %4, %c_0, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %6 = stablehlo.convert %1 : tensor<i64>
    %7 = stablehlo.add %6, %c_1 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%5, %7, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint chunk >= 1. Expected 'chunk - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[22].shape = (1, chunk). Obtained dimension variables: 'chunk' = {1} from specification 'chunk' for dimension args[22].shape[1] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %8 = stablehlo.convert %1 : tensor<i64>
    %9 = stablehlo.multiply %8, %c_1 : tensor<i64>
    %10 = stablehlo.add %9, %c : tensor<i64>
    %11 = stablehlo.compare GE, %10, %c_0, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %12 = stablehlo.convert %1 : tensor<i64>
    %13 = stablehlo.multiply %12, %c_1 : tensor<i64>
    %14 = stablehlo.add %13, %c : tensor<i64>
    stablehlo.custom_call @shape_assertion(%11, %14, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint chunk <= 16. Expected '- chunk + 16' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[22].shape = (1, chunk). Obtained dimension variables: 'chunk' = {1} from specification 'chunk' for dimension args[22].shape[1] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %15:5 = call @prefill___wrapped_jax_export_main(%arg0, %1, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30) : (tensor<i64>, tensor<i64>, tensor<320x64xf32>, tensor<64x64xf32>, tensor<32x64xf32>, tensor<32x64xf32>, tensor<64x64xf32>, tensor<128x64xf32>, tensor<128x64xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64xf32>, tensor<32x64xf32>, tensor<32x64xf32>, tensor<64x64xf32>, tensor<128x64xf32>, tensor<128x64xf32>, tensor<64x128xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<320x64xf32>, tensor<8xf32>, tensor<1x?xi64>, tensor<1xi64>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<1xi64>, tensor<1xi64>) -> (tensor<1x320xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>)
    return %15#0, %15#1, %15#2, %15#3, %15#4 : tensor<1x320xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>
  }
  func.func private @prefill___wrapped_jax_export_main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<i64> {jax.global_constant = "chunk"}, %arg2: tensor<320x64xf32>, %arg3: tensor<64x64xf32>, %arg4: tensor<32x64xf32>, %arg5: tensor<32x64xf32>, %arg6: tensor<64x64xf32>, %arg7: tensor<128x64xf32>, %arg8: tensor<128x64xf32>, %arg9: tensor<64x128xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64xf32>, %arg12: tensor<64x64xf32>, %arg13: tensor<32x64xf32>, %arg14: tensor<32x64xf32>, %arg15: tensor<64x64xf32>, %arg16: tensor<128x64xf32>, %arg17: tensor<128x64xf32>, %arg18: tensor<64x128xf32>, %arg19: tensor<64xf32>, %arg20: tensor<64xf32>, %arg21: tensor<64xf32>, %arg22: tensor<320x64xf32>, %arg23: tensor<8xf32>, %arg24: tensor<1x?xi64>, %arg25: tensor<1xi64>, %arg26: tensor<2x2x64x16xf32>, %arg27: tensor<2x2x64x16xf32>, %arg28: tensor<2x2x64x16xf32>, %arg29: tensor<2x2x64x16xf32>, %arg30: tensor<1xi64>, %arg31: tensor<1xi64>) -> (tensor<1x320xf32> {jax.result_info = "result[0]"}, tensor<2x2x64x16xf32> {jax.result_info = "result[1]"}, tensor<2x2x64x16xf32> {jax.result_info = "result[2]"}, tensor<2x2x64x16xf32> {jax.result_info = "result[3]"}, tensor<2x2x64x16xf32> {jax.result_info = "result[4]"}) {
    %c = stablehlo.constant dense<128> : tensor<1xi32>
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %c_1 = stablehlo.constant dense<0> : tensor<i64>
    %c_2 = stablehlo.constant dense<2> : tensor<1xi32>
    %c_3 = stablehlo.constant dense<4> : tensor<1xi32>
    %cst_4 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %cst_5 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_7 = stablehlo.constant dense<16> : tensor<1xi32>
    %cst_8 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %c_9 = stablehlo.constant dense<8> : tensor<1xi32>
    %c_10 = stablehlo.constant dense<8> : tensor<i64>
    %c_11 = stablehlo.constant dense<64> : tensor<1xi32>
    %c_12 = stablehlo.constant dense<1> : tensor<1xi32>
    %0 = stablehlo.broadcast_in_dim %arg25, dims = [0] : (tensor<1xi64>) -> tensor<1x1xi64>
    %1 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2 = stablehlo.reshape %1 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.dynamic_iota %2, dim = 0 : (tensor<1xi32>) -> tensor<?xi64>
    %4 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %c_12, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %3, %6, dims = [1] : (tensor<?xi64>, tensor<2xi32>) -> tensor<1x?xi64>
    %8 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.concatenate %c_12, %9, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %11 = stablehlo.dynamic_broadcast_in_dim %0, %10, dims = [0, 1] : (tensor<1x1xi64>, tensor<2xi32>) -> tensor<1x?xi64>
    %12 = stablehlo.add %11, %7 : tensor<1x?xi64>
    %13 = stablehlo.iota dim = 0 : tensor<64xi64>
    %14 = stablehlo.broadcast_in_dim %13, dims = [1] : (tensor<64xi64>) -> tensor<1x64xi64>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 2] : (tensor<1x64xi64>) -> tensor<1x1x64xi64>
    %16 = stablehlo.broadcast_in_dim %15, dims = [0, 1, 3] : (tensor<1x1x64xi64>) -> tensor<1x1x1x64xi64>
    %17 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %18 = stablehlo.reshape %17 : (tensor<i32>) -> tensor<1xi32>
    %19 = stablehlo.concatenate %c_12, %c_12, %18, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %20 = stablehlo.dynamic_broadcast_in_dim %12, %19, dims = [0, 2] : (tensor<1x?xi64>, tensor<3xi32>) -> tensor<1x1x?xi64>
    %21 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %22 = stablehlo.reshape %21 : (tensor<i32>) -> tensor<1xi32>
    %23 = stablehlo.concatenate %c_12, %c_12, %22, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %24 = stablehlo.dynamic_broadcast_in_dim %20, %23, dims = [0, 1, 2] : (tensor<1x1x?xi64>, tensor<4xi32>) -> tensor<1x1x?x1xi64>
    %25 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %26 = stablehlo.reshape %25 : (tensor<i32>) -> tensor<1xi32>
    %27 = stablehlo.concatenate %c_12, %c_12, %26, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %28 = stablehlo.dynamic_broadcast_in_dim %16, %27, dims = [0, 1, 2, 3] : (tensor<1x1x1x64xi64>, tensor<4xi32>) -> tensor<1x1x?x64xi64>
    %29 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.concatenate %c_12, %c_12, %30, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %32 = stablehlo.dynamic_broadcast_in_dim %24, %31, dims = [0, 1, 2, 3] : (tensor<1x1x?x1xi64>, tensor<4xi32>) -> tensor<1x1x?x64xi64>
    %33 = stablehlo.compare LE, %28, %32, SIGNED : (tensor<1x1x?x64xi64>, tensor<1x1x?x64xi64>) -> tensor<1x1x?x64xi1>
    %34 = stablehlo.convert %arg24 : (tensor<1x?xi64>) -> tensor<1x?xi32>
    %35 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %36 = stablehlo.reshape %35 : (tensor<i32>) -> tensor<1xi32>
    %37 = stablehlo.concatenate %c_12, %36, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %38 = stablehlo.dynamic_broadcast_in_dim %34, %37, dims = [0, 1] : (tensor<1x?xi32>, tensor<3xi32>) -> tensor<1x?x1xi32>
    %39 = "stablehlo.gather"(%arg2, %38) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 64>}> : (tensor<320x64xf32>, tensor<1x?x1xi32>) -> tensor<1x?x64xf32>
    %40 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %41 = stablehlo.reshape %40 : (tensor<i32>) -> tensor<1xi32>
    %42 = stablehlo.concatenate %c_12, %41, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %43 = stablehlo.dynamic_broadcast_in_dim %12, %42, dims = [0, 1] : (tensor<1x?xi64>, tensor<3xi32>) -> tensor<1x?x1xi64>
    %44 = stablehlo.convert %43 : (tensor<1x?x1xi64>) -> tensor<1x?x1xf32>
    %45 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %46 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %47 = stablehlo.reshape %46 : (tensor<i32>) -> tensor<1xi32>
    %48 = stablehlo.concatenate %c_12, %47, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %49 = stablehlo.dynamic_broadcast_in_dim %44, %48, dims = [0, 1, 2] : (tensor<1x?x1xf32>, tensor<3xi32>) -> tensor<1x?x8xf32>
    %50 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %51 = stablehlo.reshape %50 : (tensor<i32>) -> tensor<1xi32>
    %52 = stablehlo.concatenate %c_12, %51, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %53 = stablehlo.dynamic_broadcast_in_dim %45, %52, dims = [0, 1, 2] : (tensor<1x1x8xf32>, tensor<3xi32>) -> tensor<1x?x8xf32>
    %54 = stablehlo.multiply %49, %53 : tensor<1x?x8xf32>
    %55 = stablehlo.concatenate %54, %54, dim = 2 : (tensor<1x?x8xf32>, tensor<1x?x8xf32>) -> tensor<1x?x16xf32>
    %56 = stablehlo.cosine %55 : tensor<1x?x16xf32>
    %57 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.concatenate %c_12, %58, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %60 = stablehlo.dynamic_broadcast_in_dim %cst_8, %59, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x16xf32>
    %61 = stablehlo.multiply %56, %60 : tensor<1x?x16xf32>
    %62 = stablehlo.sine %55 : tensor<1x?x16xf32>
    %63 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %64 = stablehlo.reshape %63 : (tensor<i32>) -> tensor<1xi32>
    %65 = stablehlo.concatenate %c_12, %64, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %66 = stablehlo.dynamic_broadcast_in_dim %cst_8, %65, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x16xf32>
    %67 = stablehlo.multiply %62, %66 : tensor<1x?x16xf32>
    %68 = stablehlo.multiply %39, %39 : tensor<1x?x64xf32>
    %69 = stablehlo.reduce(%68 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x?x64xf32>, tensor<f32>) -> tensor<1x?xf32>
    %70 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %71 = stablehlo.reshape %70 : (tensor<i32>) -> tensor<1xi32>
    %72 = stablehlo.concatenate %c_12, %71, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %73 = stablehlo.dynamic_broadcast_in_dim %69, %72, dims = [0, 1] : (tensor<1x?xf32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %74 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %75 = stablehlo.reshape %74 : (tensor<i32>) -> tensor<1xi32>
    %76 = stablehlo.concatenate %c_12, %75, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %77 = stablehlo.dynamic_broadcast_in_dim %cst_5, %76, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %78 = stablehlo.divide %73, %77 : tensor<1x?x1xf32>
    %79 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.concatenate %c_12, %80, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %82 = stablehlo.dynamic_broadcast_in_dim %cst_4, %81, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %83 = stablehlo.add %78, %82 : tensor<1x?x1xf32>
    %84 = stablehlo.rsqrt %83 : tensor<1x?x1xf32>
    %85 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %86 = stablehlo.reshape %85 : (tensor<i32>) -> tensor<1xi32>
    %87 = stablehlo.concatenate %c_12, %86, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %88 = stablehlo.dynamic_broadcast_in_dim %84, %87, dims = [0, 1, 2] : (tensor<1x?x1xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %89 = stablehlo.multiply %39, %88 : tensor<1x?x64xf32>
    %90 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %91 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %92 = stablehlo.reshape %91 : (tensor<i32>) -> tensor<1xi32>
    %93 = stablehlo.concatenate %c_12, %92, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %94 = stablehlo.dynamic_broadcast_in_dim %90, %93, dims = [0, 1, 2] : (tensor<1x1x64xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %95 = stablehlo.multiply %94, %89 : tensor<1x?x64xf32>
    %96 = stablehlo.dot_general %95, %arg3, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<64x64xf32>) -> tensor<1x?x64xf32>
    %97 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.concatenate %c_12, %98, %c_3, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %100 = stablehlo.dynamic_reshape %96, %99 : (tensor<1x?x64xf32>, tensor<4xi32>) -> tensor<1x?x4x16xf32>
    %101 = stablehlo.transpose %100, dims = [0, 2, 1, 3] : (tensor<1x?x4x16xf32>) -> tensor<1x4x?x16xf32>
    %102 = stablehlo.dot_general %95, %arg4, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<32x64xf32>) -> tensor<1x?x32xf32>
    %103 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %104 = stablehlo.reshape %103 : (tensor<i32>) -> tensor<1xi32>
    %105 = stablehlo.concatenate %c_12, %104, %c_2, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %106 = stablehlo.dynamic_reshape %102, %105 : (tensor<1x?x32xf32>, tensor<4xi32>) -> tensor<1x?x2x16xf32>
    %107 = stablehlo.transpose %106, dims = [0, 2, 1, 3] : (tensor<1x?x2x16xf32>) -> tensor<1x2x?x16xf32>
    %108 = stablehlo.dot_general %95, %arg5, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<32x64xf32>) -> tensor<1x?x32xf32>
    %109 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %c_12, %110, %c_2, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %112 = stablehlo.dynamic_reshape %108, %111 : (tensor<1x?x32xf32>, tensor<4xi32>) -> tensor<1x?x2x16xf32>
    %113 = stablehlo.transpose %112, dims = [0, 2, 1, 3] : (tensor<1x?x2x16xf32>) -> tensor<1x2x?x16xf32>
    %114 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %115 = stablehlo.reshape %114 : (tensor<i32>) -> tensor<1xi32>
    %116 = stablehlo.concatenate %c_12, %c_12, %115, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %117 = stablehlo.dynamic_broadcast_in_dim %61, %116, dims = [0, 2, 3] : (tensor<1x?x16xf32>, tensor<4xi32>) -> tensor<1x1x?x16xf32>
    %118 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %119 = stablehlo.reshape %118 : (tensor<i32>) -> tensor<1xi32>
    %120 = stablehlo.concatenate %c_12, %c_12, %119, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %121 = stablehlo.dynamic_broadcast_in_dim %67, %120, dims = [0, 2, 3] : (tensor<1x?x16xf32>, tensor<4xi32>) -> tensor<1x1x?x16xf32>
    %122 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %123 = stablehlo.reshape %122 : (tensor<i32>) -> tensor<1xi32>
    %124 = stablehlo.concatenate %c_12, %c_3, %123, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %125 = stablehlo.dynamic_broadcast_in_dim %117, %124, dims = [0, 1, 2, 3] : (tensor<1x1x?x16xf32>, tensor<4xi32>) -> tensor<1x4x?x16xf32>
    %126 = stablehlo.multiply %101, %125 : tensor<1x4x?x16xf32>
    %127 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %128 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %129 = stablehlo.reshape %128 : (tensor<i32>) -> tensor<1xi32>
    %130 = stablehlo.concatenate %c_12, %c_3, %129, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %131 = "stablehlo.dynamic_gather"(%101, %127, %130) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1, 2, 3], start_index_map = [3]>, indices_are_sorted = true}> : (tensor<1x4x?x16xf32>, tensor<1xi64>, tensor<4xi32>) -> tensor<1x4x?x8xf32>
    %132 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %133 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %134 = stablehlo.reshape %133 : (tensor<i32>) -> tensor<1xi32>
    %135 = stablehlo.concatenate %c_12, %c_3, %134, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %136 = "stablehlo.dynamic_gather"(%101, %132, %135) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1, 2, 3], start_index_map = [3]>, indices_are_sorted = true}> : (tensor<1x4x?x16xf32>, tensor<1xi64>, tensor<4xi32>) -> tensor<1x4x?x8xf32>
    %137 = stablehlo.negate %136 : tensor<1x4x?x8xf32>
    %138 = stablehlo.concatenate %137, %131, dim = 3 : (tensor<1x4x?x8xf32>, tensor<1x4x?x8xf32>) -> tensor<1x4x?x16xf32>
    %139 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %140 = stablehlo.reshape %139 : (tensor<i32>) -> tensor<1xi32>
    %141 = stablehlo.concatenate %c_12, %c_3, %140, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %142 = stablehlo.dynamic_broadcast_in_dim %121, %141, dims = [0, 1, 2, 3] : (tensor<1x1x?x16xf32>, tensor<4xi32>) -> tensor<1x4x?x16xf32>
    %143 = stablehlo.multiply %138, %142 : tensor<1x4x?x16xf32>
    %144 = stablehlo.add %126, %143 : tensor<1x4x?x16xf32>
    %145 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %146 = stablehlo.reshape %145 : (tensor<i32>) -> tensor<1xi32>
    %147 = stablehlo.concatenate %c_12, %c_2, %146, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %148 = stablehlo.dynamic_broadcast_in_dim %117, %147, dims = [0, 1, 2, 3] : (tensor<1x1x?x16xf32>, tensor<4xi32>) -> tensor<1x2x?x16xf32>
    %149 = stablehlo.multiply %107, %148 : tensor<1x2x?x16xf32>
    %150 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %151 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %152 = stablehlo.reshape %151 : (tensor<i32>) -> tensor<1xi32>
    %153 = stablehlo.concatenate %c_12, %c_2, %152, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %154 = "stablehlo.dynamic_gather"(%107, %150, %153) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1, 2, 3], start_index_map = [3]>, indices_are_sorted = true}> : (tensor<1x2x?x16xf32>, tensor<1xi64>, tensor<4xi32>) -> tensor<1x2x?x8xf32>
    %155 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %156 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %157 = stablehlo.reshape %156 : (tensor<i32>) -> tensor<1xi32>
    %158 = stablehlo.concatenate %c_12, %c_2, %157, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %159 = "stablehlo.dynamic_gather"(%107, %155, %158) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1, 2, 3], start_index_map = [3]>, indices_are_sorted = true}> : (tensor<1x2x?x16xf32>, tensor<1xi64>, tensor<4xi32>) -> tensor<1x2x?x8xf32>
    %160 = stablehlo.negate %159 : tensor<1x2x?x8xf32>
    %161 = stablehlo.concatenate %160, %154, dim = 3 : (tensor<1x2x?x8xf32>, tensor<1x2x?x8xf32>) -> tensor<1x2x?x16xf32>
    %162 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %163 = stablehlo.reshape %162 : (tensor<i32>) -> tensor<1xi32>
    %164 = stablehlo.concatenate %c_12, %c_2, %163, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %165 = stablehlo.dynamic_broadcast_in_dim %121, %164, dims = [0, 1, 2, 3] : (tensor<1x1x?x16xf32>, tensor<4xi32>) -> tensor<1x2x?x16xf32>
    %166 = stablehlo.multiply %161, %165 : tensor<1x2x?x16xf32>
    %167 = stablehlo.add %149, %166 : tensor<1x2x?x16xf32>
    %168 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %169 = stablehlo.reshape %168 : (tensor<i32>) -> tensor<1xi32>
    %170 = stablehlo.concatenate %c_12, %c_12, %169, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %171 = stablehlo.dynamic_broadcast_in_dim %12, %170, dims = [0, 2] : (tensor<1x?xi64>, tensor<3xi32>) -> tensor<1x1x?xi64>
    %172 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %173 = stablehlo.reshape %172 : (tensor<i32>) -> tensor<1xi32>
    %174 = stablehlo.concatenate %c_12, %c_12, %173, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %175 = stablehlo.dynamic_broadcast_in_dim %171, %174, dims = [0, 1, 2] : (tensor<1x1x?xi64>, tensor<4xi32>) -> tensor<1x1x?x1xi64>
    %176 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %177 = stablehlo.reshape %176 : (tensor<i32>) -> tensor<1xi32>
    %178 = stablehlo.concatenate %c_12, %c_2, %177, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %179 = stablehlo.dynamic_broadcast_in_dim %175, %178, dims = [0, 1, 2, 3] : (tensor<1x1x?x1xi64>, tensor<4xi32>) -> tensor<1x2x?x16xi64>
    %180 = stablehlo.convert %arg30 : (tensor<1xi64>) -> tensor<1xi32>
    %181 = stablehlo.broadcast_in_dim %180, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %182 = "stablehlo.gather"(%arg26, %181) <{dimension_numbers = #stablehlo.gather<offset_dims = [1, 2, 3], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 2, 64, 16>}> : (tensor<2x2x64x16xf32>, tensor<1x1xi32>) -> tensor<1x2x64x16xf32>
    %183 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %184 = stablehlo.reshape %183 : (tensor<i32>) -> tensor<1xi32>
    %185 = stablehlo.concatenate %c_12, %c_2, %184, %c_7, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %186 = stablehlo.dynamic_broadcast_in_dim %179, %185, dims = [0, 1, 2, 3] : (tensor<1x2x?x16xi64>, tensor<5xi32>) -> tensor<1x2x?x16x1xi64>
    %187 = "stablehlo.scatter"(%182, %186, %167) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      stablehlo.return %arg33 : tensor<f32>
    }) : (tensor<1x2x64x16xf32>, tensor<1x2x?x16x1xi64>, tensor<1x2x?x16xf32>) -> tensor<1x2x64x16xf32>
    %188 = stablehlo.convert %arg30 : (tensor<1xi64>) -> tensor<1xi32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %190 = "stablehlo.gather"(%arg27, %189) <{dimension_numbers = #stablehlo.gather<offset_dims = [1, 2, 3], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 2, 64, 16>}> : (tensor<2x2x64x16xf32>, tensor<1x1xi32>) -> tensor<1x2x64x16xf32>
    %191 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %192 = stablehlo.reshape %191 : (tensor<i32>) -> tensor<1xi32>
    %193 = stablehlo.concatenate %c_12, %c_2, %192, %c_7, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %194 = stablehlo.dynamic_broadcast_in_dim %179, %193, dims = [0, 1, 2, 3] : (tensor<1x2x?x16xi64>, tensor<5xi32>) -> tensor<1x2x?x16x1xi64>
    %195 = "stablehlo.scatter"(%190, %194, %113) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      stablehlo.return %arg33 : tensor<f32>
    }) : (tensor<1x2x64x16xf32>, tensor<1x2x?x16x1xi64>, tensor<1x2x?x16xf32>) -> tensor<1x2x64x16xf32>
    %196 = stablehlo.reshape %arg30 : (tensor<1xi64>) -> tensor<1x1xi64>
    %197 = "stablehlo.scatter"(%arg26, %196, %187) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      stablehlo.return %arg33 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<1x1xi64>, tensor<1x2x64x16xf32>) -> tensor<2x2x64x16xf32>
    %198 = stablehlo.reshape %arg30 : (tensor<1xi64>) -> tensor<1x1xi64>
    %199 = "stablehlo.scatter"(%arg27, %198, %195) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      stablehlo.return %arg33 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<1x1xi64>, tensor<1x2x64x16xf32>) -> tensor<2x2x64x16xf32>
    %200 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %201 = stablehlo.reshape %200 : (tensor<i32>) -> tensor<1xi32>
    %202 = stablehlo.concatenate %c_12, %c_2, %c_2, %201, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %203 = stablehlo.dynamic_reshape %144, %202 : (tensor<1x4x?x16xf32>, tensor<5xi32>) -> tensor<1x2x2x?x16xf32>
    %204 = stablehlo.dot_general %203, %187, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x2x?x16xf32>, tensor<1x2x64x16xf32>) -> tensor<1x2x2x?x64xf32>
    %205 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %206 = stablehlo.reshape %205 : (tensor<i32>) -> tensor<1xi32>
    %207 = stablehlo.concatenate %c_12, %c_3, %206, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %208 = stablehlo.dynamic_reshape %204, %207 : (tensor<1x2x2x?x64xf32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %209 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %210 = stablehlo.reshape %209 : (tensor<i32>) -> tensor<1xi32>
    %211 = stablehlo.concatenate %c_12, %c_3, %210, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %212 = stablehlo.dynamic_broadcast_in_dim %cst_0, %211, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %213 = stablehlo.multiply %208, %212 : tensor<1x4x?x64xf32>
    %214 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %215 = stablehlo.reshape %214 : (tensor<i32>) -> tensor<1xi32>
    %216 = stablehlo.concatenate %c_12, %c_3, %215, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %217 = stablehlo.dynamic_broadcast_in_dim %33, %216, dims = [0, 1, 2, 3] : (tensor<1x1x?x64xi1>, tensor<4xi32>) -> tensor<1x4x?x64xi1>
    %218 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %219 = stablehlo.reshape %218 : (tensor<i32>) -> tensor<1xi32>
    %220 = stablehlo.concatenate %c_12, %c_3, %219, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %221 = stablehlo.dynamic_broadcast_in_dim %cst, %220, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %222 = stablehlo.select %217, %213, %221 : tensor<1x4x?x64xi1>, tensor<1x4x?x64xf32>
    %223 = stablehlo.reduce(%222 init: %cst) applies stablehlo.maximum across dimensions = [3] : (tensor<1x4x?x64xf32>, tensor<f32>) -> tensor<1x4x?xf32>
    %224 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %225 = stablehlo.reshape %224 : (tensor<i32>) -> tensor<1xi32>
    %226 = stablehlo.concatenate %c_12, %c_3, %225, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %227 = stablehlo.dynamic_broadcast_in_dim %223, %226, dims = [0, 1, 2] : (tensor<1x4x?xf32>, tensor<4xi32>) -> tensor<1x4x?x1xf32>
    %228 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %229 = stablehlo.reshape %228 : (tensor<i32>) -> tensor<1xi32>
    %230 = stablehlo.concatenate %c_12, %c_3, %229, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %231 = stablehlo.dynamic_broadcast_in_dim %227, %230, dims = [0, 1, 2, 3] : (tensor<1x4x?x1xf32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %232 = stablehlo.subtract %222, %231 : tensor<1x4x?x64xf32>
    %233 = stablehlo.exponential %232 : tensor<1x4x?x64xf32>
    %234 = stablehlo.reduce(%233 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x4x?x64xf32>, tensor<f32>) -> tensor<1x4x?xf32>
    %235 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %236 = stablehlo.reshape %235 : (tensor<i32>) -> tensor<1xi32>
    %237 = stablehlo.concatenate %c_12, %c_3, %236, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %238 = stablehlo.dynamic_broadcast_in_dim %234, %237, dims = [0, 1, 2] : (tensor<1x4x?xf32>, tensor<4xi32>) -> tensor<1x4x?x1xf32>
    %239 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %240 = stablehlo.reshape %239 : (tensor<i32>) -> tensor<1xi32>
    %241 = stablehlo.concatenate %c_12, %c_3, %240, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %242 = stablehlo.dynamic_broadcast_in_dim %238, %241, dims = [0, 1, 2, 3] : (tensor<1x4x?x1xf32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %243 = stablehlo.divide %233, %242 : tensor<1x4x?x64xf32>
    %244 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %245 = stablehlo.reshape %244 : (tensor<i32>) -> tensor<1xi32>
    %246 = stablehlo.concatenate %c_12, %c_2, %c_2, %245, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %247 = stablehlo.dynamic_reshape %243, %246 : (tensor<1x4x?x64xf32>, tensor<5xi32>) -> tensor<1x2x2x?x64xf32>
    %248 = stablehlo.dot_general %247, %195, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x2x?x64xf32>, tensor<1x2x64x16xf32>) -> tensor<1x2x2x?x16xf32>
    %249 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %250 = stablehlo.reshape %249 : (tensor<i32>) -> tensor<1xi32>
    %251 = stablehlo.concatenate %c_12, %c_3, %250, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %252 = stablehlo.dynamic_reshape %248, %251 : (tensor<1x2x2x?x16xf32>, tensor<4xi32>) -> tensor<1x4x?x16xf32>
    %253 = stablehlo.transpose %252, dims = [0, 2, 1, 3] : (tensor<1x4x?x16xf32>) -> tensor<1x?x4x16xf32>
    %254 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %255 = stablehlo.reshape %254 : (tensor<i32>) -> tensor<1xi32>
    %256 = stablehlo.concatenate %c_12, %255, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %257 = stablehlo.dynamic_reshape %253, %256 : (tensor<1x?x4x16xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %258 = stablehlo.dot_general %257, %arg6, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<64x64xf32>) -> tensor<1x?x64xf32>
    %259 = stablehlo.add %39, %258 : tensor<1x?x64xf32>
    %260 = stablehlo.multiply %259, %259 : tensor<1x?x64xf32>
    %261 = stablehlo.reduce(%260 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x?x64xf32>, tensor<f32>) -> tensor<1x?xf32>
    %262 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %263 = stablehlo.reshape %262 : (tensor<i32>) -> tensor<1xi32>
    %264 = stablehlo.concatenate %c_12, %263, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %265 = stablehlo.dynamic_broadcast_in_dim %261, %264, dims = [0, 1] : (tensor<1x?xf32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %266 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %267 = stablehlo.reshape %266 : (tensor<i32>) -> tensor<1xi32>
    %268 = stablehlo.concatenate %c_12, %267, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %269 = stablehlo.dynamic_broadcast_in_dim %cst_5, %268, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %270 = stablehlo.divide %265, %269 : tensor<1x?x1xf32>
    %271 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %272 = stablehlo.reshape %271 : (tensor<i32>) -> tensor<1xi32>
    %273 = stablehlo.concatenate %c_12, %272, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %274 = stablehlo.dynamic_broadcast_in_dim %cst_4, %273, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %275 = stablehlo.add %270, %274 : tensor<1x?x1xf32>
    %276 = stablehlo.rsqrt %275 : tensor<1x?x1xf32>
    %277 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %278 = stablehlo.reshape %277 : (tensor<i32>) -> tensor<1xi32>
    %279 = stablehlo.concatenate %c_12, %278, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %280 = stablehlo.dynamic_broadcast_in_dim %276, %279, dims = [0, 1, 2] : (tensor<1x?x1xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %281 = stablehlo.multiply %259, %280 : tensor<1x?x64xf32>
    %282 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %283 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %284 = stablehlo.reshape %283 : (tensor<i32>) -> tensor<1xi32>
    %285 = stablehlo.concatenate %c_12, %284, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %286 = stablehlo.dynamic_broadcast_in_dim %282, %285, dims = [0, 1, 2] : (tensor<1x1x64xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %287 = stablehlo.multiply %286, %281 : tensor<1x?x64xf32>
    %288 = stablehlo.dot_general %287, %arg7, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<128x64xf32>) -> tensor<1x?x128xf32>
    %289 = stablehlo.negate %288 : tensor<1x?x128xf32>
    %290 = stablehlo.exponential %289 : tensor<1x?x128xf32>
    %291 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %292 = stablehlo.reshape %291 : (tensor<i32>) -> tensor<1xi32>
    %293 = stablehlo.concatenate %c_12, %292, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %294 = stablehlo.dynamic_broadcast_in_dim %cst_8, %293, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x128xf32>
    %295 = stablehlo.add %294, %290 : tensor<1x?x128xf32>
    %296 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %297 = stablehlo.reshape %296 : (tensor<i32>) -> tensor<1xi32>
    %298 = stablehlo.concatenate %c_12, %297, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %299 = stablehlo.dynamic_broadcast_in_dim %cst_8, %298, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x128xf32>
    %300 = stablehlo.divide %299, %295 : tensor<1x?x128xf32>
    %301 = stablehlo.multiply %288, %300 : tensor<1x?x128xf32>
    %302 = stablehlo.dot_general %287, %arg8, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<128x64xf32>) -> tensor<1x?x128xf32>
    %303 = stablehlo.multiply %301, %302 : tensor<1x?x128xf32>
    %304 = stablehlo.dot_general %303, %arg9, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x128xf32>, tensor<64x128xf32>) -> tensor<1x?x64xf32>
    %305 = stablehlo.add %259, %304 : tensor<1x?x64xf32>
    %306 = stablehlo.multiply %305, %305 : tensor<1x?x64xf32>
    %307 = stablehlo.reduce(%306 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x?x64xf32>, tensor<f32>) -> tensor<1x?xf32>
    %308 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %309 = stablehlo.reshape %308 : (tensor<i32>) -> tensor<1xi32>
    %310 = stablehlo.concatenate %c_12, %309, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %311 = stablehlo.dynamic_broadcast_in_dim %307, %310, dims = [0, 1] : (tensor<1x?xf32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %312 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %313 = stablehlo.reshape %312 : (tensor<i32>) -> tensor<1xi32>
    %314 = stablehlo.concatenate %c_12, %313, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %315 = stablehlo.dynamic_broadcast_in_dim %cst_5, %314, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %316 = stablehlo.divide %311, %315 : tensor<1x?x1xf32>
    %317 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %318 = stablehlo.reshape %317 : (tensor<i32>) -> tensor<1xi32>
    %319 = stablehlo.concatenate %c_12, %318, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %320 = stablehlo.dynamic_broadcast_in_dim %cst_4, %319, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %321 = stablehlo.add %316, %320 : tensor<1x?x1xf32>
    %322 = stablehlo.rsqrt %321 : tensor<1x?x1xf32>
    %323 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %324 = stablehlo.reshape %323 : (tensor<i32>) -> tensor<1xi32>
    %325 = stablehlo.concatenate %c_12, %324, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %326 = stablehlo.dynamic_broadcast_in_dim %322, %325, dims = [0, 1, 2] : (tensor<1x?x1xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %327 = stablehlo.multiply %305, %326 : tensor<1x?x64xf32>
    %328 = stablehlo.broadcast_in_dim %arg19, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %329 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %330 = stablehlo.reshape %329 : (tensor<i32>) -> tensor<1xi32>
    %331 = stablehlo.concatenate %c_12, %330, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %332 = stablehlo.dynamic_broadcast_in_dim %328, %331, dims = [0, 1, 2] : (tensor<1x1x64xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %333 = stablehlo.multiply %332, %327 : tensor<1x?x64xf32>
    %334 = stablehlo.dot_general %333, %arg12, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<64x64xf32>) -> tensor<1x?x64xf32>
    %335 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %336 = stablehlo.reshape %335 : (tensor<i32>) -> tensor<1xi32>
    %337 = stablehlo.concatenate %c_12, %336, %c_3, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %338 = stablehlo.dynamic_reshape %334, %337 : (tensor<1x?x64xf32>, tensor<4xi32>) -> tensor<1x?x4x16xf32>
    %339 = stablehlo.transpose %338, dims = [0, 2, 1, 3] : (tensor<1x?x4x16xf32>) -> tensor<1x4x?x16xf32>
    %340 = stablehlo.dot_general %333, %arg13, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<32x64xf32>) -> tensor<1x?x32xf32>
    %341 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %342 = stablehlo.reshape %341 : (tensor<i32>) -> tensor<1xi32>
    %343 = stablehlo.concatenate %c_12, %342, %c_2, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %344 = stablehlo.dynamic_reshape %340, %343 : (tensor<1x?x32xf32>, tensor<4xi32>) -> tensor<1x?x2x16xf32>
    %345 = stablehlo.transpose %344, dims = [0, 2, 1, 3] : (tensor<1x?x2x16xf32>) -> tensor<1x2x?x16xf32>
    %346 = stablehlo.dot_general %333, %arg14, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<32x64xf32>) -> tensor<1x?x32xf32>
    %347 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %348 = stablehlo.reshape %347 : (tensor<i32>) -> tensor<1xi32>
    %349 = stablehlo.concatenate %c_12, %348, %c_2, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %350 = stablehlo.dynamic_reshape %346, %349 : (tensor<1x?x32xf32>, tensor<4xi32>) -> tensor<1x?x2x16xf32>
    %351 = stablehlo.transpose %350, dims = [0, 2, 1, 3] : (tensor<1x?x2x16xf32>) -> tensor<1x2x?x16xf32>
    %352 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %353 = stablehlo.reshape %352 : (tensor<i32>) -> tensor<1xi32>
    %354 = stablehlo.concatenate %c_12, %c_12, %353, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %355 = stablehlo.dynamic_broadcast_in_dim %61, %354, dims = [0, 2, 3] : (tensor<1x?x16xf32>, tensor<4xi32>) -> tensor<1x1x?x16xf32>
    %356 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %357 = stablehlo.reshape %356 : (tensor<i32>) -> tensor<1xi32>
    %358 = stablehlo.concatenate %c_12, %c_12, %357, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %359 = stablehlo.dynamic_broadcast_in_dim %67, %358, dims = [0, 2, 3] : (tensor<1x?x16xf32>, tensor<4xi32>) -> tensor<1x1x?x16xf32>
    %360 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %361 = stablehlo.reshape %360 : (tensor<i32>) -> tensor<1xi32>
    %362 = stablehlo.concatenate %c_12, %c_3, %361, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %363 = stablehlo.dynamic_broadcast_in_dim %355, %362, dims = [0, 1, 2, 3] : (tensor<1x1x?x16xf32>, tensor<4xi32>) -> tensor<1x4x?x16xf32>
    %364 = stablehlo.multiply %339, %363 : tensor<1x4x?x16xf32>
    %365 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %366 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %367 = stablehlo.reshape %366 : (tensor<i32>) -> tensor<1xi32>
    %368 = stablehlo.concatenate %c_12, %c_3, %367, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %369 = "stablehlo.dynamic_gather"(%339, %365, %368) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1, 2, 3], start_index_map = [3]>, indices_are_sorted = true}> : (tensor<1x4x?x16xf32>, tensor<1xi64>, tensor<4xi32>) -> tensor<1x4x?x8xf32>
    %370 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %371 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %372 = stablehlo.reshape %371 : (tensor<i32>) -> tensor<1xi32>
    %373 = stablehlo.concatenate %c_12, %c_3, %372, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %374 = "stablehlo.dynamic_gather"(%339, %370, %373) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1, 2, 3], start_index_map = [3]>, indices_are_sorted = true}> : (tensor<1x4x?x16xf32>, tensor<1xi64>, tensor<4xi32>) -> tensor<1x4x?x8xf32>
    %375 = stablehlo.negate %374 : tensor<1x4x?x8xf32>
    %376 = stablehlo.concatenate %375, %369, dim = 3 : (tensor<1x4x?x8xf32>, tensor<1x4x?x8xf32>) -> tensor<1x4x?x16xf32>
    %377 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %378 = stablehlo.reshape %377 : (tensor<i32>) -> tensor<1xi32>
    %379 = stablehlo.concatenate %c_12, %c_3, %378, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %380 = stablehlo.dynamic_broadcast_in_dim %359, %379, dims = [0, 1, 2, 3] : (tensor<1x1x?x16xf32>, tensor<4xi32>) -> tensor<1x4x?x16xf32>
    %381 = stablehlo.multiply %376, %380 : tensor<1x4x?x16xf32>
    %382 = stablehlo.add %364, %381 : tensor<1x4x?x16xf32>
    %383 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %384 = stablehlo.reshape %383 : (tensor<i32>) -> tensor<1xi32>
    %385 = stablehlo.concatenate %c_12, %c_2, %384, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %386 = stablehlo.dynamic_broadcast_in_dim %355, %385, dims = [0, 1, 2, 3] : (tensor<1x1x?x16xf32>, tensor<4xi32>) -> tensor<1x2x?x16xf32>
    %387 = stablehlo.multiply %345, %386 : tensor<1x2x?x16xf32>
    %388 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %389 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %390 = stablehlo.reshape %389 : (tensor<i32>) -> tensor<1xi32>
    %391 = stablehlo.concatenate %c_12, %c_2, %390, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %392 = "stablehlo.dynamic_gather"(%345, %388, %391) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1, 2, 3], start_index_map = [3]>, indices_are_sorted = true}> : (tensor<1x2x?x16xf32>, tensor<1xi64>, tensor<4xi32>) -> tensor<1x2x?x8xf32>
    %393 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %394 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %395 = stablehlo.reshape %394 : (tensor<i32>) -> tensor<1xi32>
    %396 = stablehlo.concatenate %c_12, %c_2, %395, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %397 = "stablehlo.dynamic_gather"(%345, %393, %396) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1, 2, 3], start_index_map = [3]>, indices_are_sorted = true}> : (tensor<1x2x?x16xf32>, tensor<1xi64>, tensor<4xi32>) -> tensor<1x2x?x8xf32>
    %398 = stablehlo.negate %397 : tensor<1x2x?x8xf32>
    %399 = stablehlo.concatenate %398, %392, dim = 3 : (tensor<1x2x?x8xf32>, tensor<1x2x?x8xf32>) -> tensor<1x2x?x16xf32>
    %400 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %401 = stablehlo.reshape %400 : (tensor<i32>) -> tensor<1xi32>
    %402 = stablehlo.concatenate %c_12, %c_2, %401, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %403 = stablehlo.dynamic_broadcast_in_dim %359, %402, dims = [0, 1, 2, 3] : (tensor<1x1x?x16xf32>, tensor<4xi32>) -> tensor<1x2x?x16xf32>
    %404 = stablehlo.multiply %399, %403 : tensor<1x2x?x16xf32>
    %405 = stablehlo.add %387, %404 : tensor<1x2x?x16xf32>
    %406 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %407 = stablehlo.reshape %406 : (tensor<i32>) -> tensor<1xi32>
    %408 = stablehlo.concatenate %c_12, %c_12, %407, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %409 = stablehlo.dynamic_broadcast_in_dim %12, %408, dims = [0, 2] : (tensor<1x?xi64>, tensor<3xi32>) -> tensor<1x1x?xi64>
    %410 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %411 = stablehlo.reshape %410 : (tensor<i32>) -> tensor<1xi32>
    %412 = stablehlo.concatenate %c_12, %c_12, %411, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %413 = stablehlo.dynamic_broadcast_in_dim %409, %412, dims = [0, 1, 2] : (tensor<1x1x?xi64>, tensor<4xi32>) -> tensor<1x1x?x1xi64>
    %414 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %415 = stablehlo.reshape %414 : (tensor<i32>) -> tensor<1xi32>
    %416 = stablehlo.concatenate %c_12, %c_2, %415, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %417 = stablehlo.dynamic_broadcast_in_dim %413, %416, dims = [0, 1, 2, 3] : (tensor<1x1x?x1xi64>, tensor<4xi32>) -> tensor<1x2x?x16xi64>
    %418 = stablehlo.convert %arg30 : (tensor<1xi64>) -> tensor<1xi32>
    %419 = stablehlo.broadcast_in_dim %418, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %420 = "stablehlo.gather"(%arg28, %419) <{dimension_numbers = #stablehlo.gather<offset_dims = [1, 2, 3], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 2, 64, 16>}> : (tensor<2x2x64x16xf32>, tensor<1x1xi32>) -> tensor<1x2x64x16xf32>
    %421 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %422 = stablehlo.reshape %421 : (tensor<i32>) -> tensor<1xi32>
    %423 = stablehlo.concatenate %c_12, %c_2, %422, %c_7, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %424 = stablehlo.dynamic_broadcast_in_dim %417, %423, dims = [0, 1, 2, 3] : (tensor<1x2x?x16xi64>, tensor<5xi32>) -> tensor<1x2x?x16x1xi64>
    %425 = "stablehlo.scatter"(%420, %424, %405) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      stablehlo.return %arg33 : tensor<f32>
    }) : (tensor<1x2x64x16xf32>, tensor<1x2x?x16x1xi64>, tensor<1x2x?x16xf32>) -> tensor<1x2x64x16xf32>
    %426 = stablehlo.convert %arg30 : (tensor<1xi64>) -> tensor<1xi32>
    %427 = stablehlo.broadcast_in_dim %426, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %428 = "stablehlo.gather"(%arg29, %427) <{dimension_numbers = #stablehlo.gather<offset_dims = [1, 2, 3], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 2, 64, 16>}> : (tensor<2x2x64x16xf32>, tensor<1x1xi32>) -> tensor<1x2x64x16xf32>
    %429 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %430 = stablehlo.reshape %429 : (tensor<i32>) -> tensor<1xi32>
    %431 = stablehlo.concatenate %c_12, %c_2, %430, %c_7, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %432 = stablehlo.dynamic_broadcast_in_dim %417, %431, dims = [0, 1, 2, 3] : (tensor<1x2x?x16xi64>, tensor<5xi32>) -> tensor<1x2x?x16x1xi64>
    %433 = "stablehlo.scatter"(%428, %432, %351) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      stablehlo.return %arg33 : tensor<f32>
    }) : (tensor<1x2x64x16xf32>, tensor<1x2x?x16x1xi64>, tensor<1x2x?x16xf32>) -> tensor<1x2x64x16xf32>
    %434 = stablehlo.reshape %arg30 : (tensor<1xi64>) -> tensor<1x1xi64>
    %435 = "stablehlo.scatter"(%arg28, %434, %425) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      stablehlo.return %arg33 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<1x1xi64>, tensor<1x2x64x16xf32>) -> tensor<2x2x64x16xf32>
    %436 = stablehlo.reshape %arg30 : (tensor<1xi64>) -> tensor<1x1xi64>
    %437 = "stablehlo.scatter"(%arg29, %436, %433) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      stablehlo.return %arg33 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<1x1xi64>, tensor<1x2x64x16xf32>) -> tensor<2x2x64x16xf32>
    %438 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %439 = stablehlo.reshape %438 : (tensor<i32>) -> tensor<1xi32>
    %440 = stablehlo.concatenate %c_12, %c_2, %c_2, %439, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %441 = stablehlo.dynamic_reshape %382, %440 : (tensor<1x4x?x16xf32>, tensor<5xi32>) -> tensor<1x2x2x?x16xf32>
    %442 = stablehlo.dot_general %441, %425, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x2x2x?x16xf32>, tensor<1x2x64x16xf32>) -> tensor<1x2x2x?x64xf32>
    %443 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %444 = stablehlo.reshape %443 : (tensor<i32>) -> tensor<1xi32>
    %445 = stablehlo.concatenate %c_12, %c_3, %444, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %446 = stablehlo.dynamic_reshape %442, %445 : (tensor<1x2x2x?x64xf32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %447 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %448 = stablehlo.reshape %447 : (tensor<i32>) -> tensor<1xi32>
    %449 = stablehlo.concatenate %c_12, %c_3, %448, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %450 = stablehlo.dynamic_broadcast_in_dim %cst_0, %449, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %451 = stablehlo.multiply %446, %450 : tensor<1x4x?x64xf32>
    %452 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %453 = stablehlo.reshape %452 : (tensor<i32>) -> tensor<1xi32>
    %454 = stablehlo.concatenate %c_12, %c_3, %453, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %455 = stablehlo.dynamic_broadcast_in_dim %33, %454, dims = [0, 1, 2, 3] : (tensor<1x1x?x64xi1>, tensor<4xi32>) -> tensor<1x4x?x64xi1>
    %456 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %457 = stablehlo.reshape %456 : (tensor<i32>) -> tensor<1xi32>
    %458 = stablehlo.concatenate %c_12, %c_3, %457, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %459 = stablehlo.dynamic_broadcast_in_dim %cst, %458, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %460 = stablehlo.select %455, %451, %459 : tensor<1x4x?x64xi1>, tensor<1x4x?x64xf32>
    %461 = stablehlo.reduce(%460 init: %cst) applies stablehlo.maximum across dimensions = [3] : (tensor<1x4x?x64xf32>, tensor<f32>) -> tensor<1x4x?xf32>
    %462 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %463 = stablehlo.reshape %462 : (tensor<i32>) -> tensor<1xi32>
    %464 = stablehlo.concatenate %c_12, %c_3, %463, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %465 = stablehlo.dynamic_broadcast_in_dim %461, %464, dims = [0, 1, 2] : (tensor<1x4x?xf32>, tensor<4xi32>) -> tensor<1x4x?x1xf32>
    %466 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %467 = stablehlo.reshape %466 : (tensor<i32>) -> tensor<1xi32>
    %468 = stablehlo.concatenate %c_12, %c_3, %467, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %469 = stablehlo.dynamic_broadcast_in_dim %465, %468, dims = [0, 1, 2, 3] : (tensor<1x4x?x1xf32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %470 = stablehlo.subtract %460, %469 : tensor<1x4x?x64xf32>
    %471 = stablehlo.exponential %470 : tensor<1x4x?x64xf32>
    %472 = stablehlo.reduce(%471 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x4x?x64xf32>, tensor<f32>) -> tensor<1x4x?xf32>
    %473 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %474 = stablehlo.reshape %473 : (tensor<i32>) -> tensor<1xi32>
    %475 = stablehlo.concatenate %c_12, %c_3, %474, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %476 = stablehlo.dynamic_broadcast_in_dim %472, %475, dims = [0, 1, 2] : (tensor<1x4x?xf32>, tensor<4xi32>) -> tensor<1x4x?x1xf32>
    %477 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %478 = stablehlo.reshape %477 : (tensor<i32>) -> tensor<1xi32>
    %479 = stablehlo.concatenate %c_12, %c_3, %478, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %480 = stablehlo.dynamic_broadcast_in_dim %476, %479, dims = [0, 1, 2, 3] : (tensor<1x4x?x1xf32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %481 = stablehlo.divide %471, %480 : tensor<1x4x?x64xf32>
    %482 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %483 = stablehlo.reshape %482 : (tensor<i32>) -> tensor<1xi32>
    %484 = stablehlo.concatenate %c_12, %c_2, %c_2, %483, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %485 = stablehlo.dynamic_reshape %481, %484 : (tensor<1x4x?x64xf32>, tensor<5xi32>) -> tensor<1x2x2x?x64xf32>
    %486 = stablehlo.dot_general %485, %433, batching_dims = [0, 1] x [0, 1], contracting_dims = [4] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x2x2x?x64xf32>, tensor<1x2x64x16xf32>) -> tensor<1x2x2x?x16xf32>
    %487 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %488 = stablehlo.reshape %487 : (tensor<i32>) -> tensor<1xi32>
    %489 = stablehlo.concatenate %c_12, %c_3, %488, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %490 = stablehlo.dynamic_reshape %486, %489 : (tensor<1x2x2x?x16xf32>, tensor<4xi32>) -> tensor<1x4x?x16xf32>
    %491 = stablehlo.transpose %490, dims = [0, 2, 1, 3] : (tensor<1x4x?x16xf32>) -> tensor<1x?x4x16xf32>
    %492 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %493 = stablehlo.reshape %492 : (tensor<i32>) -> tensor<1xi32>
    %494 = stablehlo.concatenate %c_12, %493, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %495 = stablehlo.dynamic_reshape %491, %494 : (tensor<1x?x4x16xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %496 = stablehlo.dot_general %495, %arg15, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<64x64xf32>) -> tensor<1x?x64xf32>
    %497 = stablehlo.add %305, %496 : tensor<1x?x64xf32>
    %498 = stablehlo.multiply %497, %497 : tensor<1x?x64xf32>
    %499 = stablehlo.reduce(%498 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x?x64xf32>, tensor<f32>) -> tensor<1x?xf32>
    %500 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %501 = stablehlo.reshape %500 : (tensor<i32>) -> tensor<1xi32>
    %502 = stablehlo.concatenate %c_12, %501, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %503 = stablehlo.dynamic_broadcast_in_dim %499, %502, dims = [0, 1] : (tensor<1x?xf32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %504 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %505 = stablehlo.reshape %504 : (tensor<i32>) -> tensor<1xi32>
    %506 = stablehlo.concatenate %c_12, %505, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %507 = stablehlo.dynamic_broadcast_in_dim %cst_5, %506, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %508 = stablehlo.divide %503, %507 : tensor<1x?x1xf32>
    %509 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %510 = stablehlo.reshape %509 : (tensor<i32>) -> tensor<1xi32>
    %511 = stablehlo.concatenate %c_12, %510, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %512 = stablehlo.dynamic_broadcast_in_dim %cst_4, %511, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %513 = stablehlo.add %508, %512 : tensor<1x?x1xf32>
    %514 = stablehlo.rsqrt %513 : tensor<1x?x1xf32>
    %515 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %516 = stablehlo.reshape %515 : (tensor<i32>) -> tensor<1xi32>
    %517 = stablehlo.concatenate %c_12, %516, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %518 = stablehlo.dynamic_broadcast_in_dim %514, %517, dims = [0, 1, 2] : (tensor<1x?x1xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %519 = stablehlo.multiply %497, %518 : tensor<1x?x64xf32>
    %520 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %521 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %522 = stablehlo.reshape %521 : (tensor<i32>) -> tensor<1xi32>
    %523 = stablehlo.concatenate %c_12, %522, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %524 = stablehlo.dynamic_broadcast_in_dim %520, %523, dims = [0, 1, 2] : (tensor<1x1x64xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %525 = stablehlo.multiply %524, %519 : tensor<1x?x64xf32>
    %526 = stablehlo.dot_general %525, %arg16, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<128x64xf32>) -> tensor<1x?x128xf32>
    %527 = stablehlo.negate %526 : tensor<1x?x128xf32>
    %528 = stablehlo.exponential %527 : tensor<1x?x128xf32>
    %529 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %530 = stablehlo.reshape %529 : (tensor<i32>) -> tensor<1xi32>
    %531 = stablehlo.concatenate %c_12, %530, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %532 = stablehlo.dynamic_broadcast_in_dim %cst_8, %531, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x128xf32>
    %533 = stablehlo.add %532, %528 : tensor<1x?x128xf32>
    %534 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %535 = stablehlo.reshape %534 : (tensor<i32>) -> tensor<1xi32>
    %536 = stablehlo.concatenate %c_12, %535, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %537 = stablehlo.dynamic_broadcast_in_dim %cst_8, %536, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x128xf32>
    %538 = stablehlo.divide %537, %533 : tensor<1x?x128xf32>
    %539 = stablehlo.multiply %526, %538 : tensor<1x?x128xf32>
    %540 = stablehlo.dot_general %525, %arg17, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<128x64xf32>) -> tensor<1x?x128xf32>
    %541 = stablehlo.multiply %539, %540 : tensor<1x?x128xf32>
    %542 = stablehlo.dot_general %541, %arg18, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x128xf32>, tensor<64x128xf32>) -> tensor<1x?x64xf32>
    %543 = stablehlo.add %497, %542 : tensor<1x?x64xf32>
    %544 = stablehlo.multiply %543, %543 : tensor<1x?x64xf32>
    %545 = stablehlo.reduce(%544 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x?x64xf32>, tensor<f32>) -> tensor<1x?xf32>
    %546 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %547 = stablehlo.reshape %546 : (tensor<i32>) -> tensor<1xi32>
    %548 = stablehlo.concatenate %c_12, %547, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %549 = stablehlo.dynamic_broadcast_in_dim %545, %548, dims = [0, 1] : (tensor<1x?xf32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %550 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %551 = stablehlo.reshape %550 : (tensor<i32>) -> tensor<1xi32>
    %552 = stablehlo.concatenate %c_12, %551, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %553 = stablehlo.dynamic_broadcast_in_dim %cst_5, %552, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %554 = stablehlo.divide %549, %553 : tensor<1x?x1xf32>
    %555 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %556 = stablehlo.reshape %555 : (tensor<i32>) -> tensor<1xi32>
    %557 = stablehlo.concatenate %c_12, %556, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %558 = stablehlo.dynamic_broadcast_in_dim %cst_4, %557, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %559 = stablehlo.add %554, %558 : tensor<1x?x1xf32>
    %560 = stablehlo.rsqrt %559 : tensor<1x?x1xf32>
    %561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %562 = stablehlo.reshape %561 : (tensor<i32>) -> tensor<1xi32>
    %563 = stablehlo.concatenate %c_12, %562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %564 = stablehlo.dynamic_broadcast_in_dim %560, %563, dims = [0, 1, 2] : (tensor<1x?x1xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %565 = stablehlo.multiply %543, %564 : tensor<1x?x64xf32>
    %566 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %567 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %568 = stablehlo.reshape %567 : (tensor<i32>) -> tensor<1xi32>
    %569 = stablehlo.concatenate %c_12, %568, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %570 = stablehlo.dynamic_broadcast_in_dim %566, %569, dims = [0, 1, 2] : (tensor<1x1x64xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %571 = stablehlo.multiply %570, %565 : tensor<1x?x64xf32>
    %572 = stablehlo.convert %arg1 : tensor<i64>
    %573 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %574 = stablehlo.compare LT, %arg31, %573, SIGNED : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi1>
    %575 = stablehlo.broadcast_in_dim %572, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %576 = stablehlo.add %arg31, %575 : tensor<1xi64>
    %577 = stablehlo.select %574, %576, %arg31 : tensor<1xi1>, tensor<1xi64>
    %578 = stablehlo.broadcast_in_dim %577, dims = [0] : (tensor<1xi64>) -> tensor<1x1xi64>
    %579 = "stablehlo.gather"(%571, %578) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 2], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, slice_sizes = array<i64: 1, 1, 64>}> : (tensor<1x?x64xf32>, tensor<1x1xi64>) -> tensor<1x1x64xf32>
    %580 = stablehlo.dot_general %579, %arg22, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x64xf32>, tensor<320x64xf32>) -> tensor<1x1x320xf32>
    %581 = stablehlo.slice %580 [0:1, 0:1, 0:320] : (tensor<1x1x320xf32>) -> tensor<1x1x320xf32>
    %582 = stablehlo.reshape %581 : (tensor<1x1x320xf32>) -> tensor<1x320xf32>
    return %582, %197, %199, %435, %437 : tensor<1x320xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>
  }
}
