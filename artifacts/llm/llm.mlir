module @llm attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22entry_points\22:{\22decode\22:{\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22kind\22:\22list\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22int64\22,\22name\22:\22tokens\22,\22shape\22:[2,1]},{\22dtype\22:\22int64\22,\22name\22:\22positions\22,\22shape\22:[2]},{\22dtype\22:\22float32\22,\22name\22:\22cache_0\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache_1\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache_2\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache_3\22,\22shape\22:[2,2,64,16]}],\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22children\22:[{\22kind\22:\22leaf\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22kind\22:\22list\22}],\22keys\22:[\22logits\22,\22cache\22],\22kind\22:\22dict\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22logits\22,\22shape\22:[2,320]},{\22dtype\22:\22float32\22,\22name\22:\22cache.0\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache.1\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache.2\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache.3\22,\22shape\22:[2,2,64,16]}],\22symbols\22:{},\22weights\22:[\22model.model.embed_tokens.weight\22,\22model.model.layers.0.self_attn.q_proj.weight\22,\22model.model.layers.0.self_attn.k_proj.weight\22,\22model.model.layers.0.self_attn.v_proj.weight\22,\22model.model.layers.0.self_attn.o_proj.weight\22,\22model.model.layers.0.mlp.gate_proj.weight\22,\22model.model.layers.0.mlp.up_proj.weight\22,\22model.model.layers.0.mlp.down_proj.weight\22,\22model.model.layers.0.input_layernorm.weight\22,\22model.model.layers.0.post_attention_layernorm.weight\22,\22model.model.layers.1.self_attn.q_proj.weight\22,\22model.model.layers.1.self_attn.k_proj.weight\22,\22model.model.layers.1.self_attn.v_proj.weight\22,\22model.model.layers.1.self_attn.o_proj.weight\22,\22model.model.layers.1.mlp.gate_proj.weight\22,\22model.model.layers.1.mlp.up_proj.weight\22,\22model.model.layers.1.mlp.down_proj.weight\22,\22model.model.layers.1.input_layernorm.weight\22,\22model.model.layers.1.post_attention_layernorm.weight\22,\22model.model.norm.weight\22,\22model.lm_head.weight\22,\22model.model.rotary_emb.inv_freq\22]},\22prefill\22:{\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22kind\22:\22list\22}],\22kind\22:\22tuple\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22keys\22:[\22row\22,\22last\22],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22int64\22,\22name\22:\22tokens\22,\22shape\22:[1,\22chunk\22]},{\22dtype\22:\22int64\22,\22name\22:\22positions\22,\22shape\22:[1]},{\22dtype\22:\22float32\22,\22name\22:\22cache_0\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache_1\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache_2\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache_3\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22int64\22,\22name\22:\22row\22,\22shape\22:[1]},{\22dtype\22:\22int64\22,\22name\22:\22last\22,\22shape\22:[1]}],\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22children\22:[{\22kind\22:\22leaf\22},{\22children\22:[{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22},{\22kind\22:\22leaf\22}],\22kind\22:\22list\22}],\22keys\22:[\22logits\22,\22cache\22],\22kind\22:\22dict\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22logits\22,\22shape\22:[1,320]},{\22dtype\22:\22float32\22,\22name\22:\22cache.0\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache.1\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache.2\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22name\22:\22cache.3\22,\22shape\22:[2,2,64,16]}],\22symbols\22:{\22chunk\22:{\22dims\22:[\22tokens:1\22],\22max\22:16,\22min\22:1}},\22weights\22:[\22model.model.embed_tokens.weight\22,\22model.model.layers.0.self_attn.q_proj.weight\22,\22model.model.layers.0.self_attn.k_proj.weight\22,\22model.model.layers.0.self_attn.v_proj.weight\22,\22model.model.layers.0.self_attn.o_proj.weight\22,\22model.model.layers.0.mlp.gate_proj.weight\22,\22model.model.layers.0.mlp.up_proj.weight\22,\22model.model.layers.0.mlp.down_proj.weight\22,\22model.model.layers.0.input_layernorm.weight\22,\22model.model.layers.0.post_attention_layernorm.weight\22,\22model.model.layers.1.self_attn.q_proj.weight\22,\22model.model.layers.1.self_attn.k_proj.weight\22,\22model.model.layers.1.self_attn.v_proj.weight\22,\22model.model.layers.1.self_attn.o_proj.weight\22,\22model.model.layers.1.mlp.gate_proj.weight\22,\22model.model.layers.1.mlp.up_proj.weight\22,\22model.model.layers.1.mlp.down_proj.weight\22,\22model.model.layers.1.input_layernorm.weight\22,\22model.model.layers.1.post_attention_layernorm.weight\22,\22model.model.norm.weight\22,\22model.lm_head.weight\22,\22model.model.rotary_emb.inv_freq\22]}},\22format\22:\22torchtpu_aot\22,\22format_version\22:4,\22generation\22:{\22architecture\22:\22LlamaForCausalLM\22,\22bos_token_id\22:1,\22cache\22:[{\22dtype\22:\22float32\22,\22kind\22:\22key\22,\22layer\22:0,\22name\22:\22cache_0\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22kind\22:\22value\22,\22layer\22:0,\22name\22:\22cache_1\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22kind\22:\22key\22,\22layer\22:1,\22name\22:\22cache_2\22,\22shape\22:[2,2,64,16]},{\22dtype\22:\22float32\22,\22kind\22:\22value\22,\22layer\22:1,\22name\22:\22cache_3\22,\22shape\22:[2,2,64,16]}],\22eos_token_ids\22:[2],\22files\22:{\22chat_template.jinja\22:{\22file\22:\22llm.chat_template.jinja\22,\22sha256\22:\223a56c3adaa2e82883bad2150841e2e36a8b39ee487fab8b7dad4f7c4ab7db9b6\22},\22generation_config.json\22:{\22file\22:\22llm.generation_config.json\22,\22sha256\22:\22e9c42bd8c4e08af12d7090aa6d4ad66489ade8373cd9b7d49f651c60103ce14c\22},\22tokenizer.json\22:{\22file\22:\22llm.tokenizer.json\22,\22sha256\22:\2245c82cc8d1fb7c78eb880455962f98f3bb35dcc7733f0ccf27db142cbf5c6c2d\22},\22tokenizer_config.json\22:{\22file\22:\22llm.tokenizer_config.json\22,\22sha256\22:\22a32c88a67297bb9c99d8240afc75b2fe99869ae991cbcc1b0d1aacb91d32bb6b\22}},\22max_batch\22:2,\22max_seq_len\22:64,\22pad_token_id\22:0,\22prefill_chunk\22:16,\22vocab_size\22:320},\22model\22:\22llm\22,\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22weights\22:{\22file\22:\22llm.safetensors\22,\22inline\22:false,\22sha256\22:\22f236c8e500389f40a1be4140b2743e7704b75c32d4a5955d3d314f3c45ad4e51\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22model.model.embed_tokens.weight\22,\22partition\22:{\22spec\22:[\22model\22,null]},\22role\22:\22parameter\22,\22shape\22:[320,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.self_attn.q_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null],\22units\22:4},\22role\22:\22parameter\22,\22shape\22:[64,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.self_attn.k_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null],\22units\22:2},\22role\22:\22parameter\22,\22shape\22:[32,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.self_attn.v_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null],\22units\22:2},\22role\22:\22parameter\22,\22shape\22:[32,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.self_attn.o_proj.weight\22,\22partition\22:{\22spec\22:[null,\22model\22],\22units\22:4},\22role\22:\22parameter\22,\22shape\22:[64,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.mlp.gate_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null]},\22role\22:\22parameter\22,\22shape\22:[128,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.mlp.up_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null]},\22role\22:\22parameter\22,\22shape\22:[128,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.mlp.down_proj.weight\22,\22partition\22:{\22spec\22:[null,\22model\22]},\22role\22:\22parameter\22,\22shape\22:[64,128]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.input_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.0.post_attention_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.self_attn.q_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null],\22units\22:4},\22role\22:\22parameter\22,\22shape\22:[64,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.self_attn.k_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null],\22units\22:2},\22role\22:\22parameter\22,\22shape\22:[32,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.self_attn.v_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null],\22units\22:2},\22role\22:\22parameter\22,\22shape\22:[32,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.self_attn.o_proj.weight\22,\22partition\22:{\22spec\22:[null,\22model\22],\22units\22:4},\22role\22:\22parameter\22,\22shape\22:[64,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.mlp.gate_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null]},\22role\22:\22parameter\22,\22shape\22:[128,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.mlp.up_proj.weight\22,\22partition\22:{\22spec\22:[\22model\22,null]},\22role\22:\22parameter\22,\22shape\22:[128,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.mlp.down_proj.weight\22,\22partition\22:{\22spec\22:[null,\22model\22]},\22role\22:\22parameter\22,\22shape\22:[64,128]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.input_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.layers.1.post_attention_layernorm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.norm.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22model.lm_head.weight\22,\22partition\22:{\22spec\22:[\22model\22,null]},\22role\22:\22parameter\22,\22shape\22:[320,64]},{\22dtype\22:\22float32\22,\22name\22:\22model.model.rotary_emb.inv_freq\22,\22role\22:\22buffer\22,\22shape\22:[8]}]}}"} {
  func.func public @decode(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<320x64xf32> {torchtpu.name = "model.model.embed_tokens.weight"}, %arg2: tensor<64x64xf32> {torchtpu.name = "model.model.layers.0.self_attn.q_proj.weight"}, %arg3: tensor<32x64xf32> {torchtpu.name = "model.model.layers.0.self_attn.k_proj.weight"}, %arg4: tensor<32x64xf32> {torchtpu.name = "model.model.layers.0.self_attn.v_proj.weight"}, %arg5: tensor<64x64xf32> {torchtpu.name = "model.model.layers.0.self_attn.o_proj.weight"}, %arg6: tensor<128x64xf32> {torchtpu.name = "model.model.layers.0.mlp.gate_proj.weight"}, %arg7: tensor<128x64xf32> {torchtpu.name = "model.model.layers.0.mlp.up_proj.weight"}, %arg8: tensor<64x128xf32> {torchtpu.name = "model.model.layers.0.mlp.down_proj.weight"}, %arg9: tensor<64xf32> {torchtpu.name = "model.model.layers.0.input_layernorm.weight"}, %arg10: tensor<64xf32> {torchtpu.name = "model.model.layers.0.post_attention_layernorm.weight"}, %arg11: tensor<64x64xf32> {torchtpu.name = "model.model.layers.1.self_attn.q_proj.weight"}, %arg12: tensor<32x64xf32> {torchtpu.name = "model.model.layers.1.self_attn.k_proj.weight"}, %arg13: tensor<32x64xf32> {torchtpu.name = "model.model.layers.1.self_attn.v_proj.weight"}, %arg14: tensor<64x64xf32> {torchtpu.name = "model.model.layers.1.self_attn.o_proj.weight"}, %arg15: tensor<128x64xf32> {torchtpu.name = "model.model.layers.1.mlp.gate_proj.weight"}, %arg16: tensor<128x64xf32> {torchtpu.name = "model.model.layers.1.mlp.up_proj.weight"}, %arg17: tensor<64x128xf32> {torchtpu.name = "model.model.layers.1.mlp.down_proj.weight"}, %arg18: tensor<64xf32> {torchtpu.name = "model.model.layers.1.input_layernorm.weight"}, %arg19: tensor<64xf32> {torchtpu.name = "model.model.layers.1.post_attention_layernorm.weight"}, %arg20: tensor<64xf32> {torchtpu.name = "model.model.norm.weight"}, %arg21: tensor<320x64xf32> {torchtpu.name = "model.lm_head.weight"}, %arg22: tensor<8xf32> {torchtpu.name = "model.model.rotary_emb.inv_freq"}, %arg23: tensor<2x1xi64> {torchtpu.name = "tokens"}, %arg24: tensor<2xi64> {torchtpu.name = "positions"}, %arg25: tensor<2x2x64x16xf32> {torchtpu.name = "cache_0"}, %arg26: tensor<2x2x64x16xf32> {torchtpu.name = "cache_1"}, %arg27: tensor<2x2x64x16xf32> {torchtpu.name = "cache_2"}, %arg28: tensor<2x2x64x16xf32> {torchtpu.name = "cache_3"}) -> (tensor<2x320xf32> {torchtpu.name = "logits"}, tensor<2x2x64x16xf32> {torchtpu.name = "cache.0"}, tensor<2x2x64x16xf32> {torchtpu.name = "cache.1"}, tensor<2x2x64x16xf32> {torchtpu.name = "cache.2"}, tensor<2x2x64x16xf32> {torchtpu.name = "cache.3"}) {
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_0 = stablehlo.constant dense<2.500000e-01> : tensor<f32>
    %cst_1 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %cst_2 = stablehlo.constant dense<6.400000e+01> : tensor<f32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %arg24, dims = [0] : (tensor<2xi64>) -> tensor<2x1xi64>
    %1 = stablehlo.iota dim = 0 : tensor<1xi64>
    %2 = stablehlo.broadcast_in_dim %1, dims = [1] : (tensor<1xi64>) -> tensor<1x1xi64>
    %3 = stablehlo.broadcast_in_dim %2, dims = [0, 1] : (tensor<1x1xi64>) -> tensor<2x1xi64>
    %4 = stablehlo.add %0, %3 : tensor<2x1xi64>
    %5 = stablehlo.iota dim = 0 : tensor<64xi64>
    %6 = stablehlo.broadcast_in_dim %5, dims = [1] : (tensor<64xi64>) -> tensor<1x64xi64>
    %7 = stablehlo.broadcast_in_dim %6, dims = [0, 2] : (tensor<1x64xi64>) -> tensor<1x1x64xi64>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1, 3] : (tensor<1x1x64xi64>) -> tensor<1x1x1x64xi64>
    %9 = stablehlo.broadcast_in_dim %4, dims = [0, 2] : (tensor<2x1xi64>) -> tensor<2x1x1xi64>
    %10 = stablehlo.broadcast_in_dim %9, dims = [0, 1, 2] : (tensor<2x1x1xi64>) -> tensor<2x1x1x1xi64>
    %11 = stablehlo.broadcast_in_dim %8, dims = [0, 1, 2, 3] : (tensor<1x1x1x64xi64>) -> tensor<2x1x1x64xi64>
    %12 = stablehlo.broadcast_in_dim %10, dims = [0, 1, 2, 3] : (tensor<2x1x1x1xi64>) -> tensor<2x1x1x64xi64>
    %13 = stablehlo.compare LE, %11, %12, SIGNED : (tensor<2x1x1x64xi64>, tensor<2x1x1x64xi64>) -> tensor<2x1x1x64xi1>
    %14 = stablehlo.convert %arg23 : (tensor<2x1xi64>) -> tensor<2x1xi32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<2x1xi32>) -> tensor<2x1x1xi32>
    %16 = "stablehlo.gather"(%arg1, %15) <{dimension_numbers = #stablehlo.gather<offset_dims = [2], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 2>, slice_sizes = array<i64: 1, 64>}> : (tensor<320x64xf32>, tensor<2x1x1xi32>) -> tensor<2x1x64xf32>
    %17 = stablehlo.broadcast_in_dim %4, dims = [0, 1] : (tensor<2x1xi64>) -> tensor<2x1x1xi64>
    %18 = stablehlo.convert %17 : (tensor<2x1x1xi64>) -> tensor<2x1x1xf32>
    %19 = stablehlo.broadcast_in_dim %arg22, dims = [2] : (tensor<8xf32>) -> tensor<1x1x8xf32>
    %20 = stablehlo.broadcast_in_dim %18, dims = [0, 1, 2] : (tensor<2x1x1xf32>) -> tensor<2x1x8xf32>
    %21 = stablehlo.broadcast_in_dim %19, dims = [0, 1, 2] : (tensor<1x1x8xf32>) -> tensor<2x1x8xf32>
    %22 = stablehlo.multiply %20, %21 : tensor<2x1x8xf32>
    %23 = stablehlo.concatenate %22, %22, dim = 2 : (tensor<2x1x8xf32>, tensor<2x1x8xf32>) -> tensor<2x1x16xf32>
    %24 = stablehlo.cosine %23 : tensor<2x1x16xf32>
    %25 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x1x16xf32>
    %26 = stablehlo.multiply %24, %25 : tensor<2x1x16xf32>
    %27 = stablehlo.sine %23 : tensor<2x1x16xf32>
    %28 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x1x16xf32>
    %29 = stablehlo.multiply %27, %28 : tensor<2x1x16xf32>
    %30 = stablehlo.multiply %16, %16 : tensor<2x1x64xf32>
    %31 = stablehlo.reduce(%30 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %32 = stablehlo.broadcast_in_dim %31, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %33 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %34 = stablehlo.divide %32, %33 : tensor<2x1x1xf32>
    %35 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %36 = stablehlo.add %34, %35 : tensor<2x1x1xf32>
    %37 = stablehlo.rsqrt %36 : tensor<2x1x1xf32>
    %38 = stablehlo.broadcast_in_dim %37, dims = [0, 1, 2] : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %39 = stablehlo.multiply %16, %38 : tensor<2x1x64xf32>
    %40 = stablehlo.broadcast_in_dim %arg9, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %41 = stablehlo.broadcast_in_dim %40, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %42 = stablehlo.multiply %41, %39 : tensor<2x1x64xf32>
    %43 = stablehlo.dot_general %42, %arg2, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
    %44 = stablehlo.reshape %43 : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
    %45 = stablehlo.transpose %44, dims = [0, 2, 1, 3] : (tensor<2x1x4x16xf32>) -> tensor<2x4x1x16xf32>
    %46 = stablehlo.dot_general %42, %arg3, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<32x64xf32>) -> tensor<2x1x32xf32>
    %47 = stablehlo.reshape %46 : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %48 = stablehlo.transpose %47, dims = [0, 2, 1, 3] : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
    %49 = stablehlo.dot_general %42, %arg4, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<32x64xf32>) -> tensor<2x1x32xf32>
    %50 = stablehlo.reshape %49 : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %51 = stablehlo.transpose %50, dims = [0, 2, 1, 3] : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
    %52 = stablehlo.broadcast_in_dim %26, dims = [0, 2, 3] : (tensor<2x1x16xf32>) -> tensor<2x1x1x16xf32>
    %53 = stablehlo.broadcast_in_dim %29, dims = [0, 2, 3] : (tensor<2x1x16xf32>) -> tensor<2x1x1x16xf32>
    %54 = stablehlo.broadcast_in_dim %52, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
    %55 = stablehlo.multiply %45, %54 : tensor<2x4x1x16xf32>
    %56 = stablehlo.slice %45 [0:2, 0:4, 0:1, 0:8] : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x8xf32>
    %57 = stablehlo.slice %45 [0:2, 0:4, 0:1, 8:16] : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x8xf32>
    %58 = stablehlo.negate %57 : tensor<2x4x1x8xf32>
    %59 = stablehlo.concatenate %58, %56, dim = 3 : (tensor<2x4x1x8xf32>, tensor<2x4x1x8xf32>) -> tensor<2x4x1x16xf32>
    %60 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
    %61 = stablehlo.multiply %59, %60 : tensor<2x4x1x16xf32>
    %62 = stablehlo.add %55, %61 : tensor<2x4x1x16xf32>
    %63 = stablehlo.broadcast_in_dim %52, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x2x1x16xf32>
    %64 = stablehlo.multiply %48, %63 : tensor<2x2x1x16xf32>
    %65 = stablehlo.slice %48 [0:2, 0:2, 0:1, 0:8] : (tensor<2x2x1x16xf32>) -> tensor<2x2x1x8xf32>
    %66 = stablehlo.slice %48 [0:2, 0:2, 0:1, 8:16] : (tensor<2x2x1x16xf32>) -> tensor<2x2x1x8xf32>
    %67 = stablehlo.negate %66 : tensor<2x2x1x8xf32>
    %68 = stablehlo.concatenate %67, %65, dim = 3 : (tensor<2x2x1x8xf32>, tensor<2x2x1x8xf32>) -> tensor<2x2x1x16xf32>
    %69 = stablehlo.broadcast_in_dim %53, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x2x1x16xf32>
    %70 = stablehlo.multiply %68, %69 : tensor<2x2x1x16xf32>
    %71 = stablehlo.add %64, %70 : tensor<2x2x1x16xf32>
    %72 = stablehlo.broadcast_in_dim %4, dims = [0, 2] : (tensor<2x1xi64>) -> tensor<2x1x1xi64>
    %73 = stablehlo.broadcast_in_dim %72, dims = [0, 1, 2] : (tensor<2x1x1xi64>) -> tensor<2x1x1x1xi64>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1, 2, 3] : (tensor<2x1x1x1xi64>) -> tensor<2x2x1x16xi64>
    %75 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2, 3] : (tensor<2x2x1x16xi64>) -> tensor<2x2x1x16x1xi64>
    %76 = "stablehlo.scatter"(%arg25, %75, %71) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg29: tensor<f32>, %arg30: tensor<f32>):
      stablehlo.return %arg30 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<2x2x1x16x1xi64>, tensor<2x2x1x16xf32>) -> tensor<2x2x64x16xf32>
    %77 = stablehlo.broadcast_in_dim %74, dims = [0, 1, 2, 3] : (tensor<2x2x1x16xi64>) -> tensor<2x2x1x16x1xi64>
    %78 = "stablehlo.scatter"(%arg26, %77, %51) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg29: tensor<f32>, %arg30: tensor<f32>):
      stablehlo.return %arg30 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<2x2x1x16x1xi64>, tensor<2x2x1x16xf32>) -> tensor<2x2x64x16xf32>
    %79 = stablehlo.broadcast_in_dim %76, dims = [0, 1, 3, 4] : (tensor<2x2x64x16xf32>) -> tensor<2x2x1x64x16xf32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [0, 1, 2, 3, 4] : (tensor<2x2x1x64x16xf32>) -> tensor<2x2x2x64x16xf32>
    %81 = stablehlo.reshape %80 : (tensor<2x2x2x64x16xf32>) -> tensor<2x4x64x16xf32>
    %82 = stablehlo.broadcast_in_dim %78, dims = [0, 1, 3, 4] : (tensor<2x2x64x16xf32>) -> tensor<2x2x1x64x16xf32>
    %83 = stablehlo.broadcast_in_dim %82, dims = [0, 1, 2, 3, 4] : (tensor<2x2x1x64x16xf32>) -> tensor<2x2x2x64x16xf32>
    %84 = stablehlo.reshape %83 : (tensor<2x2x2x64x16xf32>) -> tensor<2x4x64x16xf32>
    %85 = stablehlo.dot_general %62, %81, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<2x4x1x16xf32>, tensor<2x4x64x16xf32>) -> tensor<2x4x1x64xf32>
    %86 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<2x4x1x64xf32>
    %87 = stablehlo.multiply %85, %86 : tensor<2x4x1x64xf32>
    %88 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 2, 3] : (tensor<2x1x1x64xi1>) -> tensor<2x4x1x64xi1>
    %89 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x4x1x64xf32>
    %90 = stablehlo.select %88, %87, %89 : tensor<2x4x1x64xi1>, tensor<2x4x1x64xf32>
    %91 = stablehlo.reduce(%90 init: %cst) applies stablehlo.maximum across dimensions = [3] : (tensor<2x4x1x64xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %92 = stablehlo.broadcast_in_dim %91, dims = [0, 1, 2] : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2, 3] : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x64xf32>
    %94 = stablehlo.subtract %90, %93 : tensor<2x4x1x64xf32>
    %95 = stablehlo.exponential %94 : tensor<2x4x1x64xf32>
    %96 = stablehlo.reduce(%95 init: %cst_3) applies stablehlo.add across dimensions = [3] : (tensor<2x4x1x64xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %97 = stablehlo.broadcast_in_dim %96, dims = [0, 1, 2] : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %98 = stablehlo.broadcast_in_dim %97, dims = [0, 1, 2, 3] : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x64xf32>
    %99 = stablehlo.divide %95, %98 : tensor<2x4x1x64xf32>
    %100 = stablehlo.dot_general %99, %84, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<2x4x1x64xf32>, tensor<2x4x64x16xf32>) -> tensor<2x4x1x16xf32>
    %101 = stablehlo.transpose %100, dims = [0, 2, 1, 3] : (tensor<2x4x1x16xf32>) -> tensor<2x1x4x16xf32>
    %102 = stablehlo.reshape %101 : (tensor<2x1x4x16xf32>) -> tensor<2x1x64xf32>
    %103 = stablehlo.dot_general %102, %arg5, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
    %104 = stablehlo.add %16, %103 : tensor<2x1x64xf32>
    %105 = stablehlo.multiply %104, %104 : tensor<2x1x64xf32>
    %106 = stablehlo.reduce(%105 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %107 = stablehlo.broadcast_in_dim %106, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %108 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %109 = stablehlo.divide %107, %108 : tensor<2x1x1xf32>
    %110 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %111 = stablehlo.add %109, %110 : tensor<2x1x1xf32>
    %112 = stablehlo.rsqrt %111 : tensor<2x1x1xf32>
    %113 = stablehlo.broadcast_in_dim %112, dims = [0, 1, 2] : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %114 = stablehlo.multiply %104, %113 : tensor<2x1x64xf32>
    %115 = stablehlo.broadcast_in_dim %arg10, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %116 = stablehlo.broadcast_in_dim %115, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %117 = stablehlo.multiply %116, %114 : tensor<2x1x64xf32>
    %118 = stablehlo.dot_general %117, %arg6, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<128x64xf32>) -> tensor<2x1x128xf32>
    %119 = stablehlo.negate %118 : tensor<2x1x128xf32>
    %120 = stablehlo.exponential %119 : tensor<2x1x128xf32>
    %121 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x1x128xf32>
    %122 = stablehlo.add %121, %120 : tensor<2x1x128xf32>
    %123 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x1x128xf32>
    %124 = stablehlo.divide %123, %122 : tensor<2x1x128xf32>
    %125 = stablehlo.multiply %118, %124 : tensor<2x1x128xf32>
    %126 = stablehlo.dot_general %117, %arg7, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<128x64xf32>) -> tensor<2x1x128xf32>
    %127 = stablehlo.multiply %125, %126 : tensor<2x1x128xf32>
    %128 = stablehlo.dot_general %127, %arg8, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x128xf32>, tensor<64x128xf32>) -> tensor<2x1x64xf32>
    %129 = stablehlo.add %104, %128 : tensor<2x1x64xf32>
    %130 = stablehlo.multiply %129, %129 : tensor<2x1x64xf32>
    %131 = stablehlo.reduce(%130 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %132 = stablehlo.broadcast_in_dim %131, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %133 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %134 = stablehlo.divide %132, %133 : tensor<2x1x1xf32>
    %135 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %136 = stablehlo.add %134, %135 : tensor<2x1x1xf32>
    %137 = stablehlo.rsqrt %136 : tensor<2x1x1xf32>
    %138 = stablehlo.broadcast_in_dim %137, dims = [0, 1, 2] : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %139 = stablehlo.multiply %129, %138 : tensor<2x1x64xf32>
    %140 = stablehlo.broadcast_in_dim %arg18, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %141 = stablehlo.broadcast_in_dim %140, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %142 = stablehlo.multiply %141, %139 : tensor<2x1x64xf32>
    %143 = stablehlo.dot_general %142, %arg11, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
    %144 = stablehlo.reshape %143 : (tensor<2x1x64xf32>) -> tensor<2x1x4x16xf32>
    %145 = stablehlo.transpose %144, dims = [0, 2, 1, 3] : (tensor<2x1x4x16xf32>) -> tensor<2x4x1x16xf32>
    %146 = stablehlo.dot_general %142, %arg12, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<32x64xf32>) -> tensor<2x1x32xf32>
    %147 = stablehlo.reshape %146 : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %148 = stablehlo.transpose %147, dims = [0, 2, 1, 3] : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
    %149 = stablehlo.dot_general %142, %arg13, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<32x64xf32>) -> tensor<2x1x32xf32>
    %150 = stablehlo.reshape %149 : (tensor<2x1x32xf32>) -> tensor<2x1x2x16xf32>
    %151 = stablehlo.transpose %150, dims = [0, 2, 1, 3] : (tensor<2x1x2x16xf32>) -> tensor<2x2x1x16xf32>
    %152 = stablehlo.broadcast_in_dim %26, dims = [0, 2, 3] : (tensor<2x1x16xf32>) -> tensor<2x1x1x16xf32>
    %153 = stablehlo.broadcast_in_dim %29, dims = [0, 2, 3] : (tensor<2x1x16xf32>) -> tensor<2x1x1x16xf32>
    %154 = stablehlo.broadcast_in_dim %152, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
    %155 = stablehlo.multiply %145, %154 : tensor<2x4x1x16xf32>
    %156 = stablehlo.slice %145 [0:2, 0:4, 0:1, 0:8] : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x8xf32>
    %157 = stablehlo.slice %145 [0:2, 0:4, 0:1, 8:16] : (tensor<2x4x1x16xf32>) -> tensor<2x4x1x8xf32>
    %158 = stablehlo.negate %157 : tensor<2x4x1x8xf32>
    %159 = stablehlo.concatenate %158, %156, dim = 3 : (tensor<2x4x1x8xf32>, tensor<2x4x1x8xf32>) -> tensor<2x4x1x16xf32>
    %160 = stablehlo.broadcast_in_dim %153, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x4x1x16xf32>
    %161 = stablehlo.multiply %159, %160 : tensor<2x4x1x16xf32>
    %162 = stablehlo.add %155, %161 : tensor<2x4x1x16xf32>
    %163 = stablehlo.broadcast_in_dim %152, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x2x1x16xf32>
    %164 = stablehlo.multiply %148, %163 : tensor<2x2x1x16xf32>
    %165 = stablehlo.slice %148 [0:2, 0:2, 0:1, 0:8] : (tensor<2x2x1x16xf32>) -> tensor<2x2x1x8xf32>
    %166 = stablehlo.slice %148 [0:2, 0:2, 0:1, 8:16] : (tensor<2x2x1x16xf32>) -> tensor<2x2x1x8xf32>
    %167 = stablehlo.negate %166 : tensor<2x2x1x8xf32>
    %168 = stablehlo.concatenate %167, %165, dim = 3 : (tensor<2x2x1x8xf32>, tensor<2x2x1x8xf32>) -> tensor<2x2x1x16xf32>
    %169 = stablehlo.broadcast_in_dim %153, dims = [0, 1, 2, 3] : (tensor<2x1x1x16xf32>) -> tensor<2x2x1x16xf32>
    %170 = stablehlo.multiply %168, %169 : tensor<2x2x1x16xf32>
    %171 = stablehlo.add %164, %170 : tensor<2x2x1x16xf32>
    %172 = stablehlo.broadcast_in_dim %4, dims = [0, 2] : (tensor<2x1xi64>) -> tensor<2x1x1xi64>
    %173 = stablehlo.broadcast_in_dim %172, dims = [0, 1, 2] : (tensor<2x1x1xi64>) -> tensor<2x1x1x1xi64>
    %174 = stablehlo.broadcast_in_dim %173, dims = [0, 1, 2, 3] : (tensor<2x1x1x1xi64>) -> tensor<2x2x1x16xi64>
    %175 = stablehlo.broadcast_in_dim %174, dims = [0, 1, 2, 3] : (tensor<2x2x1x16xi64>) -> tensor<2x2x1x16x1xi64>
    %176 = "stablehlo.scatter"(%arg27, %175, %171) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg29: tensor<f32>, %arg30: tensor<f32>):
      stablehlo.return %arg30 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<2x2x1x16x1xi64>, tensor<2x2x1x16xf32>) -> tensor<2x2x64x16xf32>
    %177 = stablehlo.broadcast_in_dim %174, dims = [0, 1, 2, 3] : (tensor<2x2x1x16xi64>) -> tensor<2x2x1x16x1xi64>
    %178 = "stablehlo.scatter"(%arg28, %177, %151) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg29: tensor<f32>, %arg30: tensor<f32>):
      stablehlo.return %arg30 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<2x2x1x16x1xi64>, tensor<2x2x1x16xf32>) -> tensor<2x2x64x16xf32>
    %179 = stablehlo.broadcast_in_dim %176, dims = [0, 1, 3, 4] : (tensor<2x2x64x16xf32>) -> tensor<2x2x1x64x16xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1, 2, 3, 4] : (tensor<2x2x1x64x16xf32>) -> tensor<2x2x2x64x16xf32>
    %181 = stablehlo.reshape %180 : (tensor<2x2x2x64x16xf32>) -> tensor<2x4x64x16xf32>
    %182 = stablehlo.broadcast_in_dim %178, dims = [0, 1, 3, 4] : (tensor<2x2x64x16xf32>) -> tensor<2x2x1x64x16xf32>
    %183 = stablehlo.broadcast_in_dim %182, dims = [0, 1, 2, 3, 4] : (tensor<2x2x1x64x16xf32>) -> tensor<2x2x2x64x16xf32>
    %184 = stablehlo.reshape %183 : (tensor<2x2x2x64x16xf32>) -> tensor<2x4x64x16xf32>
    %185 = stablehlo.dot_general %162, %181, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<2x4x1x16xf32>, tensor<2x4x64x16xf32>) -> tensor<2x4x1x64xf32>
    %186 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<2x4x1x64xf32>
    %187 = stablehlo.multiply %185, %186 : tensor<2x4x1x64xf32>
    %188 = stablehlo.broadcast_in_dim %13, dims = [0, 1, 2, 3] : (tensor<2x1x1x64xi1>) -> tensor<2x4x1x64xi1>
    %189 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<2x4x1x64xf32>
    %190 = stablehlo.select %188, %187, %189 : tensor<2x4x1x64xi1>, tensor<2x4x1x64xf32>
    %191 = stablehlo.reduce(%190 init: %cst) applies stablehlo.maximum across dimensions = [3] : (tensor<2x4x1x64xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %192 = stablehlo.broadcast_in_dim %191, dims = [0, 1, 2] : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2, 3] : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x64xf32>
    %194 = stablehlo.subtract %190, %193 : tensor<2x4x1x64xf32>
    %195 = stablehlo.exponential %194 : tensor<2x4x1x64xf32>
    %196 = stablehlo.reduce(%195 init: %cst_3) applies stablehlo.add across dimensions = [3] : (tensor<2x4x1x64xf32>, tensor<f32>) -> tensor<2x4x1xf32>
    %197 = stablehlo.broadcast_in_dim %196, dims = [0, 1, 2] : (tensor<2x4x1xf32>) -> tensor<2x4x1x1xf32>
    %198 = stablehlo.broadcast_in_dim %197, dims = [0, 1, 2, 3] : (tensor<2x4x1x1xf32>) -> tensor<2x4x1x64xf32>
    %199 = stablehlo.divide %195, %198 : tensor<2x4x1x64xf32>
    %200 = stablehlo.dot_general %199, %184, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<2x4x1x64xf32>, tensor<2x4x64x16xf32>) -> tensor<2x4x1x16xf32>
    %201 = stablehlo.transpose %200, dims = [0, 2, 1, 3] : (tensor<2x4x1x16xf32>) -> tensor<2x1x4x16xf32>
    %202 = stablehlo.reshape %201 : (tensor<2x1x4x16xf32>) -> tensor<2x1x64xf32>
    %203 = stablehlo.dot_general %202, %arg14, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<64x64xf32>) -> tensor<2x1x64xf32>
    %204 = stablehlo.add %129, %203 : tensor<2x1x64xf32>
    %205 = stablehlo.multiply %204, %204 : tensor<2x1x64xf32>
    %206 = stablehlo.reduce(%205 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %208 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %209 = stablehlo.divide %207, %208 : tensor<2x1x1xf32>
    %210 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %211 = stablehlo.add %209, %210 : tensor<2x1x1xf32>
    %212 = stablehlo.rsqrt %211 : tensor<2x1x1xf32>
    %213 = stablehlo.broadcast_in_dim %212, dims = [0, 1, 2] : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %214 = stablehlo.multiply %204, %213 : tensor<2x1x64xf32>
    %215 = stablehlo.broadcast_in_dim %arg19, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %216 = stablehlo.broadcast_in_dim %215, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %217 = stablehlo.multiply %216, %214 : tensor<2x1x64xf32>
    %218 = stablehlo.dot_general %217, %arg15, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<128x64xf32>) -> tensor<2x1x128xf32>
    %219 = stablehlo.negate %218 : tensor<2x1x128xf32>
    %220 = stablehlo.exponential %219 : tensor<2x1x128xf32>
    %221 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x1x128xf32>
    %222 = stablehlo.add %221, %220 : tensor<2x1x128xf32>
    %223 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<2x1x128xf32>
    %224 = stablehlo.divide %223, %222 : tensor<2x1x128xf32>
    %225 = stablehlo.multiply %218, %224 : tensor<2x1x128xf32>
    %226 = stablehlo.dot_general %217, %arg16, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<128x64xf32>) -> tensor<2x1x128xf32>
    %227 = stablehlo.multiply %225, %226 : tensor<2x1x128xf32>
    %228 = stablehlo.dot_general %227, %arg17, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x128xf32>, tensor<64x128xf32>) -> tensor<2x1x64xf32>
    %229 = stablehlo.add %204, %228 : tensor<2x1x64xf32>
    %230 = stablehlo.multiply %229, %229 : tensor<2x1x64xf32>
    %231 = stablehlo.reduce(%230 init: %cst_3) applies stablehlo.add across dimensions = [2] : (tensor<2x1x64xf32>, tensor<f32>) -> tensor<2x1xf32>
    %232 = stablehlo.broadcast_in_dim %231, dims = [0, 1] : (tensor<2x1xf32>) -> tensor<2x1x1xf32>
    %233 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %234 = stablehlo.divide %232, %233 : tensor<2x1x1xf32>
    %235 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<2x1x1xf32>
    %236 = stablehlo.add %234, %235 : tensor<2x1x1xf32>
    %237 = stablehlo.rsqrt %236 : tensor<2x1x1xf32>
    %238 = stablehlo.broadcast_in_dim %237, dims = [0, 1, 2] : (tensor<2x1x1xf32>) -> tensor<2x1x64xf32>
    %239 = stablehlo.multiply %229, %238 : tensor<2x1x64xf32>
    %240 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %241 = stablehlo.broadcast_in_dim %240, dims = [0, 1, 2] : (tensor<1x1x64xf32>) -> tensor<2x1x64xf32>
    %242 = stablehlo.multiply %241, %239 : tensor<2x1x64xf32>
    %243 = stablehlo.dot_general %242, %arg21, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2x1x64xf32>, tensor<320x64xf32>) -> tensor<2x1x320xf32>
    %244 = stablehlo.slice %243 [0:2, 0:1, 0:320] : (tensor<2x1x320xf32>) -> tensor<2x1x320xf32>
    %245 = stablehlo.reshape %244 : (tensor<2x1x320xf32>) -> tensor<2x320xf32>
    return %245, %76, %78, %176, %178 : tensor<2x320xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>
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
    %200 = stablehlo.broadcast_in_dim %187, dims = [0, 1, 3, 4] : (tensor<1x2x64x16xf32>) -> tensor<1x2x1x64x16xf32>
    %201 = stablehlo.broadcast_in_dim %200, dims = [0, 1, 2, 3, 4] : (tensor<1x2x1x64x16xf32>) -> tensor<1x2x2x64x16xf32>
    %202 = stablehlo.reshape %201 : (tensor<1x2x2x64x16xf32>) -> tensor<1x4x64x16xf32>
    %203 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 3, 4] : (tensor<1x2x64x16xf32>) -> tensor<1x2x1x64x16xf32>
    %204 = stablehlo.broadcast_in_dim %203, dims = [0, 1, 2, 3, 4] : (tensor<1x2x1x64x16xf32>) -> tensor<1x2x2x64x16xf32>
    %205 = stablehlo.reshape %204 : (tensor<1x2x2x64x16xf32>) -> tensor<1x4x64x16xf32>
    %206 = stablehlo.dot_general %144, %202, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x4x?x16xf32>, tensor<1x4x64x16xf32>) -> tensor<1x4x?x64xf32>
    %207 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %208 = stablehlo.reshape %207 : (tensor<i32>) -> tensor<1xi32>
    %209 = stablehlo.concatenate %c_12, %c_3, %208, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %210 = stablehlo.dynamic_broadcast_in_dim %cst_0, %209, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %211 = stablehlo.multiply %206, %210 : tensor<1x4x?x64xf32>
    %212 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %213 = stablehlo.reshape %212 : (tensor<i32>) -> tensor<1xi32>
    %214 = stablehlo.concatenate %c_12, %c_3, %213, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %215 = stablehlo.dynamic_broadcast_in_dim %33, %214, dims = [0, 1, 2, 3] : (tensor<1x1x?x64xi1>, tensor<4xi32>) -> tensor<1x4x?x64xi1>
    %216 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %217 = stablehlo.reshape %216 : (tensor<i32>) -> tensor<1xi32>
    %218 = stablehlo.concatenate %c_12, %c_3, %217, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %219 = stablehlo.dynamic_broadcast_in_dim %cst, %218, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %220 = stablehlo.select %215, %211, %219 : tensor<1x4x?x64xi1>, tensor<1x4x?x64xf32>
    %221 = stablehlo.reduce(%220 init: %cst) applies stablehlo.maximum across dimensions = [3] : (tensor<1x4x?x64xf32>, tensor<f32>) -> tensor<1x4x?xf32>
    %222 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %223 = stablehlo.reshape %222 : (tensor<i32>) -> tensor<1xi32>
    %224 = stablehlo.concatenate %c_12, %c_3, %223, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %225 = stablehlo.dynamic_broadcast_in_dim %221, %224, dims = [0, 1, 2] : (tensor<1x4x?xf32>, tensor<4xi32>) -> tensor<1x4x?x1xf32>
    %226 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %227 = stablehlo.reshape %226 : (tensor<i32>) -> tensor<1xi32>
    %228 = stablehlo.concatenate %c_12, %c_3, %227, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %229 = stablehlo.dynamic_broadcast_in_dim %225, %228, dims = [0, 1, 2, 3] : (tensor<1x4x?x1xf32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %230 = stablehlo.subtract %220, %229 : tensor<1x4x?x64xf32>
    %231 = stablehlo.exponential %230 : tensor<1x4x?x64xf32>
    %232 = stablehlo.reduce(%231 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x4x?x64xf32>, tensor<f32>) -> tensor<1x4x?xf32>
    %233 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %234 = stablehlo.reshape %233 : (tensor<i32>) -> tensor<1xi32>
    %235 = stablehlo.concatenate %c_12, %c_3, %234, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %236 = stablehlo.dynamic_broadcast_in_dim %232, %235, dims = [0, 1, 2] : (tensor<1x4x?xf32>, tensor<4xi32>) -> tensor<1x4x?x1xf32>
    %237 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %238 = stablehlo.reshape %237 : (tensor<i32>) -> tensor<1xi32>
    %239 = stablehlo.concatenate %c_12, %c_3, %238, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %240 = stablehlo.dynamic_broadcast_in_dim %236, %239, dims = [0, 1, 2, 3] : (tensor<1x4x?x1xf32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %241 = stablehlo.divide %231, %240 : tensor<1x4x?x64xf32>
    %242 = stablehlo.dot_general %241, %205, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x4x?x64xf32>, tensor<1x4x64x16xf32>) -> tensor<1x4x?x16xf32>
    %243 = stablehlo.transpose %242, dims = [0, 2, 1, 3] : (tensor<1x4x?x16xf32>) -> tensor<1x?x4x16xf32>
    %244 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %245 = stablehlo.reshape %244 : (tensor<i32>) -> tensor<1xi32>
    %246 = stablehlo.concatenate %c_12, %245, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %247 = stablehlo.dynamic_reshape %243, %246 : (tensor<1x?x4x16xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %248 = stablehlo.dot_general %247, %arg6, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<64x64xf32>) -> tensor<1x?x64xf32>
    %249 = stablehlo.add %39, %248 : tensor<1x?x64xf32>
    %250 = stablehlo.multiply %249, %249 : tensor<1x?x64xf32>
    %251 = stablehlo.reduce(%250 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x?x64xf32>, tensor<f32>) -> tensor<1x?xf32>
    %252 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %253 = stablehlo.reshape %252 : (tensor<i32>) -> tensor<1xi32>
    %254 = stablehlo.concatenate %c_12, %253, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %255 = stablehlo.dynamic_broadcast_in_dim %251, %254, dims = [0, 1] : (tensor<1x?xf32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %256 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %257 = stablehlo.reshape %256 : (tensor<i32>) -> tensor<1xi32>
    %258 = stablehlo.concatenate %c_12, %257, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %259 = stablehlo.dynamic_broadcast_in_dim %cst_5, %258, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %260 = stablehlo.divide %255, %259 : tensor<1x?x1xf32>
    %261 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %262 = stablehlo.reshape %261 : (tensor<i32>) -> tensor<1xi32>
    %263 = stablehlo.concatenate %c_12, %262, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %264 = stablehlo.dynamic_broadcast_in_dim %cst_4, %263, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %265 = stablehlo.add %260, %264 : tensor<1x?x1xf32>
    %266 = stablehlo.rsqrt %265 : tensor<1x?x1xf32>
    %267 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %268 = stablehlo.reshape %267 : (tensor<i32>) -> tensor<1xi32>
    %269 = stablehlo.concatenate %c_12, %268, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %270 = stablehlo.dynamic_broadcast_in_dim %266, %269, dims = [0, 1, 2] : (tensor<1x?x1xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %271 = stablehlo.multiply %249, %270 : tensor<1x?x64xf32>
    %272 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %273 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %274 = stablehlo.reshape %273 : (tensor<i32>) -> tensor<1xi32>
    %275 = stablehlo.concatenate %c_12, %274, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %276 = stablehlo.dynamic_broadcast_in_dim %272, %275, dims = [0, 1, 2] : (tensor<1x1x64xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %277 = stablehlo.multiply %276, %271 : tensor<1x?x64xf32>
    %278 = stablehlo.dot_general %277, %arg7, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<128x64xf32>) -> tensor<1x?x128xf32>
    %279 = stablehlo.negate %278 : tensor<1x?x128xf32>
    %280 = stablehlo.exponential %279 : tensor<1x?x128xf32>
    %281 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %282 = stablehlo.reshape %281 : (tensor<i32>) -> tensor<1xi32>
    %283 = stablehlo.concatenate %c_12, %282, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %284 = stablehlo.dynamic_broadcast_in_dim %cst_8, %283, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x128xf32>
    %285 = stablehlo.add %284, %280 : tensor<1x?x128xf32>
    %286 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %287 = stablehlo.reshape %286 : (tensor<i32>) -> tensor<1xi32>
    %288 = stablehlo.concatenate %c_12, %287, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %289 = stablehlo.dynamic_broadcast_in_dim %cst_8, %288, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x128xf32>
    %290 = stablehlo.divide %289, %285 : tensor<1x?x128xf32>
    %291 = stablehlo.multiply %278, %290 : tensor<1x?x128xf32>
    %292 = stablehlo.dot_general %277, %arg8, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<128x64xf32>) -> tensor<1x?x128xf32>
    %293 = stablehlo.multiply %291, %292 : tensor<1x?x128xf32>
    %294 = stablehlo.dot_general %293, %arg9, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x128xf32>, tensor<64x128xf32>) -> tensor<1x?x64xf32>
    %295 = stablehlo.add %249, %294 : tensor<1x?x64xf32>
    %296 = stablehlo.multiply %295, %295 : tensor<1x?x64xf32>
    %297 = stablehlo.reduce(%296 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x?x64xf32>, tensor<f32>) -> tensor<1x?xf32>
    %298 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %299 = stablehlo.reshape %298 : (tensor<i32>) -> tensor<1xi32>
    %300 = stablehlo.concatenate %c_12, %299, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %301 = stablehlo.dynamic_broadcast_in_dim %297, %300, dims = [0, 1] : (tensor<1x?xf32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %302 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %303 = stablehlo.reshape %302 : (tensor<i32>) -> tensor<1xi32>
    %304 = stablehlo.concatenate %c_12, %303, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %305 = stablehlo.dynamic_broadcast_in_dim %cst_5, %304, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %306 = stablehlo.divide %301, %305 : tensor<1x?x1xf32>
    %307 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %308 = stablehlo.reshape %307 : (tensor<i32>) -> tensor<1xi32>
    %309 = stablehlo.concatenate %c_12, %308, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %310 = stablehlo.dynamic_broadcast_in_dim %cst_4, %309, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %311 = stablehlo.add %306, %310 : tensor<1x?x1xf32>
    %312 = stablehlo.rsqrt %311 : tensor<1x?x1xf32>
    %313 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %314 = stablehlo.reshape %313 : (tensor<i32>) -> tensor<1xi32>
    %315 = stablehlo.concatenate %c_12, %314, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %316 = stablehlo.dynamic_broadcast_in_dim %312, %315, dims = [0, 1, 2] : (tensor<1x?x1xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %317 = stablehlo.multiply %295, %316 : tensor<1x?x64xf32>
    %318 = stablehlo.broadcast_in_dim %arg19, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %319 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %320 = stablehlo.reshape %319 : (tensor<i32>) -> tensor<1xi32>
    %321 = stablehlo.concatenate %c_12, %320, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %322 = stablehlo.dynamic_broadcast_in_dim %318, %321, dims = [0, 1, 2] : (tensor<1x1x64xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %323 = stablehlo.multiply %322, %317 : tensor<1x?x64xf32>
    %324 = stablehlo.dot_general %323, %arg12, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<64x64xf32>) -> tensor<1x?x64xf32>
    %325 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %326 = stablehlo.reshape %325 : (tensor<i32>) -> tensor<1xi32>
    %327 = stablehlo.concatenate %c_12, %326, %c_3, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %328 = stablehlo.dynamic_reshape %324, %327 : (tensor<1x?x64xf32>, tensor<4xi32>) -> tensor<1x?x4x16xf32>
    %329 = stablehlo.transpose %328, dims = [0, 2, 1, 3] : (tensor<1x?x4x16xf32>) -> tensor<1x4x?x16xf32>
    %330 = stablehlo.dot_general %323, %arg13, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<32x64xf32>) -> tensor<1x?x32xf32>
    %331 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %332 = stablehlo.reshape %331 : (tensor<i32>) -> tensor<1xi32>
    %333 = stablehlo.concatenate %c_12, %332, %c_2, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %334 = stablehlo.dynamic_reshape %330, %333 : (tensor<1x?x32xf32>, tensor<4xi32>) -> tensor<1x?x2x16xf32>
    %335 = stablehlo.transpose %334, dims = [0, 2, 1, 3] : (tensor<1x?x2x16xf32>) -> tensor<1x2x?x16xf32>
    %336 = stablehlo.dot_general %323, %arg14, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<32x64xf32>) -> tensor<1x?x32xf32>
    %337 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %338 = stablehlo.reshape %337 : (tensor<i32>) -> tensor<1xi32>
    %339 = stablehlo.concatenate %c_12, %338, %c_2, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %340 = stablehlo.dynamic_reshape %336, %339 : (tensor<1x?x32xf32>, tensor<4xi32>) -> tensor<1x?x2x16xf32>
    %341 = stablehlo.transpose %340, dims = [0, 2, 1, 3] : (tensor<1x?x2x16xf32>) -> tensor<1x2x?x16xf32>
    %342 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %343 = stablehlo.reshape %342 : (tensor<i32>) -> tensor<1xi32>
    %344 = stablehlo.concatenate %c_12, %c_12, %343, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %345 = stablehlo.dynamic_broadcast_in_dim %61, %344, dims = [0, 2, 3] : (tensor<1x?x16xf32>, tensor<4xi32>) -> tensor<1x1x?x16xf32>
    %346 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %347 = stablehlo.reshape %346 : (tensor<i32>) -> tensor<1xi32>
    %348 = stablehlo.concatenate %c_12, %c_12, %347, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %349 = stablehlo.dynamic_broadcast_in_dim %67, %348, dims = [0, 2, 3] : (tensor<1x?x16xf32>, tensor<4xi32>) -> tensor<1x1x?x16xf32>
    %350 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %351 = stablehlo.reshape %350 : (tensor<i32>) -> tensor<1xi32>
    %352 = stablehlo.concatenate %c_12, %c_3, %351, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %353 = stablehlo.dynamic_broadcast_in_dim %345, %352, dims = [0, 1, 2, 3] : (tensor<1x1x?x16xf32>, tensor<4xi32>) -> tensor<1x4x?x16xf32>
    %354 = stablehlo.multiply %329, %353 : tensor<1x4x?x16xf32>
    %355 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %356 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %357 = stablehlo.reshape %356 : (tensor<i32>) -> tensor<1xi32>
    %358 = stablehlo.concatenate %c_12, %c_3, %357, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %359 = "stablehlo.dynamic_gather"(%329, %355, %358) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1, 2, 3], start_index_map = [3]>, indices_are_sorted = true}> : (tensor<1x4x?x16xf32>, tensor<1xi64>, tensor<4xi32>) -> tensor<1x4x?x8xf32>
    %360 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %361 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %362 = stablehlo.reshape %361 : (tensor<i32>) -> tensor<1xi32>
    %363 = stablehlo.concatenate %c_12, %c_3, %362, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %364 = "stablehlo.dynamic_gather"(%329, %360, %363) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1, 2, 3], start_index_map = [3]>, indices_are_sorted = true}> : (tensor<1x4x?x16xf32>, tensor<1xi64>, tensor<4xi32>) -> tensor<1x4x?x8xf32>
    %365 = stablehlo.negate %364 : tensor<1x4x?x8xf32>
    %366 = stablehlo.concatenate %365, %359, dim = 3 : (tensor<1x4x?x8xf32>, tensor<1x4x?x8xf32>) -> tensor<1x4x?x16xf32>
    %367 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %368 = stablehlo.reshape %367 : (tensor<i32>) -> tensor<1xi32>
    %369 = stablehlo.concatenate %c_12, %c_3, %368, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %370 = stablehlo.dynamic_broadcast_in_dim %349, %369, dims = [0, 1, 2, 3] : (tensor<1x1x?x16xf32>, tensor<4xi32>) -> tensor<1x4x?x16xf32>
    %371 = stablehlo.multiply %366, %370 : tensor<1x4x?x16xf32>
    %372 = stablehlo.add %354, %371 : tensor<1x4x?x16xf32>
    %373 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %374 = stablehlo.reshape %373 : (tensor<i32>) -> tensor<1xi32>
    %375 = stablehlo.concatenate %c_12, %c_2, %374, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %376 = stablehlo.dynamic_broadcast_in_dim %345, %375, dims = [0, 1, 2, 3] : (tensor<1x1x?x16xf32>, tensor<4xi32>) -> tensor<1x2x?x16xf32>
    %377 = stablehlo.multiply %335, %376 : tensor<1x2x?x16xf32>
    %378 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %379 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %380 = stablehlo.reshape %379 : (tensor<i32>) -> tensor<1xi32>
    %381 = stablehlo.concatenate %c_12, %c_2, %380, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %382 = "stablehlo.dynamic_gather"(%335, %378, %381) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1, 2, 3], start_index_map = [3]>, indices_are_sorted = true}> : (tensor<1x2x?x16xf32>, tensor<1xi64>, tensor<4xi32>) -> tensor<1x2x?x8xf32>
    %383 = stablehlo.broadcast_in_dim %c_10, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %384 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %385 = stablehlo.reshape %384 : (tensor<i32>) -> tensor<1xi32>
    %386 = stablehlo.concatenate %c_12, %c_2, %385, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %387 = "stablehlo.dynamic_gather"(%335, %383, %386) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 1, 2, 3], start_index_map = [3]>, indices_are_sorted = true}> : (tensor<1x2x?x16xf32>, tensor<1xi64>, tensor<4xi32>) -> tensor<1x2x?x8xf32>
    %388 = stablehlo.negate %387 : tensor<1x2x?x8xf32>
    %389 = stablehlo.concatenate %388, %382, dim = 3 : (tensor<1x2x?x8xf32>, tensor<1x2x?x8xf32>) -> tensor<1x2x?x16xf32>
    %390 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %391 = stablehlo.reshape %390 : (tensor<i32>) -> tensor<1xi32>
    %392 = stablehlo.concatenate %c_12, %c_2, %391, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %393 = stablehlo.dynamic_broadcast_in_dim %349, %392, dims = [0, 1, 2, 3] : (tensor<1x1x?x16xf32>, tensor<4xi32>) -> tensor<1x2x?x16xf32>
    %394 = stablehlo.multiply %389, %393 : tensor<1x2x?x16xf32>
    %395 = stablehlo.add %377, %394 : tensor<1x2x?x16xf32>
    %396 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %397 = stablehlo.reshape %396 : (tensor<i32>) -> tensor<1xi32>
    %398 = stablehlo.concatenate %c_12, %c_12, %397, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %399 = stablehlo.dynamic_broadcast_in_dim %12, %398, dims = [0, 2] : (tensor<1x?xi64>, tensor<3xi32>) -> tensor<1x1x?xi64>
    %400 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %401 = stablehlo.reshape %400 : (tensor<i32>) -> tensor<1xi32>
    %402 = stablehlo.concatenate %c_12, %c_12, %401, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %403 = stablehlo.dynamic_broadcast_in_dim %399, %402, dims = [0, 1, 2] : (tensor<1x1x?xi64>, tensor<4xi32>) -> tensor<1x1x?x1xi64>
    %404 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %405 = stablehlo.reshape %404 : (tensor<i32>) -> tensor<1xi32>
    %406 = stablehlo.concatenate %c_12, %c_2, %405, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %407 = stablehlo.dynamic_broadcast_in_dim %403, %406, dims = [0, 1, 2, 3] : (tensor<1x1x?x1xi64>, tensor<4xi32>) -> tensor<1x2x?x16xi64>
    %408 = stablehlo.convert %arg30 : (tensor<1xi64>) -> tensor<1xi32>
    %409 = stablehlo.broadcast_in_dim %408, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %410 = "stablehlo.gather"(%arg28, %409) <{dimension_numbers = #stablehlo.gather<offset_dims = [1, 2, 3], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 2, 64, 16>}> : (tensor<2x2x64x16xf32>, tensor<1x1xi32>) -> tensor<1x2x64x16xf32>
    %411 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %412 = stablehlo.reshape %411 : (tensor<i32>) -> tensor<1xi32>
    %413 = stablehlo.concatenate %c_12, %c_2, %412, %c_7, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %414 = stablehlo.dynamic_broadcast_in_dim %407, %413, dims = [0, 1, 2, 3] : (tensor<1x2x?x16xi64>, tensor<5xi32>) -> tensor<1x2x?x16x1xi64>
    %415 = "stablehlo.scatter"(%410, %414, %395) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      stablehlo.return %arg33 : tensor<f32>
    }) : (tensor<1x2x64x16xf32>, tensor<1x2x?x16x1xi64>, tensor<1x2x?x16xf32>) -> tensor<1x2x64x16xf32>
    %416 = stablehlo.convert %arg30 : (tensor<1xi64>) -> tensor<1xi32>
    %417 = stablehlo.broadcast_in_dim %416, dims = [0] : (tensor<1xi32>) -> tensor<1x1xi32>
    %418 = "stablehlo.gather"(%arg29, %417) <{dimension_numbers = #stablehlo.gather<offset_dims = [1, 2, 3], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 2, 64, 16>}> : (tensor<2x2x64x16xf32>, tensor<1x1xi32>) -> tensor<1x2x64x16xf32>
    %419 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %420 = stablehlo.reshape %419 : (tensor<i32>) -> tensor<1xi32>
    %421 = stablehlo.concatenate %c_12, %c_2, %420, %c_7, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %422 = stablehlo.dynamic_broadcast_in_dim %407, %421, dims = [0, 1, 2, 3] : (tensor<1x2x?x16xi64>, tensor<5xi32>) -> tensor<1x2x?x16x1xi64>
    %423 = "stablehlo.scatter"(%418, %422, %341) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [2], input_batching_dims = [0, 1, 3], scatter_indices_batching_dims = [0, 1, 3], scatter_dims_to_operand_dims = [2], index_vector_dim = 4>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      stablehlo.return %arg33 : tensor<f32>
    }) : (tensor<1x2x64x16xf32>, tensor<1x2x?x16x1xi64>, tensor<1x2x?x16xf32>) -> tensor<1x2x64x16xf32>
    %424 = stablehlo.reshape %arg30 : (tensor<1xi64>) -> tensor<1x1xi64>
    %425 = "stablehlo.scatter"(%arg28, %424, %415) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      stablehlo.return %arg33 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<1x1xi64>, tensor<1x2x64x16xf32>) -> tensor<2x2x64x16xf32>
    %426 = stablehlo.reshape %arg30 : (tensor<1xi64>) -> tensor<1x1xi64>
    %427 = "stablehlo.scatter"(%arg29, %426, %423) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1, 2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
    ^bb0(%arg32: tensor<f32>, %arg33: tensor<f32>):
      stablehlo.return %arg33 : tensor<f32>
    }) : (tensor<2x2x64x16xf32>, tensor<1x1xi64>, tensor<1x2x64x16xf32>) -> tensor<2x2x64x16xf32>
    %428 = stablehlo.broadcast_in_dim %415, dims = [0, 1, 3, 4] : (tensor<1x2x64x16xf32>) -> tensor<1x2x1x64x16xf32>
    %429 = stablehlo.broadcast_in_dim %428, dims = [0, 1, 2, 3, 4] : (tensor<1x2x1x64x16xf32>) -> tensor<1x2x2x64x16xf32>
    %430 = stablehlo.reshape %429 : (tensor<1x2x2x64x16xf32>) -> tensor<1x4x64x16xf32>
    %431 = stablehlo.broadcast_in_dim %423, dims = [0, 1, 3, 4] : (tensor<1x2x64x16xf32>) -> tensor<1x2x1x64x16xf32>
    %432 = stablehlo.broadcast_in_dim %431, dims = [0, 1, 2, 3, 4] : (tensor<1x2x1x64x16xf32>) -> tensor<1x2x2x64x16xf32>
    %433 = stablehlo.reshape %432 : (tensor<1x2x2x64x16xf32>) -> tensor<1x4x64x16xf32>
    %434 = stablehlo.dot_general %372, %430, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x4x?x16xf32>, tensor<1x4x64x16xf32>) -> tensor<1x4x?x64xf32>
    %435 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %436 = stablehlo.reshape %435 : (tensor<i32>) -> tensor<1xi32>
    %437 = stablehlo.concatenate %c_12, %c_3, %436, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %438 = stablehlo.dynamic_broadcast_in_dim %cst_0, %437, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %439 = stablehlo.multiply %434, %438 : tensor<1x4x?x64xf32>
    %440 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %441 = stablehlo.reshape %440 : (tensor<i32>) -> tensor<1xi32>
    %442 = stablehlo.concatenate %c_12, %c_3, %441, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %443 = stablehlo.dynamic_broadcast_in_dim %33, %442, dims = [0, 1, 2, 3] : (tensor<1x1x?x64xi1>, tensor<4xi32>) -> tensor<1x4x?x64xi1>
    %444 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %445 = stablehlo.reshape %444 : (tensor<i32>) -> tensor<1xi32>
    %446 = stablehlo.concatenate %c_12, %c_3, %445, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %447 = stablehlo.dynamic_broadcast_in_dim %cst, %446, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %448 = stablehlo.select %443, %439, %447 : tensor<1x4x?x64xi1>, tensor<1x4x?x64xf32>
    %449 = stablehlo.reduce(%448 init: %cst) applies stablehlo.maximum across dimensions = [3] : (tensor<1x4x?x64xf32>, tensor<f32>) -> tensor<1x4x?xf32>
    %450 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %451 = stablehlo.reshape %450 : (tensor<i32>) -> tensor<1xi32>
    %452 = stablehlo.concatenate %c_12, %c_3, %451, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %453 = stablehlo.dynamic_broadcast_in_dim %449, %452, dims = [0, 1, 2] : (tensor<1x4x?xf32>, tensor<4xi32>) -> tensor<1x4x?x1xf32>
    %454 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %455 = stablehlo.reshape %454 : (tensor<i32>) -> tensor<1xi32>
    %456 = stablehlo.concatenate %c_12, %c_3, %455, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %457 = stablehlo.dynamic_broadcast_in_dim %453, %456, dims = [0, 1, 2, 3] : (tensor<1x4x?x1xf32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %458 = stablehlo.subtract %448, %457 : tensor<1x4x?x64xf32>
    %459 = stablehlo.exponential %458 : tensor<1x4x?x64xf32>
    %460 = stablehlo.reduce(%459 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x4x?x64xf32>, tensor<f32>) -> tensor<1x4x?xf32>
    %461 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %462 = stablehlo.reshape %461 : (tensor<i32>) -> tensor<1xi32>
    %463 = stablehlo.concatenate %c_12, %c_3, %462, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %464 = stablehlo.dynamic_broadcast_in_dim %460, %463, dims = [0, 1, 2] : (tensor<1x4x?xf32>, tensor<4xi32>) -> tensor<1x4x?x1xf32>
    %465 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %466 = stablehlo.reshape %465 : (tensor<i32>) -> tensor<1xi32>
    %467 = stablehlo.concatenate %c_12, %c_3, %466, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %468 = stablehlo.dynamic_broadcast_in_dim %464, %467, dims = [0, 1, 2, 3] : (tensor<1x4x?x1xf32>, tensor<4xi32>) -> tensor<1x4x?x64xf32>
    %469 = stablehlo.divide %459, %468 : tensor<1x4x?x64xf32>
    %470 = stablehlo.dot_general %469, %433, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x4x?x64xf32>, tensor<1x4x64x16xf32>) -> tensor<1x4x?x16xf32>
    %471 = stablehlo.transpose %470, dims = [0, 2, 1, 3] : (tensor<1x4x?x16xf32>) -> tensor<1x?x4x16xf32>
    %472 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %473 = stablehlo.reshape %472 : (tensor<i32>) -> tensor<1xi32>
    %474 = stablehlo.concatenate %c_12, %473, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %475 = stablehlo.dynamic_reshape %471, %474 : (tensor<1x?x4x16xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %476 = stablehlo.dot_general %475, %arg15, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<64x64xf32>) -> tensor<1x?x64xf32>
    %477 = stablehlo.add %295, %476 : tensor<1x?x64xf32>
    %478 = stablehlo.multiply %477, %477 : tensor<1x?x64xf32>
    %479 = stablehlo.reduce(%478 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x?x64xf32>, tensor<f32>) -> tensor<1x?xf32>
    %480 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %481 = stablehlo.reshape %480 : (tensor<i32>) -> tensor<1xi32>
    %482 = stablehlo.concatenate %c_12, %481, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %483 = stablehlo.dynamic_broadcast_in_dim %479, %482, dims = [0, 1] : (tensor<1x?xf32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %484 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %485 = stablehlo.reshape %484 : (tensor<i32>) -> tensor<1xi32>
    %486 = stablehlo.concatenate %c_12, %485, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %487 = stablehlo.dynamic_broadcast_in_dim %cst_5, %486, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %488 = stablehlo.divide %483, %487 : tensor<1x?x1xf32>
    %489 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %490 = stablehlo.reshape %489 : (tensor<i32>) -> tensor<1xi32>
    %491 = stablehlo.concatenate %c_12, %490, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %492 = stablehlo.dynamic_broadcast_in_dim %cst_4, %491, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %493 = stablehlo.add %488, %492 : tensor<1x?x1xf32>
    %494 = stablehlo.rsqrt %493 : tensor<1x?x1xf32>
    %495 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %496 = stablehlo.reshape %495 : (tensor<i32>) -> tensor<1xi32>
    %497 = stablehlo.concatenate %c_12, %496, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %498 = stablehlo.dynamic_broadcast_in_dim %494, %497, dims = [0, 1, 2] : (tensor<1x?x1xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %499 = stablehlo.multiply %477, %498 : tensor<1x?x64xf32>
    %500 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %501 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %502 = stablehlo.reshape %501 : (tensor<i32>) -> tensor<1xi32>
    %503 = stablehlo.concatenate %c_12, %502, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %504 = stablehlo.dynamic_broadcast_in_dim %500, %503, dims = [0, 1, 2] : (tensor<1x1x64xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %505 = stablehlo.multiply %504, %499 : tensor<1x?x64xf32>
    %506 = stablehlo.dot_general %505, %arg16, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<128x64xf32>) -> tensor<1x?x128xf32>
    %507 = stablehlo.negate %506 : tensor<1x?x128xf32>
    %508 = stablehlo.exponential %507 : tensor<1x?x128xf32>
    %509 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %510 = stablehlo.reshape %509 : (tensor<i32>) -> tensor<1xi32>
    %511 = stablehlo.concatenate %c_12, %510, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %512 = stablehlo.dynamic_broadcast_in_dim %cst_8, %511, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x128xf32>
    %513 = stablehlo.add %512, %508 : tensor<1x?x128xf32>
    %514 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %515 = stablehlo.reshape %514 : (tensor<i32>) -> tensor<1xi32>
    %516 = stablehlo.concatenate %c_12, %515, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %517 = stablehlo.dynamic_broadcast_in_dim %cst_8, %516, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x128xf32>
    %518 = stablehlo.divide %517, %513 : tensor<1x?x128xf32>
    %519 = stablehlo.multiply %506, %518 : tensor<1x?x128xf32>
    %520 = stablehlo.dot_general %505, %arg17, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x64xf32>, tensor<128x64xf32>) -> tensor<1x?x128xf32>
    %521 = stablehlo.multiply %519, %520 : tensor<1x?x128xf32>
    %522 = stablehlo.dot_general %521, %arg18, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x?x128xf32>, tensor<64x128xf32>) -> tensor<1x?x64xf32>
    %523 = stablehlo.add %477, %522 : tensor<1x?x64xf32>
    %524 = stablehlo.multiply %523, %523 : tensor<1x?x64xf32>
    %525 = stablehlo.reduce(%524 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x?x64xf32>, tensor<f32>) -> tensor<1x?xf32>
    %526 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %527 = stablehlo.reshape %526 : (tensor<i32>) -> tensor<1xi32>
    %528 = stablehlo.concatenate %c_12, %527, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %529 = stablehlo.dynamic_broadcast_in_dim %525, %528, dims = [0, 1] : (tensor<1x?xf32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %530 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %531 = stablehlo.reshape %530 : (tensor<i32>) -> tensor<1xi32>
    %532 = stablehlo.concatenate %c_12, %531, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %533 = stablehlo.dynamic_broadcast_in_dim %cst_5, %532, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %534 = stablehlo.divide %529, %533 : tensor<1x?x1xf32>
    %535 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %536 = stablehlo.reshape %535 : (tensor<i32>) -> tensor<1xi32>
    %537 = stablehlo.concatenate %c_12, %536, %c_12, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %538 = stablehlo.dynamic_broadcast_in_dim %cst_4, %537, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<1x?x1xf32>
    %539 = stablehlo.add %534, %538 : tensor<1x?x1xf32>
    %540 = stablehlo.rsqrt %539 : tensor<1x?x1xf32>
    %541 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %542 = stablehlo.reshape %541 : (tensor<i32>) -> tensor<1xi32>
    %543 = stablehlo.concatenate %c_12, %542, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %544 = stablehlo.dynamic_broadcast_in_dim %540, %543, dims = [0, 1, 2] : (tensor<1x?x1xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %545 = stablehlo.multiply %523, %544 : tensor<1x?x64xf32>
    %546 = stablehlo.broadcast_in_dim %arg21, dims = [2] : (tensor<64xf32>) -> tensor<1x1x64xf32>
    %547 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %548 = stablehlo.reshape %547 : (tensor<i32>) -> tensor<1xi32>
    %549 = stablehlo.concatenate %c_12, %548, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %550 = stablehlo.dynamic_broadcast_in_dim %546, %549, dims = [0, 1, 2] : (tensor<1x1x64xf32>, tensor<3xi32>) -> tensor<1x?x64xf32>
    %551 = stablehlo.multiply %550, %545 : tensor<1x?x64xf32>
    %552 = stablehlo.convert %arg1 : tensor<i64>
    %553 = stablehlo.broadcast_in_dim %c_1, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %554 = stablehlo.compare LT, %arg31, %553, SIGNED : (tensor<1xi64>, tensor<1xi64>) -> tensor<1xi1>
    %555 = stablehlo.broadcast_in_dim %552, dims = [] : (tensor<i64>) -> tensor<1xi64>
    %556 = stablehlo.add %arg31, %555 : tensor<1xi64>
    %557 = stablehlo.select %554, %556, %arg31 : tensor<1xi1>, tensor<1xi64>
    %558 = stablehlo.broadcast_in_dim %557, dims = [0] : (tensor<1xi64>) -> tensor<1x1xi64>
    %559 = "stablehlo.gather"(%551, %558) <{dimension_numbers = #stablehlo.gather<offset_dims = [0, 2], collapsed_slice_dims = [1], start_index_map = [1], index_vector_dim = 1>, slice_sizes = array<i64: 1, 1, 64>}> : (tensor<1x?x64xf32>, tensor<1x1xi64>) -> tensor<1x1x64xf32>
    %560 = stablehlo.dot_general %559, %arg22, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1x64xf32>, tensor<320x64xf32>) -> tensor<1x1x320xf32>
    %561 = stablehlo.slice %560 [0:1, 0:1, 0:320] : (tensor<1x1x320xf32>) -> tensor<1x1x320xf32>
    %562 = stablehlo.reshape %561 : (tensor<1x1x320xf32>) -> tensor<1x320xf32>
    return %562, %197, %199, %425, %427 : tensor<1x320xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>, tensor<2x2x64x16xf32>
  }
}
