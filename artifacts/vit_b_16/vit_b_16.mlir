module @VisionTransformer attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22x\22,\22shape\22:[\22batch\22,3,224,224]}],\22model\22:\22VisionTransformer\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22kind\22:\22leaf\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22output\22,\22shape\22:[\22batch\22,1000]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{\22batch\22:{\22dims\22:[\22x:0\22],\22max\22:64,\22min\22:1}},\22weights\22:{\22file\22:\22vit_b_16.safetensors\22,\22inline\22:false,\22sha256\22:\226f153ded5225b113b252f0044829114f99fc20d398e225d8926ed6dc5ad44342\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22class_token\22,\22role\22:\22parameter\22,\22shape\22:[1,1,768]},{\22dtype\22:\22float32\22,\22name\22:\22conv_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3,16,16]},{\22dtype\22:\22float32\22,\22name\22:\22conv_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.pos_embedding\22,\22role\22:\22parameter\22,\22shape\22:[1,197,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.ln.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.ln.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22heads.head.weight\22,\22role\22:\22parameter\22,\22shape\22:[1000,768]},{\22dtype\22:\22float32\22,\22name\22:\22heads.head.bias\22,\22role\22:\22parameter\22,\22shape\22:[1000]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<1x1x768xf32> {torchtpu.name = "class_token"}, %arg2: tensor<768x3x16x16xf32> {torchtpu.name = "conv_proj.weight"}, %arg3: tensor<768xf32> {torchtpu.name = "conv_proj.bias"}, %arg4: tensor<1x197x768xf32> {torchtpu.name = "encoder.pos_embedding"}, %arg5: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.ln_1.weight"}, %arg6: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.ln_1.bias"}, %arg7: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.self_attention.in_proj_weight"}, %arg8: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.self_attention.in_proj_bias"}, %arg9: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.self_attention.out_proj.weight"}, %arg10: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.self_attention.out_proj.bias"}, %arg11: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.ln_2.weight"}, %arg12: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.ln_2.bias"}, %arg13: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.mlp.0.weight"}, %arg14: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.mlp.0.bias"}, %arg15: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.mlp.3.weight"}, %arg16: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.mlp.3.bias"}, %arg17: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.ln_1.weight"}, %arg18: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.ln_1.bias"}, %arg19: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.self_attention.in_proj_weight"}, %arg20: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.self_attention.in_proj_bias"}, %arg21: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.self_attention.out_proj.weight"}, %arg22: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.self_attention.out_proj.bias"}, %arg23: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.ln_2.weight"}, %arg24: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.ln_2.bias"}, %arg25: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.mlp.0.weight"}, %arg26: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.mlp.0.bias"}, %arg27: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.mlp.3.weight"}, %arg28: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.mlp.3.bias"}, %arg29: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.ln_1.weight"}, %arg30: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.ln_1.bias"}, %arg31: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.self_attention.in_proj_weight"}, %arg32: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.self_attention.in_proj_bias"}, %arg33: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.self_attention.out_proj.weight"}, %arg34: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.self_attention.out_proj.bias"}, %arg35: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.ln_2.weight"}, %arg36: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.ln_2.bias"}, %arg37: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.mlp.0.weight"}, %arg38: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.mlp.0.bias"}, %arg39: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.mlp.3.weight"}, %arg40: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.mlp.3.bias"}, %arg41: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.ln_1.weight"}, %arg42: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.ln_1.bias"}, %arg43: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.self_attention.in_proj_weight"}, %arg44: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.self_attention.in_proj_bias"}, %arg45: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.self_attention.out_proj.weight"}, %arg46: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.self_attention.out_proj.bias"}, %arg47: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.ln_2.weight"}, %arg48: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.ln_2.bias"}, %arg49: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.mlp.0.weight"}, %arg50: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.mlp.0.bias"}, %arg51: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.mlp.3.weight"}, %arg52: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.mlp.3.bias"}, %arg53: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.ln_1.weight"}, %arg54: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.ln_1.bias"}, %arg55: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.self_attention.in_proj_weight"}, %arg56: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.self_attention.in_proj_bias"}, %arg57: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.self_attention.out_proj.weight"}, %arg58: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.self_attention.out_proj.bias"}, %arg59: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.ln_2.weight"}, %arg60: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.ln_2.bias"}, %arg61: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.mlp.0.weight"}, %arg62: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.mlp.0.bias"}, %arg63: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.mlp.3.weight"}, %arg64: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.mlp.3.bias"}, %arg65: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.ln_1.weight"}, %arg66: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.ln_1.bias"}, %arg67: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.self_attention.in_proj_weight"}, %arg68: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.self_attention.in_proj_bias"}, %arg69: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.self_attention.out_proj.weight"}, %arg70: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.self_attention.out_proj.bias"}, %arg71: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.ln_2.weight"}, %arg72: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.ln_2.bias"}, %arg73: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.mlp.0.weight"}, %arg74: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.mlp.0.bias"}, %arg75: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.mlp.3.weight"}, %arg76: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.mlp.3.bias"}, %arg77: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.ln_1.weight"}, %arg78: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.ln_1.bias"}, %arg79: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.self_attention.in_proj_weight"}, %arg80: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.self_attention.in_proj_bias"}, %arg81: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.self_attention.out_proj.weight"}, %arg82: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.self_attention.out_proj.bias"}, %arg83: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.ln_2.weight"}, %arg84: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.ln_2.bias"}, %arg85: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.mlp.0.weight"}, %arg86: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.mlp.0.bias"}, %arg87: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.mlp.3.weight"}, %arg88: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.mlp.3.bias"}, %arg89: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.ln_1.weight"}, %arg90: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.ln_1.bias"}, %arg91: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.self_attention.in_proj_weight"}, %arg92: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.self_attention.in_proj_bias"}, %arg93: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.self_attention.out_proj.weight"}, %arg94: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.self_attention.out_proj.bias"}, %arg95: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.ln_2.weight"}, %arg96: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.ln_2.bias"}, %arg97: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.mlp.0.weight"}, %arg98: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.mlp.0.bias"}, %arg99: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.mlp.3.weight"}, %arg100: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.mlp.3.bias"}, %arg101: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.ln_1.weight"}, %arg102: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.ln_1.bias"}, %arg103: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.self_attention.in_proj_weight"}, %arg104: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.self_attention.in_proj_bias"}, %arg105: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.self_attention.out_proj.weight"}, %arg106: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.self_attention.out_proj.bias"}, %arg107: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.ln_2.weight"}, %arg108: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.ln_2.bias"}, %arg109: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.mlp.0.weight"}, %arg110: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.mlp.0.bias"}, %arg111: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.mlp.3.weight"}, %arg112: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.mlp.3.bias"}, %arg113: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.ln_1.weight"}, %arg114: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.ln_1.bias"}, %arg115: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.self_attention.in_proj_weight"}, %arg116: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.self_attention.in_proj_bias"}, %arg117: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.self_attention.out_proj.weight"}, %arg118: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.self_attention.out_proj.bias"}, %arg119: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.ln_2.weight"}, %arg120: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.ln_2.bias"}, %arg121: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.mlp.0.weight"}, %arg122: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.mlp.0.bias"}, %arg123: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.mlp.3.weight"}, %arg124: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.mlp.3.bias"}, %arg125: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.ln_1.weight"}, %arg126: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.ln_1.bias"}, %arg127: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.self_attention.in_proj_weight"}, %arg128: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.self_attention.in_proj_bias"}, %arg129: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.self_attention.out_proj.weight"}, %arg130: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.self_attention.out_proj.bias"}, %arg131: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.ln_2.weight"}, %arg132: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.ln_2.bias"}, %arg133: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.mlp.0.weight"}, %arg134: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.mlp.0.bias"}, %arg135: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.mlp.3.weight"}, %arg136: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.mlp.3.bias"}, %arg137: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.ln_1.weight"}, %arg138: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.ln_1.bias"}, %arg139: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.self_attention.in_proj_weight"}, %arg140: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.self_attention.in_proj_bias"}, %arg141: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.self_attention.out_proj.weight"}, %arg142: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.self_attention.out_proj.bias"}, %arg143: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.ln_2.weight"}, %arg144: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.ln_2.bias"}, %arg145: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.mlp.0.weight"}, %arg146: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.mlp.0.bias"}, %arg147: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.mlp.3.weight"}, %arg148: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.mlp.3.bias"}, %arg149: tensor<768xf32> {torchtpu.name = "encoder.ln.weight"}, %arg150: tensor<768xf32> {torchtpu.name = "encoder.ln.bias"}, %arg151: tensor<1000x768xf32> {torchtpu.name = "heads.head.weight"}, %arg152: tensor<1000xf32> {torchtpu.name = "heads.head.bias"}, %arg153: tensor<?x3x224x224xf32> {torchtpu.name = "x"}) -> (tensor<?x1000xf32> {torchtpu.name = "output"}) {
    %c = stablehlo.constant dense<64> : tensor<i64>
    %c_0 = stablehlo.constant dense<0> : tensor<i64>
    %c_1 = stablehlo.constant dense<-1> : tensor<i64>
    %c_2 = stablehlo.constant dense<1> : tensor<i64>
    %0 = stablehlo.get_dimension_size %arg153, dim = 0 : (tensor<?x3x224x224xf32>) -> tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<i64>
    %2 = stablehlo.compare GE, %1, %c_2, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%2, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'batch'. Using the following polymorphic shapes specifications: args[152].shape = (batch, 3, 224, 224). Obtained dimension variables: 'batch' = {0} from specification 'batch' for dimension args[152].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>) -> ()
    %3 = stablehlo.convert %1 : tensor<i64>
    %4 = stablehlo.add %3, %c_1 : tensor<i64>
    %5 = stablehlo.compare GE, %4, %c_0, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %6 = stablehlo.convert %1 : tensor<i64>
    %7 = stablehlo.add %6, %c_1 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%5, %7, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch >= 1. Expected 'batch - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[152].shape = (batch, 3, 224, 224). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[152].shape[0] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %8 = stablehlo.convert %1 : tensor<i64>
    %9 = stablehlo.multiply %8, %c_1 : tensor<i64>
    %10 = stablehlo.add %9, %c : tensor<i64>
    %11 = stablehlo.compare GE, %10, %c_0, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %12 = stablehlo.convert %1 : tensor<i64>
    %13 = stablehlo.multiply %12, %c_1 : tensor<i64>
    %14 = stablehlo.add %13, %c : tensor<i64>
    stablehlo.custom_call @shape_assertion(%11, %14, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch <= 64. Expected '- batch + 64' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[152].shape = (batch, 3, 224, 224). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[152].shape[0] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %15 = call @_wrapped_jax_export_main(%arg0, %1, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg32, %arg33, %arg34, %arg35, %arg36, %arg37, %arg38, %arg39, %arg40, %arg41, %arg42, %arg43, %arg44, %arg45, %arg46, %arg47, %arg48, %arg49, %arg50, %arg51, %arg52, %arg53, %arg54, %arg55, %arg56, %arg57, %arg58, %arg59, %arg60, %arg61, %arg62, %arg63, %arg64, %arg65, %arg66, %arg67, %arg68, %arg69, %arg70, %arg71, %arg72, %arg73, %arg74, %arg75, %arg76, %arg77, %arg78, %arg79, %arg80, %arg81, %arg82, %arg83, %arg84, %arg85, %arg86, %arg87, %arg88, %arg89, %arg90, %arg91, %arg92, %arg93, %arg94, %arg95, %arg96, %arg97, %arg98, %arg99, %arg100, %arg101, %arg102, %arg103, %arg104, %arg105, %arg106, %arg107, %arg108, %arg109, %arg110, %arg111, %arg112, %arg113, %arg114, %arg115, %arg116, %arg117, %arg118, %arg119, %arg120, %arg121, %arg122, %arg123, %arg124, %arg125, %arg126, %arg127, %arg128, %arg129, %arg130, %arg131, %arg132, %arg133, %arg134, %arg135, %arg136, %arg137, %arg138, %arg139, %arg140, %arg141, %arg142, %arg143, %arg144, %arg145, %arg146, %arg147, %arg148, %arg149, %arg150, %arg151, %arg152, %arg153) : (tensor<i64>, tensor<i64>, tensor<1x1x768xf32>, tensor<768x3x16x16xf32>, tensor<768xf32>, tensor<1x197x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304x768xf32>, tensor<2304xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<3072x768xf32>, tensor<3072xf32>, tensor<768x3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304x768xf32>, tensor<2304xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<3072x768xf32>, tensor<3072xf32>, tensor<768x3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304x768xf32>, tensor<2304xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<3072x768xf32>, tensor<3072xf32>, tensor<768x3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304x768xf32>, tensor<2304xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<3072x768xf32>, tensor<3072xf32>, tensor<768x3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304x768xf32>, tensor<2304xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<3072x768xf32>, tensor<3072xf32>, tensor<768x3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304x768xf32>, tensor<2304xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<3072x768xf32>, tensor<3072xf32>, tensor<768x3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304x768xf32>, tensor<2304xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<3072x768xf32>, tensor<3072xf32>, tensor<768x3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304x768xf32>, tensor<2304xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<3072x768xf32>, tensor<3072xf32>, tensor<768x3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304x768xf32>, tensor<2304xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<3072x768xf32>, tensor<3072xf32>, tensor<768x3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304x768xf32>, tensor<2304xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<3072x768xf32>, tensor<3072xf32>, tensor<768x3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304x768xf32>, tensor<2304xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<3072x768xf32>, tensor<3072xf32>, tensor<768x3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<2304x768xf32>, tensor<2304xf32>, tensor<768x768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<3072x768xf32>, tensor<3072xf32>, tensor<768x3072xf32>, tensor<768xf32>, tensor<768xf32>, tensor<768xf32>, tensor<1000x768xf32>, tensor<1000xf32>, tensor<?x3x224x224xf32>) -> tensor<?x1000xf32>
    return %15 : tensor<?x1000xf32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<i64> {jax.global_constant = "batch"}, %arg2: tensor<1x1x768xf32>, %arg3: tensor<768x3x16x16xf32>, %arg4: tensor<768xf32>, %arg5: tensor<1x197x768xf32>, %arg6: tensor<768xf32>, %arg7: tensor<768xf32>, %arg8: tensor<2304x768xf32>, %arg9: tensor<2304xf32>, %arg10: tensor<768x768xf32>, %arg11: tensor<768xf32>, %arg12: tensor<768xf32>, %arg13: tensor<768xf32>, %arg14: tensor<3072x768xf32>, %arg15: tensor<3072xf32>, %arg16: tensor<768x3072xf32>, %arg17: tensor<768xf32>, %arg18: tensor<768xf32>, %arg19: tensor<768xf32>, %arg20: tensor<2304x768xf32>, %arg21: tensor<2304xf32>, %arg22: tensor<768x768xf32>, %arg23: tensor<768xf32>, %arg24: tensor<768xf32>, %arg25: tensor<768xf32>, %arg26: tensor<3072x768xf32>, %arg27: tensor<3072xf32>, %arg28: tensor<768x3072xf32>, %arg29: tensor<768xf32>, %arg30: tensor<768xf32>, %arg31: tensor<768xf32>, %arg32: tensor<2304x768xf32>, %arg33: tensor<2304xf32>, %arg34: tensor<768x768xf32>, %arg35: tensor<768xf32>, %arg36: tensor<768xf32>, %arg37: tensor<768xf32>, %arg38: tensor<3072x768xf32>, %arg39: tensor<3072xf32>, %arg40: tensor<768x3072xf32>, %arg41: tensor<768xf32>, %arg42: tensor<768xf32>, %arg43: tensor<768xf32>, %arg44: tensor<2304x768xf32>, %arg45: tensor<2304xf32>, %arg46: tensor<768x768xf32>, %arg47: tensor<768xf32>, %arg48: tensor<768xf32>, %arg49: tensor<768xf32>, %arg50: tensor<3072x768xf32>, %arg51: tensor<3072xf32>, %arg52: tensor<768x3072xf32>, %arg53: tensor<768xf32>, %arg54: tensor<768xf32>, %arg55: tensor<768xf32>, %arg56: tensor<2304x768xf32>, %arg57: tensor<2304xf32>, %arg58: tensor<768x768xf32>, %arg59: tensor<768xf32>, %arg60: tensor<768xf32>, %arg61: tensor<768xf32>, %arg62: tensor<3072x768xf32>, %arg63: tensor<3072xf32>, %arg64: tensor<768x3072xf32>, %arg65: tensor<768xf32>, %arg66: tensor<768xf32>, %arg67: tensor<768xf32>, %arg68: tensor<2304x768xf32>, %arg69: tensor<2304xf32>, %arg70: tensor<768x768xf32>, %arg71: tensor<768xf32>, %arg72: tensor<768xf32>, %arg73: tensor<768xf32>, %arg74: tensor<3072x768xf32>, %arg75: tensor<3072xf32>, %arg76: tensor<768x3072xf32>, %arg77: tensor<768xf32>, %arg78: tensor<768xf32>, %arg79: tensor<768xf32>, %arg80: tensor<2304x768xf32>, %arg81: tensor<2304xf32>, %arg82: tensor<768x768xf32>, %arg83: tensor<768xf32>, %arg84: tensor<768xf32>, %arg85: tensor<768xf32>, %arg86: tensor<3072x768xf32>, %arg87: tensor<3072xf32>, %arg88: tensor<768x3072xf32>, %arg89: tensor<768xf32>, %arg90: tensor<768xf32>, %arg91: tensor<768xf32>, %arg92: tensor<2304x768xf32>, %arg93: tensor<2304xf32>, %arg94: tensor<768x768xf32>, %arg95: tensor<768xf32>, %arg96: tensor<768xf32>, %arg97: tensor<768xf32>, %arg98: tensor<3072x768xf32>, %arg99: tensor<3072xf32>, %arg100: tensor<768x3072xf32>, %arg101: tensor<768xf32>, %arg102: tensor<768xf32>, %arg103: tensor<768xf32>, %arg104: tensor<2304x768xf32>, %arg105: tensor<2304xf32>, %arg106: tensor<768x768xf32>, %arg107: tensor<768xf32>, %arg108: tensor<768xf32>, %arg109: tensor<768xf32>, %arg110: tensor<3072x768xf32>, %arg111: tensor<3072xf32>, %arg112: tensor<768x3072xf32>, %arg113: tensor<768xf32>, %arg114: tensor<768xf32>, %arg115: tensor<768xf32>, %arg116: tensor<2304x768xf32>, %arg117: tensor<2304xf32>, %arg118: tensor<768x768xf32>, %arg119: tensor<768xf32>, %arg120: tensor<768xf32>, %arg121: tensor<768xf32>, %arg122: tensor<3072x768xf32>, %arg123: tensor<3072xf32>, %arg124: tensor<768x3072xf32>, %arg125: tensor<768xf32>, %arg126: tensor<768xf32>, %arg127: tensor<768xf32>, %arg128: tensor<2304x768xf32>, %arg129: tensor<2304xf32>, %arg130: tensor<768x768xf32>, %arg131: tensor<768xf32>, %arg132: tensor<768xf32>, %arg133: tensor<768xf32>, %arg134: tensor<3072x768xf32>, %arg135: tensor<3072xf32>, %arg136: tensor<768x3072xf32>, %arg137: tensor<768xf32>, %arg138: tensor<768xf32>, %arg139: tensor<768xf32>, %arg140: tensor<2304x768xf32>, %arg141: tensor<2304xf32>, %arg142: tensor<768x768xf32>, %arg143: tensor<768xf32>, %arg144: tensor<768xf32>, %arg145: tensor<768xf32>, %arg146: tensor<3072x768xf32>, %arg147: tensor<3072xf32>, %arg148: tensor<768x3072xf32>, %arg149: tensor<768xf32>, %arg150: tensor<768xf32>, %arg151: tensor<768xf32>, %arg152: tensor<1000x768xf32>, %arg153: tensor<1000xf32>, %arg154: tensor<?x3x224x224xf32>) -> (tensor<?x1000xf32> {jax.result_info = "result[0]"}) {
    %c = stablehlo.constant dense<1000> : tensor<1xi32>
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %cst_1 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %c_2 = stablehlo.constant dense<3072> : tensor<1xi32>
    %cst_3 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_4 = stablehlo.constant dense<1.250000e-01> : tensor<f32>
    %c_5 = stablehlo.constant dense<12> : tensor<1xi32>
    %c_6 = stablehlo.constant dense<64> : tensor<1xi32>
    %c_7 = stablehlo.constant dense<64> : tensor<i64>
    %c_8 = stablehlo.constant dense<12> : tensor<i64>
    %c_9 = stablehlo.constant dense<2> : tensor<1xi32>
    %c_10 = stablehlo.constant dense<2> : tensor<i64>
    %c_11 = stablehlo.constant dense<0> : tensor<1xi32>
    %c_12 = stablehlo.constant dense<3> : tensor<1xi32>
    %c_13 = stablehlo.constant dense<2304> : tensor<1xi32>
    %cst_14 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %cst_15 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_17 = stablehlo.constant dense<197> : tensor<1xi32>
    %c_18 = stablehlo.constant dense<197> : tensor<i64>
    %c_19 = stablehlo.constant dense<1> : tensor<1xi32>
    %c_20 = stablehlo.constant dense<196> : tensor<1xi32>
    %c_21 = stablehlo.constant dense<14> : tensor<1xi32>
    %c_22 = stablehlo.constant dense<768> : tensor<1xi32>
    %c_23 = stablehlo.constant dense<1> : tensor<i32>
    %c_24 = stablehlo.constant dense<0> : tensor<i32>
    %0 = stablehlo.convolution(%arg154, %arg3) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [16, 16]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x3x224x224xf32>, tensor<768x3x16x16xf32>) -> tensor<?x768x14x14xf32>
    %1 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2 = stablehlo.reshape %1 : (tensor<i32>) -> tensor<1xi32>
    %3 = stablehlo.concatenate %2, %c_22, %c_21, %c_21, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %4 = stablehlo.dynamic_broadcast_in_dim %arg4, %3, dims = [1] : (tensor<768xf32>, tensor<4xi32>) -> tensor<?x768x14x14xf32>
    %5 = stablehlo.add %0, %4 : tensor<?x768x14x14xf32>
    %6 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %7 = stablehlo.reshape %6 : (tensor<i32>) -> tensor<1xi32>
    %8 = stablehlo.concatenate %7, %c_22, %c_20, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %9 = stablehlo.dynamic_reshape %5, %8 : (tensor<?x768x14x14xf32>, tensor<3xi32>) -> tensor<?x768x196xf32>
    %10 = stablehlo.transpose %9, dims = [0, 2, 1] : (tensor<?x768x196xf32>) -> tensor<?x196x768xf32>
    %11 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %12 = stablehlo.reshape %11 : (tensor<i32>) -> tensor<1xi32>
    %13 = stablehlo.concatenate %12, %c_19, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %14 = stablehlo.dynamic_broadcast_in_dim %arg2, %13, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x1x768xf32>
    %15 = stablehlo.concatenate %14, %10, dim = 1 : (tensor<?x1x768xf32>, tensor<?x196x768xf32>) -> tensor<?x197x768xf32>
    %16 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %17 = stablehlo.reshape %16 : (tensor<i32>) -> tensor<1xi32>
    %18 = stablehlo.concatenate %17, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %19 = stablehlo.dynamic_broadcast_in_dim %arg5, %18, dims = [0, 1, 2] : (tensor<1x197x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %20 = stablehlo.add %15, %19 : tensor<?x197x768xf32>
    %21 = stablehlo.reduce(%20 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %22 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %23, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %21, %24, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %26 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %27 = stablehlo.reshape %26 : (tensor<i32>) -> tensor<1xi32>
    %28 = stablehlo.concatenate %27, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %29 = stablehlo.dynamic_broadcast_in_dim %cst_15, %28, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %30 = stablehlo.divide %25, %29 : tensor<?x197x1xf32>
    %31 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %32, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %30, %33, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %35 = stablehlo.subtract %20, %34 : tensor<?x197x768xf32>
    %36 = stablehlo.multiply %35, %35 : tensor<?x197x768xf32>
    %37 = stablehlo.reduce(%36 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %38 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %39 = stablehlo.reshape %38 : (tensor<i32>) -> tensor<1xi32>
    %40 = stablehlo.concatenate %39, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %41 = stablehlo.dynamic_broadcast_in_dim %37, %40, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %42 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %43 = stablehlo.reshape %42 : (tensor<i32>) -> tensor<1xi32>
    %44 = stablehlo.concatenate %43, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %45 = stablehlo.dynamic_broadcast_in_dim %cst_15, %44, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %46 = stablehlo.divide %41, %45 : tensor<?x197x1xf32>
    %47 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.concatenate %48, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %50 = stablehlo.dynamic_broadcast_in_dim %cst_14, %49, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %51 = stablehlo.add %46, %50 : tensor<?x197x1xf32>
    %52 = stablehlo.rsqrt %51 : tensor<?x197x1xf32>
    %53 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %54 = stablehlo.reshape %53 : (tensor<i32>) -> tensor<1xi32>
    %55 = stablehlo.concatenate %54, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %56 = stablehlo.dynamic_broadcast_in_dim %52, %55, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %57 = stablehlo.multiply %35, %56 : tensor<?x197x768xf32>
    %58 = stablehlo.broadcast_in_dim %arg6, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %59 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.concatenate %60, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %62 = stablehlo.dynamic_broadcast_in_dim %58, %61, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %63 = stablehlo.multiply %57, %62 : tensor<?x197x768xf32>
    %64 = stablehlo.broadcast_in_dim %arg7, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %65 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %66 = stablehlo.reshape %65 : (tensor<i32>) -> tensor<1xi32>
    %67 = stablehlo.concatenate %66, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %68 = stablehlo.dynamic_broadcast_in_dim %64, %67, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %69 = stablehlo.add %63, %68 : tensor<?x197x768xf32>
    %70 = stablehlo.transpose %69, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %71 = stablehlo.dot_general %70, %arg8, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
    %72 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %73 = stablehlo.reshape %72 : (tensor<i32>) -> tensor<1xi32>
    %74 = stablehlo.concatenate %c_17, %73, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %75 = stablehlo.dynamic_broadcast_in_dim %arg9, %74, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %76 = stablehlo.add %71, %75 : tensor<197x?x2304xf32>
    %77 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.concatenate %c_17, %78, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %80 = stablehlo.dynamic_reshape %76, %79 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %81 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %c_19, %c_17, %82, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %80, %83, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %85 = stablehlo.transpose %84, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %86 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.concatenate %c_12, %c_17, %87, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %89 = stablehlo.dynamic_reshape %85, %88 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %90 = stablehlo.concatenate %c_11, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %91 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %92 = stablehlo.reshape %91 : (tensor<i32>) -> tensor<1xi32>
    %93 = stablehlo.concatenate %c_19, %c_17, %92, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %94 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %95 = stablehlo.real_dynamic_slice %89, %90, %93, %94 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %96 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %97 = stablehlo.reshape %96 : (tensor<i32>) -> tensor<1xi32>
    %98 = stablehlo.concatenate %c_17, %97, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %99 = stablehlo.dynamic_reshape %95, %98 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %100 = stablehlo.concatenate %c_19, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %101 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %102 = stablehlo.reshape %101 : (tensor<i32>) -> tensor<1xi32>
    %103 = stablehlo.concatenate %c_9, %c_17, %102, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %104 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %105 = stablehlo.real_dynamic_slice %89, %100, %103, %104 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %106 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %107 = stablehlo.reshape %106 : (tensor<i32>) -> tensor<1xi32>
    %108 = stablehlo.concatenate %c_17, %107, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %109 = stablehlo.dynamic_reshape %105, %108 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %110 = stablehlo.concatenate %c_9, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %111 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %112 = stablehlo.reshape %111 : (tensor<i32>) -> tensor<1xi32>
    %113 = stablehlo.concatenate %c_12, %c_17, %112, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %114 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %115 = stablehlo.real_dynamic_slice %89, %110, %113, %114 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %116 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %117 = stablehlo.reshape %116 : (tensor<i32>) -> tensor<1xi32>
    %118 = stablehlo.concatenate %c_17, %117, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %119 = stablehlo.dynamic_reshape %115, %118 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %120 = stablehlo.convert %arg1 : tensor<i64>
    %121 = stablehlo.multiply %120, %c_8 : tensor<i64>
    %122 = stablehlo.convert %121 : (tensor<i64>) -> tensor<i32>
    %123 = stablehlo.reshape %122 : (tensor<i32>) -> tensor<1xi32>
    %124 = stablehlo.concatenate %c_17, %123, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %125 = stablehlo.dynamic_reshape %99, %124 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %126 = stablehlo.transpose %125, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %127 = stablehlo.convert %arg1 : tensor<i64>
    %128 = stablehlo.multiply %127, %c_8 : tensor<i64>
    %129 = stablehlo.convert %128 : (tensor<i64>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %c_17, %130, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_reshape %109, %131 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %133 = stablehlo.transpose %132, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %134 = stablehlo.convert %arg1 : tensor<i64>
    %135 = stablehlo.multiply %134, %c_8 : tensor<i64>
    %136 = stablehlo.convert %135 : (tensor<i64>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.concatenate %c_17, %137, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %139 = stablehlo.dynamic_reshape %119, %138 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %140 = stablehlo.transpose %139, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %141 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %142 = stablehlo.reshape %141 : (tensor<i32>) -> tensor<1xi32>
    %143 = stablehlo.concatenate %142, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %144 = stablehlo.dynamic_reshape %126, %143 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %145 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %146 = stablehlo.reshape %145 : (tensor<i32>) -> tensor<1xi32>
    %147 = stablehlo.concatenate %146, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %148 = stablehlo.dynamic_reshape %133, %147 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %149 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %150 = stablehlo.reshape %149 : (tensor<i32>) -> tensor<1xi32>
    %151 = stablehlo.concatenate %150, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %152 = stablehlo.dynamic_reshape %140, %151 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %153 = stablehlo.dot_general %144, %148, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %154 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %155 = stablehlo.reshape %154 : (tensor<i32>) -> tensor<1xi32>
    %156 = stablehlo.concatenate %155, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %157 = stablehlo.dynamic_broadcast_in_dim %cst_4, %156, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %158 = stablehlo.multiply %153, %157 : tensor<?x12x197x197xf32>
    %159 = stablehlo.reduce(%158 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %160 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %161 = stablehlo.reshape %160 : (tensor<i32>) -> tensor<1xi32>
    %162 = stablehlo.concatenate %161, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %163 = stablehlo.dynamic_broadcast_in_dim %159, %162, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %164 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %165 = stablehlo.reshape %164 : (tensor<i32>) -> tensor<1xi32>
    %166 = stablehlo.concatenate %165, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %167 = stablehlo.dynamic_broadcast_in_dim %163, %166, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %168 = stablehlo.subtract %158, %167 : tensor<?x12x197x197xf32>
    %169 = stablehlo.exponential %168 : tensor<?x12x197x197xf32>
    %170 = stablehlo.reduce(%169 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %171 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %172 = stablehlo.reshape %171 : (tensor<i32>) -> tensor<1xi32>
    %173 = stablehlo.concatenate %172, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %174 = stablehlo.dynamic_broadcast_in_dim %170, %173, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %175 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %176 = stablehlo.reshape %175 : (tensor<i32>) -> tensor<1xi32>
    %177 = stablehlo.concatenate %176, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %178 = stablehlo.dynamic_broadcast_in_dim %174, %177, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %179 = stablehlo.divide %169, %178 : tensor<?x12x197x197xf32>
    %180 = stablehlo.dot_general %179, %152, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %181 = stablehlo.transpose %180, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %182 = stablehlo.convert %arg1 : tensor<i64>
    %183 = stablehlo.multiply %182, %c_18 : tensor<i64>
    %184 = stablehlo.convert %183 : (tensor<i64>) -> tensor<i32>
    %185 = stablehlo.reshape %184 : (tensor<i32>) -> tensor<1xi32>
    %186 = stablehlo.concatenate %185, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %187 = stablehlo.dynamic_reshape %181, %186 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %188 = stablehlo.dot_general %187, %arg10, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
    %189 = stablehlo.convert %arg1 : tensor<i64>
    %190 = stablehlo.multiply %189, %c_18 : tensor<i64>
    %191 = stablehlo.convert %190 : (tensor<i64>) -> tensor<i32>
    %192 = stablehlo.reshape %191 : (tensor<i32>) -> tensor<1xi32>
    %193 = stablehlo.concatenate %192, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %194 = stablehlo.dynamic_broadcast_in_dim %arg11, %193, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %195 = stablehlo.add %188, %194 : tensor<?x768xf32>
    %196 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %197 = stablehlo.reshape %196 : (tensor<i32>) -> tensor<1xi32>
    %198 = stablehlo.concatenate %c_17, %197, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %199 = stablehlo.dynamic_reshape %195, %198 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %200 = stablehlo.transpose %199, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %201 = stablehlo.add %200, %20 : tensor<?x197x768xf32>
    %202 = stablehlo.reduce(%201 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %203 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %204 = stablehlo.reshape %203 : (tensor<i32>) -> tensor<1xi32>
    %205 = stablehlo.concatenate %204, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %206 = stablehlo.dynamic_broadcast_in_dim %202, %205, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %207 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %208 = stablehlo.reshape %207 : (tensor<i32>) -> tensor<1xi32>
    %209 = stablehlo.concatenate %208, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %210 = stablehlo.dynamic_broadcast_in_dim %cst_15, %209, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %211 = stablehlo.divide %206, %210 : tensor<?x197x1xf32>
    %212 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %213 = stablehlo.reshape %212 : (tensor<i32>) -> tensor<1xi32>
    %214 = stablehlo.concatenate %213, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %215 = stablehlo.dynamic_broadcast_in_dim %211, %214, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %216 = stablehlo.subtract %201, %215 : tensor<?x197x768xf32>
    %217 = stablehlo.multiply %216, %216 : tensor<?x197x768xf32>
    %218 = stablehlo.reduce(%217 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %219 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %220 = stablehlo.reshape %219 : (tensor<i32>) -> tensor<1xi32>
    %221 = stablehlo.concatenate %220, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %222 = stablehlo.dynamic_broadcast_in_dim %218, %221, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %223 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %224 = stablehlo.reshape %223 : (tensor<i32>) -> tensor<1xi32>
    %225 = stablehlo.concatenate %224, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %226 = stablehlo.dynamic_broadcast_in_dim %cst_15, %225, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %227 = stablehlo.divide %222, %226 : tensor<?x197x1xf32>
    %228 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %229 = stablehlo.reshape %228 : (tensor<i32>) -> tensor<1xi32>
    %230 = stablehlo.concatenate %229, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %231 = stablehlo.dynamic_broadcast_in_dim %cst_14, %230, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %232 = stablehlo.add %227, %231 : tensor<?x197x1xf32>
    %233 = stablehlo.rsqrt %232 : tensor<?x197x1xf32>
    %234 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %235 = stablehlo.reshape %234 : (tensor<i32>) -> tensor<1xi32>
    %236 = stablehlo.concatenate %235, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %237 = stablehlo.dynamic_broadcast_in_dim %233, %236, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %238 = stablehlo.multiply %216, %237 : tensor<?x197x768xf32>
    %239 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %240 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %241 = stablehlo.reshape %240 : (tensor<i32>) -> tensor<1xi32>
    %242 = stablehlo.concatenate %241, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %243 = stablehlo.dynamic_broadcast_in_dim %239, %242, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %244 = stablehlo.multiply %238, %243 : tensor<?x197x768xf32>
    %245 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %246 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %247 = stablehlo.reshape %246 : (tensor<i32>) -> tensor<1xi32>
    %248 = stablehlo.concatenate %247, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %249 = stablehlo.dynamic_broadcast_in_dim %245, %248, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %250 = stablehlo.add %244, %249 : tensor<?x197x768xf32>
    %251 = stablehlo.dot_general %250, %arg14, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
    %252 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %253 = stablehlo.reshape %252 : (tensor<i32>) -> tensor<1xi32>
    %254 = stablehlo.concatenate %253, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %255 = stablehlo.dynamic_broadcast_in_dim %arg15, %254, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %256 = stablehlo.add %251, %255 : tensor<?x197x3072xf32>
    %257 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %258 = stablehlo.reshape %257 : (tensor<i32>) -> tensor<1xi32>
    %259 = stablehlo.concatenate %258, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %260 = stablehlo.dynamic_broadcast_in_dim %cst_1, %259, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %261 = stablehlo.multiply %256, %260 : tensor<?x197x3072xf32>
    %262 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %263 = stablehlo.reshape %262 : (tensor<i32>) -> tensor<1xi32>
    %264 = stablehlo.concatenate %263, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %265 = stablehlo.dynamic_broadcast_in_dim %cst_0, %264, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %266 = stablehlo.multiply %256, %265 : tensor<?x197x3072xf32>
    %267 = stablehlo.composite "chlo.erf" %266 {decomposition = @chlo.erf.impl, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %268 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %269 = stablehlo.reshape %268 : (tensor<i32>) -> tensor<1xi32>
    %270 = stablehlo.concatenate %269, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %271 = stablehlo.dynamic_broadcast_in_dim %cst, %270, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %272 = stablehlo.add %271, %267 : tensor<?x197x3072xf32>
    %273 = stablehlo.multiply %261, %272 : tensor<?x197x3072xf32>
    %274 = stablehlo.dot_general %273, %arg16, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
    %275 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %276 = stablehlo.reshape %275 : (tensor<i32>) -> tensor<1xi32>
    %277 = stablehlo.concatenate %276, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %278 = stablehlo.dynamic_broadcast_in_dim %arg17, %277, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %279 = stablehlo.add %274, %278 : tensor<?x197x768xf32>
    %280 = stablehlo.add %201, %279 : tensor<?x197x768xf32>
    %281 = stablehlo.reduce(%280 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %282 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %283 = stablehlo.reshape %282 : (tensor<i32>) -> tensor<1xi32>
    %284 = stablehlo.concatenate %283, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %285 = stablehlo.dynamic_broadcast_in_dim %281, %284, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %286 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %287 = stablehlo.reshape %286 : (tensor<i32>) -> tensor<1xi32>
    %288 = stablehlo.concatenate %287, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %289 = stablehlo.dynamic_broadcast_in_dim %cst_15, %288, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %290 = stablehlo.divide %285, %289 : tensor<?x197x1xf32>
    %291 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %292 = stablehlo.reshape %291 : (tensor<i32>) -> tensor<1xi32>
    %293 = stablehlo.concatenate %292, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %294 = stablehlo.dynamic_broadcast_in_dim %290, %293, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %295 = stablehlo.subtract %280, %294 : tensor<?x197x768xf32>
    %296 = stablehlo.multiply %295, %295 : tensor<?x197x768xf32>
    %297 = stablehlo.reduce(%296 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %298 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %299 = stablehlo.reshape %298 : (tensor<i32>) -> tensor<1xi32>
    %300 = stablehlo.concatenate %299, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %301 = stablehlo.dynamic_broadcast_in_dim %297, %300, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %302 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %303 = stablehlo.reshape %302 : (tensor<i32>) -> tensor<1xi32>
    %304 = stablehlo.concatenate %303, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %305 = stablehlo.dynamic_broadcast_in_dim %cst_15, %304, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %306 = stablehlo.divide %301, %305 : tensor<?x197x1xf32>
    %307 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %308 = stablehlo.reshape %307 : (tensor<i32>) -> tensor<1xi32>
    %309 = stablehlo.concatenate %308, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %310 = stablehlo.dynamic_broadcast_in_dim %cst_14, %309, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %311 = stablehlo.add %306, %310 : tensor<?x197x1xf32>
    %312 = stablehlo.rsqrt %311 : tensor<?x197x1xf32>
    %313 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %314 = stablehlo.reshape %313 : (tensor<i32>) -> tensor<1xi32>
    %315 = stablehlo.concatenate %314, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %316 = stablehlo.dynamic_broadcast_in_dim %312, %315, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %317 = stablehlo.multiply %295, %316 : tensor<?x197x768xf32>
    %318 = stablehlo.broadcast_in_dim %arg18, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %319 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %320 = stablehlo.reshape %319 : (tensor<i32>) -> tensor<1xi32>
    %321 = stablehlo.concatenate %320, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %322 = stablehlo.dynamic_broadcast_in_dim %318, %321, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %323 = stablehlo.multiply %317, %322 : tensor<?x197x768xf32>
    %324 = stablehlo.broadcast_in_dim %arg19, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %325 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %326 = stablehlo.reshape %325 : (tensor<i32>) -> tensor<1xi32>
    %327 = stablehlo.concatenate %326, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %328 = stablehlo.dynamic_broadcast_in_dim %324, %327, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %329 = stablehlo.add %323, %328 : tensor<?x197x768xf32>
    %330 = stablehlo.transpose %329, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %331 = stablehlo.dot_general %330, %arg20, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
    %332 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %333 = stablehlo.reshape %332 : (tensor<i32>) -> tensor<1xi32>
    %334 = stablehlo.concatenate %c_17, %333, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %335 = stablehlo.dynamic_broadcast_in_dim %arg21, %334, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %336 = stablehlo.add %331, %335 : tensor<197x?x2304xf32>
    %337 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %338 = stablehlo.reshape %337 : (tensor<i32>) -> tensor<1xi32>
    %339 = stablehlo.concatenate %c_17, %338, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %340 = stablehlo.dynamic_reshape %336, %339 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %341 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %342 = stablehlo.reshape %341 : (tensor<i32>) -> tensor<1xi32>
    %343 = stablehlo.concatenate %c_19, %c_17, %342, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %344 = stablehlo.dynamic_broadcast_in_dim %340, %343, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %345 = stablehlo.transpose %344, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %346 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %347 = stablehlo.reshape %346 : (tensor<i32>) -> tensor<1xi32>
    %348 = stablehlo.concatenate %c_12, %c_17, %347, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %349 = stablehlo.dynamic_reshape %345, %348 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %350 = stablehlo.concatenate %c_11, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %351 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %352 = stablehlo.reshape %351 : (tensor<i32>) -> tensor<1xi32>
    %353 = stablehlo.concatenate %c_19, %c_17, %352, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %354 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %355 = stablehlo.real_dynamic_slice %349, %350, %353, %354 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %356 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %357 = stablehlo.reshape %356 : (tensor<i32>) -> tensor<1xi32>
    %358 = stablehlo.concatenate %c_17, %357, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %359 = stablehlo.dynamic_reshape %355, %358 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %360 = stablehlo.concatenate %c_19, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %361 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %362 = stablehlo.reshape %361 : (tensor<i32>) -> tensor<1xi32>
    %363 = stablehlo.concatenate %c_9, %c_17, %362, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %364 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %365 = stablehlo.real_dynamic_slice %349, %360, %363, %364 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %366 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %367 = stablehlo.reshape %366 : (tensor<i32>) -> tensor<1xi32>
    %368 = stablehlo.concatenate %c_17, %367, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %369 = stablehlo.dynamic_reshape %365, %368 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %370 = stablehlo.concatenate %c_9, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %371 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %372 = stablehlo.reshape %371 : (tensor<i32>) -> tensor<1xi32>
    %373 = stablehlo.concatenate %c_12, %c_17, %372, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %374 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %375 = stablehlo.real_dynamic_slice %349, %370, %373, %374 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %376 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %377 = stablehlo.reshape %376 : (tensor<i32>) -> tensor<1xi32>
    %378 = stablehlo.concatenate %c_17, %377, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %379 = stablehlo.dynamic_reshape %375, %378 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %380 = stablehlo.convert %arg1 : tensor<i64>
    %381 = stablehlo.multiply %380, %c_8 : tensor<i64>
    %382 = stablehlo.convert %381 : (tensor<i64>) -> tensor<i32>
    %383 = stablehlo.reshape %382 : (tensor<i32>) -> tensor<1xi32>
    %384 = stablehlo.concatenate %c_17, %383, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %385 = stablehlo.dynamic_reshape %359, %384 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %386 = stablehlo.transpose %385, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %387 = stablehlo.convert %arg1 : tensor<i64>
    %388 = stablehlo.multiply %387, %c_8 : tensor<i64>
    %389 = stablehlo.convert %388 : (tensor<i64>) -> tensor<i32>
    %390 = stablehlo.reshape %389 : (tensor<i32>) -> tensor<1xi32>
    %391 = stablehlo.concatenate %c_17, %390, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %392 = stablehlo.dynamic_reshape %369, %391 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %393 = stablehlo.transpose %392, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %394 = stablehlo.convert %arg1 : tensor<i64>
    %395 = stablehlo.multiply %394, %c_8 : tensor<i64>
    %396 = stablehlo.convert %395 : (tensor<i64>) -> tensor<i32>
    %397 = stablehlo.reshape %396 : (tensor<i32>) -> tensor<1xi32>
    %398 = stablehlo.concatenate %c_17, %397, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %399 = stablehlo.dynamic_reshape %379, %398 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %400 = stablehlo.transpose %399, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %401 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %402 = stablehlo.reshape %401 : (tensor<i32>) -> tensor<1xi32>
    %403 = stablehlo.concatenate %402, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %404 = stablehlo.dynamic_reshape %386, %403 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %405 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %406 = stablehlo.reshape %405 : (tensor<i32>) -> tensor<1xi32>
    %407 = stablehlo.concatenate %406, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %408 = stablehlo.dynamic_reshape %393, %407 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %409 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %410 = stablehlo.reshape %409 : (tensor<i32>) -> tensor<1xi32>
    %411 = stablehlo.concatenate %410, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %412 = stablehlo.dynamic_reshape %400, %411 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %413 = stablehlo.dot_general %404, %408, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %414 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %415 = stablehlo.reshape %414 : (tensor<i32>) -> tensor<1xi32>
    %416 = stablehlo.concatenate %415, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %417 = stablehlo.dynamic_broadcast_in_dim %cst_4, %416, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %418 = stablehlo.multiply %413, %417 : tensor<?x12x197x197xf32>
    %419 = stablehlo.reduce(%418 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %420 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %421 = stablehlo.reshape %420 : (tensor<i32>) -> tensor<1xi32>
    %422 = stablehlo.concatenate %421, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %423 = stablehlo.dynamic_broadcast_in_dim %419, %422, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %424 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %425 = stablehlo.reshape %424 : (tensor<i32>) -> tensor<1xi32>
    %426 = stablehlo.concatenate %425, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %427 = stablehlo.dynamic_broadcast_in_dim %423, %426, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %428 = stablehlo.subtract %418, %427 : tensor<?x12x197x197xf32>
    %429 = stablehlo.exponential %428 : tensor<?x12x197x197xf32>
    %430 = stablehlo.reduce(%429 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %431 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %432 = stablehlo.reshape %431 : (tensor<i32>) -> tensor<1xi32>
    %433 = stablehlo.concatenate %432, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %434 = stablehlo.dynamic_broadcast_in_dim %430, %433, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %435 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %436 = stablehlo.reshape %435 : (tensor<i32>) -> tensor<1xi32>
    %437 = stablehlo.concatenate %436, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %438 = stablehlo.dynamic_broadcast_in_dim %434, %437, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %439 = stablehlo.divide %429, %438 : tensor<?x12x197x197xf32>
    %440 = stablehlo.dot_general %439, %412, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %441 = stablehlo.transpose %440, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %442 = stablehlo.convert %arg1 : tensor<i64>
    %443 = stablehlo.multiply %442, %c_18 : tensor<i64>
    %444 = stablehlo.convert %443 : (tensor<i64>) -> tensor<i32>
    %445 = stablehlo.reshape %444 : (tensor<i32>) -> tensor<1xi32>
    %446 = stablehlo.concatenate %445, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %447 = stablehlo.dynamic_reshape %441, %446 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %448 = stablehlo.dot_general %447, %arg22, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
    %449 = stablehlo.convert %arg1 : tensor<i64>
    %450 = stablehlo.multiply %449, %c_18 : tensor<i64>
    %451 = stablehlo.convert %450 : (tensor<i64>) -> tensor<i32>
    %452 = stablehlo.reshape %451 : (tensor<i32>) -> tensor<1xi32>
    %453 = stablehlo.concatenate %452, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %454 = stablehlo.dynamic_broadcast_in_dim %arg23, %453, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %455 = stablehlo.add %448, %454 : tensor<?x768xf32>
    %456 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %457 = stablehlo.reshape %456 : (tensor<i32>) -> tensor<1xi32>
    %458 = stablehlo.concatenate %c_17, %457, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %459 = stablehlo.dynamic_reshape %455, %458 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %460 = stablehlo.transpose %459, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %461 = stablehlo.add %460, %280 : tensor<?x197x768xf32>
    %462 = stablehlo.reduce(%461 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %463 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %464 = stablehlo.reshape %463 : (tensor<i32>) -> tensor<1xi32>
    %465 = stablehlo.concatenate %464, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %466 = stablehlo.dynamic_broadcast_in_dim %462, %465, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %467 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %468 = stablehlo.reshape %467 : (tensor<i32>) -> tensor<1xi32>
    %469 = stablehlo.concatenate %468, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %470 = stablehlo.dynamic_broadcast_in_dim %cst_15, %469, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %471 = stablehlo.divide %466, %470 : tensor<?x197x1xf32>
    %472 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %473 = stablehlo.reshape %472 : (tensor<i32>) -> tensor<1xi32>
    %474 = stablehlo.concatenate %473, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %475 = stablehlo.dynamic_broadcast_in_dim %471, %474, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %476 = stablehlo.subtract %461, %475 : tensor<?x197x768xf32>
    %477 = stablehlo.multiply %476, %476 : tensor<?x197x768xf32>
    %478 = stablehlo.reduce(%477 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %479 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %480 = stablehlo.reshape %479 : (tensor<i32>) -> tensor<1xi32>
    %481 = stablehlo.concatenate %480, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %482 = stablehlo.dynamic_broadcast_in_dim %478, %481, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %483 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %484 = stablehlo.reshape %483 : (tensor<i32>) -> tensor<1xi32>
    %485 = stablehlo.concatenate %484, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %486 = stablehlo.dynamic_broadcast_in_dim %cst_15, %485, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %487 = stablehlo.divide %482, %486 : tensor<?x197x1xf32>
    %488 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %489 = stablehlo.reshape %488 : (tensor<i32>) -> tensor<1xi32>
    %490 = stablehlo.concatenate %489, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %491 = stablehlo.dynamic_broadcast_in_dim %cst_14, %490, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %492 = stablehlo.add %487, %491 : tensor<?x197x1xf32>
    %493 = stablehlo.rsqrt %492 : tensor<?x197x1xf32>
    %494 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %495 = stablehlo.reshape %494 : (tensor<i32>) -> tensor<1xi32>
    %496 = stablehlo.concatenate %495, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %497 = stablehlo.dynamic_broadcast_in_dim %493, %496, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %498 = stablehlo.multiply %476, %497 : tensor<?x197x768xf32>
    %499 = stablehlo.broadcast_in_dim %arg24, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %500 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %501 = stablehlo.reshape %500 : (tensor<i32>) -> tensor<1xi32>
    %502 = stablehlo.concatenate %501, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %503 = stablehlo.dynamic_broadcast_in_dim %499, %502, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %504 = stablehlo.multiply %498, %503 : tensor<?x197x768xf32>
    %505 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %506 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %507 = stablehlo.reshape %506 : (tensor<i32>) -> tensor<1xi32>
    %508 = stablehlo.concatenate %507, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %509 = stablehlo.dynamic_broadcast_in_dim %505, %508, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %510 = stablehlo.add %504, %509 : tensor<?x197x768xf32>
    %511 = stablehlo.dot_general %510, %arg26, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
    %512 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %513 = stablehlo.reshape %512 : (tensor<i32>) -> tensor<1xi32>
    %514 = stablehlo.concatenate %513, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %515 = stablehlo.dynamic_broadcast_in_dim %arg27, %514, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %516 = stablehlo.add %511, %515 : tensor<?x197x3072xf32>
    %517 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %518 = stablehlo.reshape %517 : (tensor<i32>) -> tensor<1xi32>
    %519 = stablehlo.concatenate %518, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %520 = stablehlo.dynamic_broadcast_in_dim %cst_1, %519, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %521 = stablehlo.multiply %516, %520 : tensor<?x197x3072xf32>
    %522 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %523 = stablehlo.reshape %522 : (tensor<i32>) -> tensor<1xi32>
    %524 = stablehlo.concatenate %523, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %525 = stablehlo.dynamic_broadcast_in_dim %cst_0, %524, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %526 = stablehlo.multiply %516, %525 : tensor<?x197x3072xf32>
    %527 = stablehlo.composite "chlo.erf" %526 {decomposition = @chlo.erf.impl_0, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %528 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %529 = stablehlo.reshape %528 : (tensor<i32>) -> tensor<1xi32>
    %530 = stablehlo.concatenate %529, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %531 = stablehlo.dynamic_broadcast_in_dim %cst, %530, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %532 = stablehlo.add %531, %527 : tensor<?x197x3072xf32>
    %533 = stablehlo.multiply %521, %532 : tensor<?x197x3072xf32>
    %534 = stablehlo.dot_general %533, %arg28, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
    %535 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %536 = stablehlo.reshape %535 : (tensor<i32>) -> tensor<1xi32>
    %537 = stablehlo.concatenate %536, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %538 = stablehlo.dynamic_broadcast_in_dim %arg29, %537, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %539 = stablehlo.add %534, %538 : tensor<?x197x768xf32>
    %540 = stablehlo.add %461, %539 : tensor<?x197x768xf32>
    %541 = stablehlo.reduce(%540 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %542 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %543 = stablehlo.reshape %542 : (tensor<i32>) -> tensor<1xi32>
    %544 = stablehlo.concatenate %543, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %545 = stablehlo.dynamic_broadcast_in_dim %541, %544, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %546 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %547 = stablehlo.reshape %546 : (tensor<i32>) -> tensor<1xi32>
    %548 = stablehlo.concatenate %547, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %549 = stablehlo.dynamic_broadcast_in_dim %cst_15, %548, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %550 = stablehlo.divide %545, %549 : tensor<?x197x1xf32>
    %551 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %552 = stablehlo.reshape %551 : (tensor<i32>) -> tensor<1xi32>
    %553 = stablehlo.concatenate %552, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %554 = stablehlo.dynamic_broadcast_in_dim %550, %553, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %555 = stablehlo.subtract %540, %554 : tensor<?x197x768xf32>
    %556 = stablehlo.multiply %555, %555 : tensor<?x197x768xf32>
    %557 = stablehlo.reduce(%556 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %558 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %559 = stablehlo.reshape %558 : (tensor<i32>) -> tensor<1xi32>
    %560 = stablehlo.concatenate %559, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %561 = stablehlo.dynamic_broadcast_in_dim %557, %560, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %562 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %563 = stablehlo.reshape %562 : (tensor<i32>) -> tensor<1xi32>
    %564 = stablehlo.concatenate %563, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %565 = stablehlo.dynamic_broadcast_in_dim %cst_15, %564, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %566 = stablehlo.divide %561, %565 : tensor<?x197x1xf32>
    %567 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %568 = stablehlo.reshape %567 : (tensor<i32>) -> tensor<1xi32>
    %569 = stablehlo.concatenate %568, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %570 = stablehlo.dynamic_broadcast_in_dim %cst_14, %569, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %571 = stablehlo.add %566, %570 : tensor<?x197x1xf32>
    %572 = stablehlo.rsqrt %571 : tensor<?x197x1xf32>
    %573 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %574 = stablehlo.reshape %573 : (tensor<i32>) -> tensor<1xi32>
    %575 = stablehlo.concatenate %574, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %576 = stablehlo.dynamic_broadcast_in_dim %572, %575, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %577 = stablehlo.multiply %555, %576 : tensor<?x197x768xf32>
    %578 = stablehlo.broadcast_in_dim %arg30, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %579 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %580 = stablehlo.reshape %579 : (tensor<i32>) -> tensor<1xi32>
    %581 = stablehlo.concatenate %580, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %582 = stablehlo.dynamic_broadcast_in_dim %578, %581, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %583 = stablehlo.multiply %577, %582 : tensor<?x197x768xf32>
    %584 = stablehlo.broadcast_in_dim %arg31, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %585 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %586 = stablehlo.reshape %585 : (tensor<i32>) -> tensor<1xi32>
    %587 = stablehlo.concatenate %586, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %588 = stablehlo.dynamic_broadcast_in_dim %584, %587, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %589 = stablehlo.add %583, %588 : tensor<?x197x768xf32>
    %590 = stablehlo.transpose %589, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %591 = stablehlo.dot_general %590, %arg32, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
    %592 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %593 = stablehlo.reshape %592 : (tensor<i32>) -> tensor<1xi32>
    %594 = stablehlo.concatenate %c_17, %593, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %595 = stablehlo.dynamic_broadcast_in_dim %arg33, %594, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %596 = stablehlo.add %591, %595 : tensor<197x?x2304xf32>
    %597 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %598 = stablehlo.reshape %597 : (tensor<i32>) -> tensor<1xi32>
    %599 = stablehlo.concatenate %c_17, %598, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %600 = stablehlo.dynamic_reshape %596, %599 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %601 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %602 = stablehlo.reshape %601 : (tensor<i32>) -> tensor<1xi32>
    %603 = stablehlo.concatenate %c_19, %c_17, %602, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %604 = stablehlo.dynamic_broadcast_in_dim %600, %603, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %605 = stablehlo.transpose %604, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %606 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %607 = stablehlo.reshape %606 : (tensor<i32>) -> tensor<1xi32>
    %608 = stablehlo.concatenate %c_12, %c_17, %607, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %609 = stablehlo.dynamic_reshape %605, %608 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %610 = stablehlo.concatenate %c_11, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %611 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %612 = stablehlo.reshape %611 : (tensor<i32>) -> tensor<1xi32>
    %613 = stablehlo.concatenate %c_19, %c_17, %612, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %614 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %615 = stablehlo.real_dynamic_slice %609, %610, %613, %614 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %616 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %617 = stablehlo.reshape %616 : (tensor<i32>) -> tensor<1xi32>
    %618 = stablehlo.concatenate %c_17, %617, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %619 = stablehlo.dynamic_reshape %615, %618 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %620 = stablehlo.concatenate %c_19, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %621 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %622 = stablehlo.reshape %621 : (tensor<i32>) -> tensor<1xi32>
    %623 = stablehlo.concatenate %c_9, %c_17, %622, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %624 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %625 = stablehlo.real_dynamic_slice %609, %620, %623, %624 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %626 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %627 = stablehlo.reshape %626 : (tensor<i32>) -> tensor<1xi32>
    %628 = stablehlo.concatenate %c_17, %627, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %629 = stablehlo.dynamic_reshape %625, %628 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %630 = stablehlo.concatenate %c_9, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %631 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %632 = stablehlo.reshape %631 : (tensor<i32>) -> tensor<1xi32>
    %633 = stablehlo.concatenate %c_12, %c_17, %632, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %634 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %635 = stablehlo.real_dynamic_slice %609, %630, %633, %634 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %636 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %637 = stablehlo.reshape %636 : (tensor<i32>) -> tensor<1xi32>
    %638 = stablehlo.concatenate %c_17, %637, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %639 = stablehlo.dynamic_reshape %635, %638 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %640 = stablehlo.convert %arg1 : tensor<i64>
    %641 = stablehlo.multiply %640, %c_8 : tensor<i64>
    %642 = stablehlo.convert %641 : (tensor<i64>) -> tensor<i32>
    %643 = stablehlo.reshape %642 : (tensor<i32>) -> tensor<1xi32>
    %644 = stablehlo.concatenate %c_17, %643, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %645 = stablehlo.dynamic_reshape %619, %644 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %646 = stablehlo.transpose %645, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %647 = stablehlo.convert %arg1 : tensor<i64>
    %648 = stablehlo.multiply %647, %c_8 : tensor<i64>
    %649 = stablehlo.convert %648 : (tensor<i64>) -> tensor<i32>
    %650 = stablehlo.reshape %649 : (tensor<i32>) -> tensor<1xi32>
    %651 = stablehlo.concatenate %c_17, %650, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %652 = stablehlo.dynamic_reshape %629, %651 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %653 = stablehlo.transpose %652, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %654 = stablehlo.convert %arg1 : tensor<i64>
    %655 = stablehlo.multiply %654, %c_8 : tensor<i64>
    %656 = stablehlo.convert %655 : (tensor<i64>) -> tensor<i32>
    %657 = stablehlo.reshape %656 : (tensor<i32>) -> tensor<1xi32>
    %658 = stablehlo.concatenate %c_17, %657, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %659 = stablehlo.dynamic_reshape %639, %658 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %660 = stablehlo.transpose %659, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %661 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %662 = stablehlo.reshape %661 : (tensor<i32>) -> tensor<1xi32>
    %663 = stablehlo.concatenate %662, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %664 = stablehlo.dynamic_reshape %646, %663 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %665 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %666 = stablehlo.reshape %665 : (tensor<i32>) -> tensor<1xi32>
    %667 = stablehlo.concatenate %666, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %668 = stablehlo.dynamic_reshape %653, %667 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %669 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %670 = stablehlo.reshape %669 : (tensor<i32>) -> tensor<1xi32>
    %671 = stablehlo.concatenate %670, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %672 = stablehlo.dynamic_reshape %660, %671 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %673 = stablehlo.dot_general %664, %668, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %674 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %675 = stablehlo.reshape %674 : (tensor<i32>) -> tensor<1xi32>
    %676 = stablehlo.concatenate %675, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %677 = stablehlo.dynamic_broadcast_in_dim %cst_4, %676, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %678 = stablehlo.multiply %673, %677 : tensor<?x12x197x197xf32>
    %679 = stablehlo.reduce(%678 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %680 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %681 = stablehlo.reshape %680 : (tensor<i32>) -> tensor<1xi32>
    %682 = stablehlo.concatenate %681, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %683 = stablehlo.dynamic_broadcast_in_dim %679, %682, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %684 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %685 = stablehlo.reshape %684 : (tensor<i32>) -> tensor<1xi32>
    %686 = stablehlo.concatenate %685, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %687 = stablehlo.dynamic_broadcast_in_dim %683, %686, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %688 = stablehlo.subtract %678, %687 : tensor<?x12x197x197xf32>
    %689 = stablehlo.exponential %688 : tensor<?x12x197x197xf32>
    %690 = stablehlo.reduce(%689 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %691 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %692 = stablehlo.reshape %691 : (tensor<i32>) -> tensor<1xi32>
    %693 = stablehlo.concatenate %692, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %694 = stablehlo.dynamic_broadcast_in_dim %690, %693, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %695 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %696 = stablehlo.reshape %695 : (tensor<i32>) -> tensor<1xi32>
    %697 = stablehlo.concatenate %696, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %698 = stablehlo.dynamic_broadcast_in_dim %694, %697, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %699 = stablehlo.divide %689, %698 : tensor<?x12x197x197xf32>
    %700 = stablehlo.dot_general %699, %672, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %701 = stablehlo.transpose %700, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %702 = stablehlo.convert %arg1 : tensor<i64>
    %703 = stablehlo.multiply %702, %c_18 : tensor<i64>
    %704 = stablehlo.convert %703 : (tensor<i64>) -> tensor<i32>
    %705 = stablehlo.reshape %704 : (tensor<i32>) -> tensor<1xi32>
    %706 = stablehlo.concatenate %705, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %707 = stablehlo.dynamic_reshape %701, %706 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %708 = stablehlo.dot_general %707, %arg34, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
    %709 = stablehlo.convert %arg1 : tensor<i64>
    %710 = stablehlo.multiply %709, %c_18 : tensor<i64>
    %711 = stablehlo.convert %710 : (tensor<i64>) -> tensor<i32>
    %712 = stablehlo.reshape %711 : (tensor<i32>) -> tensor<1xi32>
    %713 = stablehlo.concatenate %712, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %714 = stablehlo.dynamic_broadcast_in_dim %arg35, %713, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %715 = stablehlo.add %708, %714 : tensor<?x768xf32>
    %716 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %717 = stablehlo.reshape %716 : (tensor<i32>) -> tensor<1xi32>
    %718 = stablehlo.concatenate %c_17, %717, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %719 = stablehlo.dynamic_reshape %715, %718 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %720 = stablehlo.transpose %719, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %721 = stablehlo.add %720, %540 : tensor<?x197x768xf32>
    %722 = stablehlo.reduce(%721 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %723 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %724 = stablehlo.reshape %723 : (tensor<i32>) -> tensor<1xi32>
    %725 = stablehlo.concatenate %724, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %726 = stablehlo.dynamic_broadcast_in_dim %722, %725, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %727 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %728 = stablehlo.reshape %727 : (tensor<i32>) -> tensor<1xi32>
    %729 = stablehlo.concatenate %728, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %730 = stablehlo.dynamic_broadcast_in_dim %cst_15, %729, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %731 = stablehlo.divide %726, %730 : tensor<?x197x1xf32>
    %732 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %733 = stablehlo.reshape %732 : (tensor<i32>) -> tensor<1xi32>
    %734 = stablehlo.concatenate %733, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %735 = stablehlo.dynamic_broadcast_in_dim %731, %734, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %736 = stablehlo.subtract %721, %735 : tensor<?x197x768xf32>
    %737 = stablehlo.multiply %736, %736 : tensor<?x197x768xf32>
    %738 = stablehlo.reduce(%737 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %739 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %740 = stablehlo.reshape %739 : (tensor<i32>) -> tensor<1xi32>
    %741 = stablehlo.concatenate %740, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %742 = stablehlo.dynamic_broadcast_in_dim %738, %741, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %743 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %744 = stablehlo.reshape %743 : (tensor<i32>) -> tensor<1xi32>
    %745 = stablehlo.concatenate %744, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %746 = stablehlo.dynamic_broadcast_in_dim %cst_15, %745, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %747 = stablehlo.divide %742, %746 : tensor<?x197x1xf32>
    %748 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %749 = stablehlo.reshape %748 : (tensor<i32>) -> tensor<1xi32>
    %750 = stablehlo.concatenate %749, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %751 = stablehlo.dynamic_broadcast_in_dim %cst_14, %750, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %752 = stablehlo.add %747, %751 : tensor<?x197x1xf32>
    %753 = stablehlo.rsqrt %752 : tensor<?x197x1xf32>
    %754 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %755 = stablehlo.reshape %754 : (tensor<i32>) -> tensor<1xi32>
    %756 = stablehlo.concatenate %755, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %757 = stablehlo.dynamic_broadcast_in_dim %753, %756, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %758 = stablehlo.multiply %736, %757 : tensor<?x197x768xf32>
    %759 = stablehlo.broadcast_in_dim %arg36, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %760 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %761 = stablehlo.reshape %760 : (tensor<i32>) -> tensor<1xi32>
    %762 = stablehlo.concatenate %761, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %763 = stablehlo.dynamic_broadcast_in_dim %759, %762, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %764 = stablehlo.multiply %758, %763 : tensor<?x197x768xf32>
    %765 = stablehlo.broadcast_in_dim %arg37, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %766 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %767 = stablehlo.reshape %766 : (tensor<i32>) -> tensor<1xi32>
    %768 = stablehlo.concatenate %767, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %769 = stablehlo.dynamic_broadcast_in_dim %765, %768, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %770 = stablehlo.add %764, %769 : tensor<?x197x768xf32>
    %771 = stablehlo.dot_general %770, %arg38, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
    %772 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %773 = stablehlo.reshape %772 : (tensor<i32>) -> tensor<1xi32>
    %774 = stablehlo.concatenate %773, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %775 = stablehlo.dynamic_broadcast_in_dim %arg39, %774, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %776 = stablehlo.add %771, %775 : tensor<?x197x3072xf32>
    %777 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %778 = stablehlo.reshape %777 : (tensor<i32>) -> tensor<1xi32>
    %779 = stablehlo.concatenate %778, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %780 = stablehlo.dynamic_broadcast_in_dim %cst_1, %779, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %781 = stablehlo.multiply %776, %780 : tensor<?x197x3072xf32>
    %782 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %783 = stablehlo.reshape %782 : (tensor<i32>) -> tensor<1xi32>
    %784 = stablehlo.concatenate %783, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %785 = stablehlo.dynamic_broadcast_in_dim %cst_0, %784, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %786 = stablehlo.multiply %776, %785 : tensor<?x197x3072xf32>
    %787 = stablehlo.composite "chlo.erf" %786 {decomposition = @chlo.erf.impl_1, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %788 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %789 = stablehlo.reshape %788 : (tensor<i32>) -> tensor<1xi32>
    %790 = stablehlo.concatenate %789, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %791 = stablehlo.dynamic_broadcast_in_dim %cst, %790, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %792 = stablehlo.add %791, %787 : tensor<?x197x3072xf32>
    %793 = stablehlo.multiply %781, %792 : tensor<?x197x3072xf32>
    %794 = stablehlo.dot_general %793, %arg40, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
    %795 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %796 = stablehlo.reshape %795 : (tensor<i32>) -> tensor<1xi32>
    %797 = stablehlo.concatenate %796, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %798 = stablehlo.dynamic_broadcast_in_dim %arg41, %797, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %799 = stablehlo.add %794, %798 : tensor<?x197x768xf32>
    %800 = stablehlo.add %721, %799 : tensor<?x197x768xf32>
    %801 = stablehlo.reduce(%800 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %802 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %803 = stablehlo.reshape %802 : (tensor<i32>) -> tensor<1xi32>
    %804 = stablehlo.concatenate %803, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %805 = stablehlo.dynamic_broadcast_in_dim %801, %804, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %806 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %807 = stablehlo.reshape %806 : (tensor<i32>) -> tensor<1xi32>
    %808 = stablehlo.concatenate %807, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %809 = stablehlo.dynamic_broadcast_in_dim %cst_15, %808, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %810 = stablehlo.divide %805, %809 : tensor<?x197x1xf32>
    %811 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %812 = stablehlo.reshape %811 : (tensor<i32>) -> tensor<1xi32>
    %813 = stablehlo.concatenate %812, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %814 = stablehlo.dynamic_broadcast_in_dim %810, %813, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %815 = stablehlo.subtract %800, %814 : tensor<?x197x768xf32>
    %816 = stablehlo.multiply %815, %815 : tensor<?x197x768xf32>
    %817 = stablehlo.reduce(%816 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %818 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %819 = stablehlo.reshape %818 : (tensor<i32>) -> tensor<1xi32>
    %820 = stablehlo.concatenate %819, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %821 = stablehlo.dynamic_broadcast_in_dim %817, %820, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %822 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %823 = stablehlo.reshape %822 : (tensor<i32>) -> tensor<1xi32>
    %824 = stablehlo.concatenate %823, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %825 = stablehlo.dynamic_broadcast_in_dim %cst_15, %824, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %826 = stablehlo.divide %821, %825 : tensor<?x197x1xf32>
    %827 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %828 = stablehlo.reshape %827 : (tensor<i32>) -> tensor<1xi32>
    %829 = stablehlo.concatenate %828, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %830 = stablehlo.dynamic_broadcast_in_dim %cst_14, %829, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %831 = stablehlo.add %826, %830 : tensor<?x197x1xf32>
    %832 = stablehlo.rsqrt %831 : tensor<?x197x1xf32>
    %833 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %834 = stablehlo.reshape %833 : (tensor<i32>) -> tensor<1xi32>
    %835 = stablehlo.concatenate %834, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %836 = stablehlo.dynamic_broadcast_in_dim %832, %835, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %837 = stablehlo.multiply %815, %836 : tensor<?x197x768xf32>
    %838 = stablehlo.broadcast_in_dim %arg42, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %839 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %840 = stablehlo.reshape %839 : (tensor<i32>) -> tensor<1xi32>
    %841 = stablehlo.concatenate %840, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %842 = stablehlo.dynamic_broadcast_in_dim %838, %841, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %843 = stablehlo.multiply %837, %842 : tensor<?x197x768xf32>
    %844 = stablehlo.broadcast_in_dim %arg43, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %845 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %846 = stablehlo.reshape %845 : (tensor<i32>) -> tensor<1xi32>
    %847 = stablehlo.concatenate %846, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %848 = stablehlo.dynamic_broadcast_in_dim %844, %847, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %849 = stablehlo.add %843, %848 : tensor<?x197x768xf32>
    %850 = stablehlo.transpose %849, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %851 = stablehlo.dot_general %850, %arg44, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
    %852 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %853 = stablehlo.reshape %852 : (tensor<i32>) -> tensor<1xi32>
    %854 = stablehlo.concatenate %c_17, %853, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %855 = stablehlo.dynamic_broadcast_in_dim %arg45, %854, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %856 = stablehlo.add %851, %855 : tensor<197x?x2304xf32>
    %857 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %858 = stablehlo.reshape %857 : (tensor<i32>) -> tensor<1xi32>
    %859 = stablehlo.concatenate %c_17, %858, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %860 = stablehlo.dynamic_reshape %856, %859 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %861 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %862 = stablehlo.reshape %861 : (tensor<i32>) -> tensor<1xi32>
    %863 = stablehlo.concatenate %c_19, %c_17, %862, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %864 = stablehlo.dynamic_broadcast_in_dim %860, %863, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %865 = stablehlo.transpose %864, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %866 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %867 = stablehlo.reshape %866 : (tensor<i32>) -> tensor<1xi32>
    %868 = stablehlo.concatenate %c_12, %c_17, %867, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %869 = stablehlo.dynamic_reshape %865, %868 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %870 = stablehlo.concatenate %c_11, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %871 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %872 = stablehlo.reshape %871 : (tensor<i32>) -> tensor<1xi32>
    %873 = stablehlo.concatenate %c_19, %c_17, %872, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %874 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %875 = stablehlo.real_dynamic_slice %869, %870, %873, %874 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %876 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %877 = stablehlo.reshape %876 : (tensor<i32>) -> tensor<1xi32>
    %878 = stablehlo.concatenate %c_17, %877, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %879 = stablehlo.dynamic_reshape %875, %878 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %880 = stablehlo.concatenate %c_19, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %881 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %882 = stablehlo.reshape %881 : (tensor<i32>) -> tensor<1xi32>
    %883 = stablehlo.concatenate %c_9, %c_17, %882, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %884 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %885 = stablehlo.real_dynamic_slice %869, %880, %883, %884 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %886 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %887 = stablehlo.reshape %886 : (tensor<i32>) -> tensor<1xi32>
    %888 = stablehlo.concatenate %c_17, %887, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %889 = stablehlo.dynamic_reshape %885, %888 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %890 = stablehlo.concatenate %c_9, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %891 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %892 = stablehlo.reshape %891 : (tensor<i32>) -> tensor<1xi32>
    %893 = stablehlo.concatenate %c_12, %c_17, %892, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %894 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %895 = stablehlo.real_dynamic_slice %869, %890, %893, %894 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %896 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %897 = stablehlo.reshape %896 : (tensor<i32>) -> tensor<1xi32>
    %898 = stablehlo.concatenate %c_17, %897, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %899 = stablehlo.dynamic_reshape %895, %898 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %900 = stablehlo.convert %arg1 : tensor<i64>
    %901 = stablehlo.multiply %900, %c_8 : tensor<i64>
    %902 = stablehlo.convert %901 : (tensor<i64>) -> tensor<i32>
    %903 = stablehlo.reshape %902 : (tensor<i32>) -> tensor<1xi32>
    %904 = stablehlo.concatenate %c_17, %903, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %905 = stablehlo.dynamic_reshape %879, %904 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %906 = stablehlo.transpose %905, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %907 = stablehlo.convert %arg1 : tensor<i64>
    %908 = stablehlo.multiply %907, %c_8 : tensor<i64>
    %909 = stablehlo.convert %908 : (tensor<i64>) -> tensor<i32>
    %910 = stablehlo.reshape %909 : (tensor<i32>) -> tensor<1xi32>
    %911 = stablehlo.concatenate %c_17, %910, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %912 = stablehlo.dynamic_reshape %889, %911 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %913 = stablehlo.transpose %912, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %914 = stablehlo.convert %arg1 : tensor<i64>
    %915 = stablehlo.multiply %914, %c_8 : tensor<i64>
    %916 = stablehlo.convert %915 : (tensor<i64>) -> tensor<i32>
    %917 = stablehlo.reshape %916 : (tensor<i32>) -> tensor<1xi32>
    %918 = stablehlo.concatenate %c_17, %917, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %919 = stablehlo.dynamic_reshape %899, %918 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %920 = stablehlo.transpose %919, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %921 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %922 = stablehlo.reshape %921 : (tensor<i32>) -> tensor<1xi32>
    %923 = stablehlo.concatenate %922, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %924 = stablehlo.dynamic_reshape %906, %923 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %925 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %926 = stablehlo.reshape %925 : (tensor<i32>) -> tensor<1xi32>
    %927 = stablehlo.concatenate %926, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %928 = stablehlo.dynamic_reshape %913, %927 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %929 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %930 = stablehlo.reshape %929 : (tensor<i32>) -> tensor<1xi32>
    %931 = stablehlo.concatenate %930, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %932 = stablehlo.dynamic_reshape %920, %931 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %933 = stablehlo.dot_general %924, %928, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %934 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %935 = stablehlo.reshape %934 : (tensor<i32>) -> tensor<1xi32>
    %936 = stablehlo.concatenate %935, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %937 = stablehlo.dynamic_broadcast_in_dim %cst_4, %936, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %938 = stablehlo.multiply %933, %937 : tensor<?x12x197x197xf32>
    %939 = stablehlo.reduce(%938 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %940 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %941 = stablehlo.reshape %940 : (tensor<i32>) -> tensor<1xi32>
    %942 = stablehlo.concatenate %941, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %943 = stablehlo.dynamic_broadcast_in_dim %939, %942, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %944 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %945 = stablehlo.reshape %944 : (tensor<i32>) -> tensor<1xi32>
    %946 = stablehlo.concatenate %945, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %947 = stablehlo.dynamic_broadcast_in_dim %943, %946, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %948 = stablehlo.subtract %938, %947 : tensor<?x12x197x197xf32>
    %949 = stablehlo.exponential %948 : tensor<?x12x197x197xf32>
    %950 = stablehlo.reduce(%949 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %951 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %952 = stablehlo.reshape %951 : (tensor<i32>) -> tensor<1xi32>
    %953 = stablehlo.concatenate %952, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %954 = stablehlo.dynamic_broadcast_in_dim %950, %953, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %955 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %956 = stablehlo.reshape %955 : (tensor<i32>) -> tensor<1xi32>
    %957 = stablehlo.concatenate %956, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %958 = stablehlo.dynamic_broadcast_in_dim %954, %957, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %959 = stablehlo.divide %949, %958 : tensor<?x12x197x197xf32>
    %960 = stablehlo.dot_general %959, %932, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %961 = stablehlo.transpose %960, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %962 = stablehlo.convert %arg1 : tensor<i64>
    %963 = stablehlo.multiply %962, %c_18 : tensor<i64>
    %964 = stablehlo.convert %963 : (tensor<i64>) -> tensor<i32>
    %965 = stablehlo.reshape %964 : (tensor<i32>) -> tensor<1xi32>
    %966 = stablehlo.concatenate %965, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %967 = stablehlo.dynamic_reshape %961, %966 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %968 = stablehlo.dot_general %967, %arg46, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
    %969 = stablehlo.convert %arg1 : tensor<i64>
    %970 = stablehlo.multiply %969, %c_18 : tensor<i64>
    %971 = stablehlo.convert %970 : (tensor<i64>) -> tensor<i32>
    %972 = stablehlo.reshape %971 : (tensor<i32>) -> tensor<1xi32>
    %973 = stablehlo.concatenate %972, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %974 = stablehlo.dynamic_broadcast_in_dim %arg47, %973, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %975 = stablehlo.add %968, %974 : tensor<?x768xf32>
    %976 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %977 = stablehlo.reshape %976 : (tensor<i32>) -> tensor<1xi32>
    %978 = stablehlo.concatenate %c_17, %977, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %979 = stablehlo.dynamic_reshape %975, %978 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %980 = stablehlo.transpose %979, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %981 = stablehlo.add %980, %800 : tensor<?x197x768xf32>
    %982 = stablehlo.reduce(%981 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %983 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %984 = stablehlo.reshape %983 : (tensor<i32>) -> tensor<1xi32>
    %985 = stablehlo.concatenate %984, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %986 = stablehlo.dynamic_broadcast_in_dim %982, %985, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %987 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %988 = stablehlo.reshape %987 : (tensor<i32>) -> tensor<1xi32>
    %989 = stablehlo.concatenate %988, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %990 = stablehlo.dynamic_broadcast_in_dim %cst_15, %989, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %991 = stablehlo.divide %986, %990 : tensor<?x197x1xf32>
    %992 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %993 = stablehlo.reshape %992 : (tensor<i32>) -> tensor<1xi32>
    %994 = stablehlo.concatenate %993, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %995 = stablehlo.dynamic_broadcast_in_dim %991, %994, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %996 = stablehlo.subtract %981, %995 : tensor<?x197x768xf32>
    %997 = stablehlo.multiply %996, %996 : tensor<?x197x768xf32>
    %998 = stablehlo.reduce(%997 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %999 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1000 = stablehlo.reshape %999 : (tensor<i32>) -> tensor<1xi32>
    %1001 = stablehlo.concatenate %1000, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1002 = stablehlo.dynamic_broadcast_in_dim %998, %1001, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1003 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1004 = stablehlo.reshape %1003 : (tensor<i32>) -> tensor<1xi32>
    %1005 = stablehlo.concatenate %1004, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1006 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1005, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1007 = stablehlo.divide %1002, %1006 : tensor<?x197x1xf32>
    %1008 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1009 = stablehlo.reshape %1008 : (tensor<i32>) -> tensor<1xi32>
    %1010 = stablehlo.concatenate %1009, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1011 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1010, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1012 = stablehlo.add %1007, %1011 : tensor<?x197x1xf32>
    %1013 = stablehlo.rsqrt %1012 : tensor<?x197x1xf32>
    %1014 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1015 = stablehlo.reshape %1014 : (tensor<i32>) -> tensor<1xi32>
    %1016 = stablehlo.concatenate %1015, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1017 = stablehlo.dynamic_broadcast_in_dim %1013, %1016, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1018 = stablehlo.multiply %996, %1017 : tensor<?x197x768xf32>
    %1019 = stablehlo.broadcast_in_dim %arg48, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1020 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1021 = stablehlo.reshape %1020 : (tensor<i32>) -> tensor<1xi32>
    %1022 = stablehlo.concatenate %1021, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1023 = stablehlo.dynamic_broadcast_in_dim %1019, %1022, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1024 = stablehlo.multiply %1018, %1023 : tensor<?x197x768xf32>
    %1025 = stablehlo.broadcast_in_dim %arg49, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1026 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1027 = stablehlo.reshape %1026 : (tensor<i32>) -> tensor<1xi32>
    %1028 = stablehlo.concatenate %1027, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1029 = stablehlo.dynamic_broadcast_in_dim %1025, %1028, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1030 = stablehlo.add %1024, %1029 : tensor<?x197x768xf32>
    %1031 = stablehlo.dot_general %1030, %arg50, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
    %1032 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1033 = stablehlo.reshape %1032 : (tensor<i32>) -> tensor<1xi32>
    %1034 = stablehlo.concatenate %1033, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1035 = stablehlo.dynamic_broadcast_in_dim %arg51, %1034, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1036 = stablehlo.add %1031, %1035 : tensor<?x197x3072xf32>
    %1037 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1038 = stablehlo.reshape %1037 : (tensor<i32>) -> tensor<1xi32>
    %1039 = stablehlo.concatenate %1038, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1040 = stablehlo.dynamic_broadcast_in_dim %cst_1, %1039, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1041 = stablehlo.multiply %1036, %1040 : tensor<?x197x3072xf32>
    %1042 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1043 = stablehlo.reshape %1042 : (tensor<i32>) -> tensor<1xi32>
    %1044 = stablehlo.concatenate %1043, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1045 = stablehlo.dynamic_broadcast_in_dim %cst_0, %1044, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1046 = stablehlo.multiply %1036, %1045 : tensor<?x197x3072xf32>
    %1047 = stablehlo.composite "chlo.erf" %1046 {decomposition = @chlo.erf.impl_2, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %1048 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1049 = stablehlo.reshape %1048 : (tensor<i32>) -> tensor<1xi32>
    %1050 = stablehlo.concatenate %1049, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1051 = stablehlo.dynamic_broadcast_in_dim %cst, %1050, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1052 = stablehlo.add %1051, %1047 : tensor<?x197x3072xf32>
    %1053 = stablehlo.multiply %1041, %1052 : tensor<?x197x3072xf32>
    %1054 = stablehlo.dot_general %1053, %arg52, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
    %1055 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1056 = stablehlo.reshape %1055 : (tensor<i32>) -> tensor<1xi32>
    %1057 = stablehlo.concatenate %1056, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1058 = stablehlo.dynamic_broadcast_in_dim %arg53, %1057, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1059 = stablehlo.add %1054, %1058 : tensor<?x197x768xf32>
    %1060 = stablehlo.add %981, %1059 : tensor<?x197x768xf32>
    %1061 = stablehlo.reduce(%1060 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1062 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1063 = stablehlo.reshape %1062 : (tensor<i32>) -> tensor<1xi32>
    %1064 = stablehlo.concatenate %1063, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1065 = stablehlo.dynamic_broadcast_in_dim %1061, %1064, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1066 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1067 = stablehlo.reshape %1066 : (tensor<i32>) -> tensor<1xi32>
    %1068 = stablehlo.concatenate %1067, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1069 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1068, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1070 = stablehlo.divide %1065, %1069 : tensor<?x197x1xf32>
    %1071 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1072 = stablehlo.reshape %1071 : (tensor<i32>) -> tensor<1xi32>
    %1073 = stablehlo.concatenate %1072, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1074 = stablehlo.dynamic_broadcast_in_dim %1070, %1073, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1075 = stablehlo.subtract %1060, %1074 : tensor<?x197x768xf32>
    %1076 = stablehlo.multiply %1075, %1075 : tensor<?x197x768xf32>
    %1077 = stablehlo.reduce(%1076 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1078 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1079 = stablehlo.reshape %1078 : (tensor<i32>) -> tensor<1xi32>
    %1080 = stablehlo.concatenate %1079, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1081 = stablehlo.dynamic_broadcast_in_dim %1077, %1080, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1082 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1083 = stablehlo.reshape %1082 : (tensor<i32>) -> tensor<1xi32>
    %1084 = stablehlo.concatenate %1083, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1085 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1084, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1086 = stablehlo.divide %1081, %1085 : tensor<?x197x1xf32>
    %1087 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1088 = stablehlo.reshape %1087 : (tensor<i32>) -> tensor<1xi32>
    %1089 = stablehlo.concatenate %1088, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1090 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1089, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1091 = stablehlo.add %1086, %1090 : tensor<?x197x1xf32>
    %1092 = stablehlo.rsqrt %1091 : tensor<?x197x1xf32>
    %1093 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1094 = stablehlo.reshape %1093 : (tensor<i32>) -> tensor<1xi32>
    %1095 = stablehlo.concatenate %1094, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1096 = stablehlo.dynamic_broadcast_in_dim %1092, %1095, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1097 = stablehlo.multiply %1075, %1096 : tensor<?x197x768xf32>
    %1098 = stablehlo.broadcast_in_dim %arg54, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1099 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1100 = stablehlo.reshape %1099 : (tensor<i32>) -> tensor<1xi32>
    %1101 = stablehlo.concatenate %1100, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1102 = stablehlo.dynamic_broadcast_in_dim %1098, %1101, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1103 = stablehlo.multiply %1097, %1102 : tensor<?x197x768xf32>
    %1104 = stablehlo.broadcast_in_dim %arg55, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1105 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1106 = stablehlo.reshape %1105 : (tensor<i32>) -> tensor<1xi32>
    %1107 = stablehlo.concatenate %1106, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1108 = stablehlo.dynamic_broadcast_in_dim %1104, %1107, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1109 = stablehlo.add %1103, %1108 : tensor<?x197x768xf32>
    %1110 = stablehlo.transpose %1109, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %1111 = stablehlo.dot_general %1110, %arg56, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
    %1112 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1113 = stablehlo.reshape %1112 : (tensor<i32>) -> tensor<1xi32>
    %1114 = stablehlo.concatenate %c_17, %1113, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1115 = stablehlo.dynamic_broadcast_in_dim %arg57, %1114, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %1116 = stablehlo.add %1111, %1115 : tensor<197x?x2304xf32>
    %1117 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1118 = stablehlo.reshape %1117 : (tensor<i32>) -> tensor<1xi32>
    %1119 = stablehlo.concatenate %c_17, %1118, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1120 = stablehlo.dynamic_reshape %1116, %1119 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %1121 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1122 = stablehlo.reshape %1121 : (tensor<i32>) -> tensor<1xi32>
    %1123 = stablehlo.concatenate %c_19, %c_17, %1122, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %1124 = stablehlo.dynamic_broadcast_in_dim %1120, %1123, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %1125 = stablehlo.transpose %1124, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %1126 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1127 = stablehlo.reshape %1126 : (tensor<i32>) -> tensor<1xi32>
    %1128 = stablehlo.concatenate %c_12, %c_17, %1127, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1129 = stablehlo.dynamic_reshape %1125, %1128 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %1130 = stablehlo.concatenate %c_11, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1131 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1132 = stablehlo.reshape %1131 : (tensor<i32>) -> tensor<1xi32>
    %1133 = stablehlo.concatenate %c_19, %c_17, %1132, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1134 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1135 = stablehlo.real_dynamic_slice %1129, %1130, %1133, %1134 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1136 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1137 = stablehlo.reshape %1136 : (tensor<i32>) -> tensor<1xi32>
    %1138 = stablehlo.concatenate %c_17, %1137, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1139 = stablehlo.dynamic_reshape %1135, %1138 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1140 = stablehlo.concatenate %c_19, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1141 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1142 = stablehlo.reshape %1141 : (tensor<i32>) -> tensor<1xi32>
    %1143 = stablehlo.concatenate %c_9, %c_17, %1142, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1144 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1145 = stablehlo.real_dynamic_slice %1129, %1140, %1143, %1144 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1146 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1147 = stablehlo.reshape %1146 : (tensor<i32>) -> tensor<1xi32>
    %1148 = stablehlo.concatenate %c_17, %1147, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1149 = stablehlo.dynamic_reshape %1145, %1148 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1150 = stablehlo.concatenate %c_9, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1151 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1152 = stablehlo.reshape %1151 : (tensor<i32>) -> tensor<1xi32>
    %1153 = stablehlo.concatenate %c_12, %c_17, %1152, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1154 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1155 = stablehlo.real_dynamic_slice %1129, %1150, %1153, %1154 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1156 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1157 = stablehlo.reshape %1156 : (tensor<i32>) -> tensor<1xi32>
    %1158 = stablehlo.concatenate %c_17, %1157, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1159 = stablehlo.dynamic_reshape %1155, %1158 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1160 = stablehlo.convert %arg1 : tensor<i64>
    %1161 = stablehlo.multiply %1160, %c_8 : tensor<i64>
    %1162 = stablehlo.convert %1161 : (tensor<i64>) -> tensor<i32>
    %1163 = stablehlo.reshape %1162 : (tensor<i32>) -> tensor<1xi32>
    %1164 = stablehlo.concatenate %c_17, %1163, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1165 = stablehlo.dynamic_reshape %1139, %1164 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1166 = stablehlo.transpose %1165, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1167 = stablehlo.convert %arg1 : tensor<i64>
    %1168 = stablehlo.multiply %1167, %c_8 : tensor<i64>
    %1169 = stablehlo.convert %1168 : (tensor<i64>) -> tensor<i32>
    %1170 = stablehlo.reshape %1169 : (tensor<i32>) -> tensor<1xi32>
    %1171 = stablehlo.concatenate %c_17, %1170, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1172 = stablehlo.dynamic_reshape %1149, %1171 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1173 = stablehlo.transpose %1172, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1174 = stablehlo.convert %arg1 : tensor<i64>
    %1175 = stablehlo.multiply %1174, %c_8 : tensor<i64>
    %1176 = stablehlo.convert %1175 : (tensor<i64>) -> tensor<i32>
    %1177 = stablehlo.reshape %1176 : (tensor<i32>) -> tensor<1xi32>
    %1178 = stablehlo.concatenate %c_17, %1177, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1179 = stablehlo.dynamic_reshape %1159, %1178 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1180 = stablehlo.transpose %1179, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1181 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1182 = stablehlo.reshape %1181 : (tensor<i32>) -> tensor<1xi32>
    %1183 = stablehlo.concatenate %1182, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1184 = stablehlo.dynamic_reshape %1166, %1183 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1185 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1186 = stablehlo.reshape %1185 : (tensor<i32>) -> tensor<1xi32>
    %1187 = stablehlo.concatenate %1186, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1188 = stablehlo.dynamic_reshape %1173, %1187 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1189 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1190 = stablehlo.reshape %1189 : (tensor<i32>) -> tensor<1xi32>
    %1191 = stablehlo.concatenate %1190, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1192 = stablehlo.dynamic_reshape %1180, %1191 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1193 = stablehlo.dot_general %1184, %1188, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %1194 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1195 = stablehlo.reshape %1194 : (tensor<i32>) -> tensor<1xi32>
    %1196 = stablehlo.concatenate %1195, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1197 = stablehlo.dynamic_broadcast_in_dim %cst_4, %1196, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1198 = stablehlo.multiply %1193, %1197 : tensor<?x12x197x197xf32>
    %1199 = stablehlo.reduce(%1198 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1200 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1201 = stablehlo.reshape %1200 : (tensor<i32>) -> tensor<1xi32>
    %1202 = stablehlo.concatenate %1201, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1203 = stablehlo.dynamic_broadcast_in_dim %1199, %1202, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1204 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1205 = stablehlo.reshape %1204 : (tensor<i32>) -> tensor<1xi32>
    %1206 = stablehlo.concatenate %1205, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1207 = stablehlo.dynamic_broadcast_in_dim %1203, %1206, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1208 = stablehlo.subtract %1198, %1207 : tensor<?x12x197x197xf32>
    %1209 = stablehlo.exponential %1208 : tensor<?x12x197x197xf32>
    %1210 = stablehlo.reduce(%1209 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1211 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1212 = stablehlo.reshape %1211 : (tensor<i32>) -> tensor<1xi32>
    %1213 = stablehlo.concatenate %1212, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1214 = stablehlo.dynamic_broadcast_in_dim %1210, %1213, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1215 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1216 = stablehlo.reshape %1215 : (tensor<i32>) -> tensor<1xi32>
    %1217 = stablehlo.concatenate %1216, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1218 = stablehlo.dynamic_broadcast_in_dim %1214, %1217, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1219 = stablehlo.divide %1209, %1218 : tensor<?x12x197x197xf32>
    %1220 = stablehlo.dot_general %1219, %1192, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %1221 = stablehlo.transpose %1220, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %1222 = stablehlo.convert %arg1 : tensor<i64>
    %1223 = stablehlo.multiply %1222, %c_18 : tensor<i64>
    %1224 = stablehlo.convert %1223 : (tensor<i64>) -> tensor<i32>
    %1225 = stablehlo.reshape %1224 : (tensor<i32>) -> tensor<1xi32>
    %1226 = stablehlo.concatenate %1225, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1227 = stablehlo.dynamic_reshape %1221, %1226 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1228 = stablehlo.dot_general %1227, %arg58, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
    %1229 = stablehlo.convert %arg1 : tensor<i64>
    %1230 = stablehlo.multiply %1229, %c_18 : tensor<i64>
    %1231 = stablehlo.convert %1230 : (tensor<i64>) -> tensor<i32>
    %1232 = stablehlo.reshape %1231 : (tensor<i32>) -> tensor<1xi32>
    %1233 = stablehlo.concatenate %1232, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1234 = stablehlo.dynamic_broadcast_in_dim %arg59, %1233, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1235 = stablehlo.add %1228, %1234 : tensor<?x768xf32>
    %1236 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1237 = stablehlo.reshape %1236 : (tensor<i32>) -> tensor<1xi32>
    %1238 = stablehlo.concatenate %c_17, %1237, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1239 = stablehlo.dynamic_reshape %1235, %1238 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1240 = stablehlo.transpose %1239, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %1241 = stablehlo.add %1240, %1060 : tensor<?x197x768xf32>
    %1242 = stablehlo.reduce(%1241 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1243 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1244 = stablehlo.reshape %1243 : (tensor<i32>) -> tensor<1xi32>
    %1245 = stablehlo.concatenate %1244, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1246 = stablehlo.dynamic_broadcast_in_dim %1242, %1245, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1247 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1248 = stablehlo.reshape %1247 : (tensor<i32>) -> tensor<1xi32>
    %1249 = stablehlo.concatenate %1248, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1250 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1249, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1251 = stablehlo.divide %1246, %1250 : tensor<?x197x1xf32>
    %1252 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1253 = stablehlo.reshape %1252 : (tensor<i32>) -> tensor<1xi32>
    %1254 = stablehlo.concatenate %1253, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1255 = stablehlo.dynamic_broadcast_in_dim %1251, %1254, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1256 = stablehlo.subtract %1241, %1255 : tensor<?x197x768xf32>
    %1257 = stablehlo.multiply %1256, %1256 : tensor<?x197x768xf32>
    %1258 = stablehlo.reduce(%1257 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1259 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1260 = stablehlo.reshape %1259 : (tensor<i32>) -> tensor<1xi32>
    %1261 = stablehlo.concatenate %1260, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1262 = stablehlo.dynamic_broadcast_in_dim %1258, %1261, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1263 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1264 = stablehlo.reshape %1263 : (tensor<i32>) -> tensor<1xi32>
    %1265 = stablehlo.concatenate %1264, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1266 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1265, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1267 = stablehlo.divide %1262, %1266 : tensor<?x197x1xf32>
    %1268 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1269 = stablehlo.reshape %1268 : (tensor<i32>) -> tensor<1xi32>
    %1270 = stablehlo.concatenate %1269, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1271 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1270, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1272 = stablehlo.add %1267, %1271 : tensor<?x197x1xf32>
    %1273 = stablehlo.rsqrt %1272 : tensor<?x197x1xf32>
    %1274 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1275 = stablehlo.reshape %1274 : (tensor<i32>) -> tensor<1xi32>
    %1276 = stablehlo.concatenate %1275, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1277 = stablehlo.dynamic_broadcast_in_dim %1273, %1276, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1278 = stablehlo.multiply %1256, %1277 : tensor<?x197x768xf32>
    %1279 = stablehlo.broadcast_in_dim %arg60, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1280 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1281 = stablehlo.reshape %1280 : (tensor<i32>) -> tensor<1xi32>
    %1282 = stablehlo.concatenate %1281, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1283 = stablehlo.dynamic_broadcast_in_dim %1279, %1282, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1284 = stablehlo.multiply %1278, %1283 : tensor<?x197x768xf32>
    %1285 = stablehlo.broadcast_in_dim %arg61, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1286 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1287 = stablehlo.reshape %1286 : (tensor<i32>) -> tensor<1xi32>
    %1288 = stablehlo.concatenate %1287, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1289 = stablehlo.dynamic_broadcast_in_dim %1285, %1288, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1290 = stablehlo.add %1284, %1289 : tensor<?x197x768xf32>
    %1291 = stablehlo.dot_general %1290, %arg62, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
    %1292 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1293 = stablehlo.reshape %1292 : (tensor<i32>) -> tensor<1xi32>
    %1294 = stablehlo.concatenate %1293, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1295 = stablehlo.dynamic_broadcast_in_dim %arg63, %1294, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1296 = stablehlo.add %1291, %1295 : tensor<?x197x3072xf32>
    %1297 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1298 = stablehlo.reshape %1297 : (tensor<i32>) -> tensor<1xi32>
    %1299 = stablehlo.concatenate %1298, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1300 = stablehlo.dynamic_broadcast_in_dim %cst_1, %1299, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1301 = stablehlo.multiply %1296, %1300 : tensor<?x197x3072xf32>
    %1302 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1303 = stablehlo.reshape %1302 : (tensor<i32>) -> tensor<1xi32>
    %1304 = stablehlo.concatenate %1303, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1305 = stablehlo.dynamic_broadcast_in_dim %cst_0, %1304, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1306 = stablehlo.multiply %1296, %1305 : tensor<?x197x3072xf32>
    %1307 = stablehlo.composite "chlo.erf" %1306 {decomposition = @chlo.erf.impl_3, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %1308 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1309 = stablehlo.reshape %1308 : (tensor<i32>) -> tensor<1xi32>
    %1310 = stablehlo.concatenate %1309, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1311 = stablehlo.dynamic_broadcast_in_dim %cst, %1310, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1312 = stablehlo.add %1311, %1307 : tensor<?x197x3072xf32>
    %1313 = stablehlo.multiply %1301, %1312 : tensor<?x197x3072xf32>
    %1314 = stablehlo.dot_general %1313, %arg64, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
    %1315 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1316 = stablehlo.reshape %1315 : (tensor<i32>) -> tensor<1xi32>
    %1317 = stablehlo.concatenate %1316, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1318 = stablehlo.dynamic_broadcast_in_dim %arg65, %1317, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1319 = stablehlo.add %1314, %1318 : tensor<?x197x768xf32>
    %1320 = stablehlo.add %1241, %1319 : tensor<?x197x768xf32>
    %1321 = stablehlo.reduce(%1320 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1322 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1323 = stablehlo.reshape %1322 : (tensor<i32>) -> tensor<1xi32>
    %1324 = stablehlo.concatenate %1323, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1325 = stablehlo.dynamic_broadcast_in_dim %1321, %1324, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1326 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1327 = stablehlo.reshape %1326 : (tensor<i32>) -> tensor<1xi32>
    %1328 = stablehlo.concatenate %1327, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1329 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1328, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1330 = stablehlo.divide %1325, %1329 : tensor<?x197x1xf32>
    %1331 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1332 = stablehlo.reshape %1331 : (tensor<i32>) -> tensor<1xi32>
    %1333 = stablehlo.concatenate %1332, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1334 = stablehlo.dynamic_broadcast_in_dim %1330, %1333, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1335 = stablehlo.subtract %1320, %1334 : tensor<?x197x768xf32>
    %1336 = stablehlo.multiply %1335, %1335 : tensor<?x197x768xf32>
    %1337 = stablehlo.reduce(%1336 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1338 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1339 = stablehlo.reshape %1338 : (tensor<i32>) -> tensor<1xi32>
    %1340 = stablehlo.concatenate %1339, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1341 = stablehlo.dynamic_broadcast_in_dim %1337, %1340, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1342 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1343 = stablehlo.reshape %1342 : (tensor<i32>) -> tensor<1xi32>
    %1344 = stablehlo.concatenate %1343, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1345 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1344, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1346 = stablehlo.divide %1341, %1345 : tensor<?x197x1xf32>
    %1347 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1348 = stablehlo.reshape %1347 : (tensor<i32>) -> tensor<1xi32>
    %1349 = stablehlo.concatenate %1348, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1350 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1349, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1351 = stablehlo.add %1346, %1350 : tensor<?x197x1xf32>
    %1352 = stablehlo.rsqrt %1351 : tensor<?x197x1xf32>
    %1353 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1354 = stablehlo.reshape %1353 : (tensor<i32>) -> tensor<1xi32>
    %1355 = stablehlo.concatenate %1354, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1356 = stablehlo.dynamic_broadcast_in_dim %1352, %1355, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1357 = stablehlo.multiply %1335, %1356 : tensor<?x197x768xf32>
    %1358 = stablehlo.broadcast_in_dim %arg66, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1359 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1360 = stablehlo.reshape %1359 : (tensor<i32>) -> tensor<1xi32>
    %1361 = stablehlo.concatenate %1360, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1362 = stablehlo.dynamic_broadcast_in_dim %1358, %1361, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1363 = stablehlo.multiply %1357, %1362 : tensor<?x197x768xf32>
    %1364 = stablehlo.broadcast_in_dim %arg67, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1365 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1366 = stablehlo.reshape %1365 : (tensor<i32>) -> tensor<1xi32>
    %1367 = stablehlo.concatenate %1366, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1368 = stablehlo.dynamic_broadcast_in_dim %1364, %1367, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1369 = stablehlo.add %1363, %1368 : tensor<?x197x768xf32>
    %1370 = stablehlo.transpose %1369, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %1371 = stablehlo.dot_general %1370, %arg68, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
    %1372 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1373 = stablehlo.reshape %1372 : (tensor<i32>) -> tensor<1xi32>
    %1374 = stablehlo.concatenate %c_17, %1373, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1375 = stablehlo.dynamic_broadcast_in_dim %arg69, %1374, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %1376 = stablehlo.add %1371, %1375 : tensor<197x?x2304xf32>
    %1377 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1378 = stablehlo.reshape %1377 : (tensor<i32>) -> tensor<1xi32>
    %1379 = stablehlo.concatenate %c_17, %1378, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1380 = stablehlo.dynamic_reshape %1376, %1379 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %1381 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1382 = stablehlo.reshape %1381 : (tensor<i32>) -> tensor<1xi32>
    %1383 = stablehlo.concatenate %c_19, %c_17, %1382, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %1384 = stablehlo.dynamic_broadcast_in_dim %1380, %1383, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %1385 = stablehlo.transpose %1384, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %1386 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1387 = stablehlo.reshape %1386 : (tensor<i32>) -> tensor<1xi32>
    %1388 = stablehlo.concatenate %c_12, %c_17, %1387, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1389 = stablehlo.dynamic_reshape %1385, %1388 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %1390 = stablehlo.concatenate %c_11, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1391 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1392 = stablehlo.reshape %1391 : (tensor<i32>) -> tensor<1xi32>
    %1393 = stablehlo.concatenate %c_19, %c_17, %1392, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1394 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1395 = stablehlo.real_dynamic_slice %1389, %1390, %1393, %1394 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1396 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1397 = stablehlo.reshape %1396 : (tensor<i32>) -> tensor<1xi32>
    %1398 = stablehlo.concatenate %c_17, %1397, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1399 = stablehlo.dynamic_reshape %1395, %1398 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1400 = stablehlo.concatenate %c_19, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1401 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1402 = stablehlo.reshape %1401 : (tensor<i32>) -> tensor<1xi32>
    %1403 = stablehlo.concatenate %c_9, %c_17, %1402, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1404 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1405 = stablehlo.real_dynamic_slice %1389, %1400, %1403, %1404 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1406 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1407 = stablehlo.reshape %1406 : (tensor<i32>) -> tensor<1xi32>
    %1408 = stablehlo.concatenate %c_17, %1407, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1409 = stablehlo.dynamic_reshape %1405, %1408 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1410 = stablehlo.concatenate %c_9, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1411 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1412 = stablehlo.reshape %1411 : (tensor<i32>) -> tensor<1xi32>
    %1413 = stablehlo.concatenate %c_12, %c_17, %1412, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1414 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1415 = stablehlo.real_dynamic_slice %1389, %1410, %1413, %1414 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1416 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1417 = stablehlo.reshape %1416 : (tensor<i32>) -> tensor<1xi32>
    %1418 = stablehlo.concatenate %c_17, %1417, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1419 = stablehlo.dynamic_reshape %1415, %1418 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1420 = stablehlo.convert %arg1 : tensor<i64>
    %1421 = stablehlo.multiply %1420, %c_8 : tensor<i64>
    %1422 = stablehlo.convert %1421 : (tensor<i64>) -> tensor<i32>
    %1423 = stablehlo.reshape %1422 : (tensor<i32>) -> tensor<1xi32>
    %1424 = stablehlo.concatenate %c_17, %1423, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1425 = stablehlo.dynamic_reshape %1399, %1424 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1426 = stablehlo.transpose %1425, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1427 = stablehlo.convert %arg1 : tensor<i64>
    %1428 = stablehlo.multiply %1427, %c_8 : tensor<i64>
    %1429 = stablehlo.convert %1428 : (tensor<i64>) -> tensor<i32>
    %1430 = stablehlo.reshape %1429 : (tensor<i32>) -> tensor<1xi32>
    %1431 = stablehlo.concatenate %c_17, %1430, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1432 = stablehlo.dynamic_reshape %1409, %1431 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1433 = stablehlo.transpose %1432, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1434 = stablehlo.convert %arg1 : tensor<i64>
    %1435 = stablehlo.multiply %1434, %c_8 : tensor<i64>
    %1436 = stablehlo.convert %1435 : (tensor<i64>) -> tensor<i32>
    %1437 = stablehlo.reshape %1436 : (tensor<i32>) -> tensor<1xi32>
    %1438 = stablehlo.concatenate %c_17, %1437, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1439 = stablehlo.dynamic_reshape %1419, %1438 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1440 = stablehlo.transpose %1439, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1441 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1442 = stablehlo.reshape %1441 : (tensor<i32>) -> tensor<1xi32>
    %1443 = stablehlo.concatenate %1442, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1444 = stablehlo.dynamic_reshape %1426, %1443 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1445 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1446 = stablehlo.reshape %1445 : (tensor<i32>) -> tensor<1xi32>
    %1447 = stablehlo.concatenate %1446, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1448 = stablehlo.dynamic_reshape %1433, %1447 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1449 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1450 = stablehlo.reshape %1449 : (tensor<i32>) -> tensor<1xi32>
    %1451 = stablehlo.concatenate %1450, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1452 = stablehlo.dynamic_reshape %1440, %1451 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1453 = stablehlo.dot_general %1444, %1448, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %1454 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1455 = stablehlo.reshape %1454 : (tensor<i32>) -> tensor<1xi32>
    %1456 = stablehlo.concatenate %1455, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1457 = stablehlo.dynamic_broadcast_in_dim %cst_4, %1456, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1458 = stablehlo.multiply %1453, %1457 : tensor<?x12x197x197xf32>
    %1459 = stablehlo.reduce(%1458 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1460 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1461 = stablehlo.reshape %1460 : (tensor<i32>) -> tensor<1xi32>
    %1462 = stablehlo.concatenate %1461, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1463 = stablehlo.dynamic_broadcast_in_dim %1459, %1462, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1464 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1465 = stablehlo.reshape %1464 : (tensor<i32>) -> tensor<1xi32>
    %1466 = stablehlo.concatenate %1465, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1467 = stablehlo.dynamic_broadcast_in_dim %1463, %1466, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1468 = stablehlo.subtract %1458, %1467 : tensor<?x12x197x197xf32>
    %1469 = stablehlo.exponential %1468 : tensor<?x12x197x197xf32>
    %1470 = stablehlo.reduce(%1469 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1471 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1472 = stablehlo.reshape %1471 : (tensor<i32>) -> tensor<1xi32>
    %1473 = stablehlo.concatenate %1472, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1474 = stablehlo.dynamic_broadcast_in_dim %1470, %1473, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1475 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1476 = stablehlo.reshape %1475 : (tensor<i32>) -> tensor<1xi32>
    %1477 = stablehlo.concatenate %1476, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1478 = stablehlo.dynamic_broadcast_in_dim %1474, %1477, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1479 = stablehlo.divide %1469, %1478 : tensor<?x12x197x197xf32>
    %1480 = stablehlo.dot_general %1479, %1452, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %1481 = stablehlo.transpose %1480, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %1482 = stablehlo.convert %arg1 : tensor<i64>
    %1483 = stablehlo.multiply %1482, %c_18 : tensor<i64>
    %1484 = stablehlo.convert %1483 : (tensor<i64>) -> tensor<i32>
    %1485 = stablehlo.reshape %1484 : (tensor<i32>) -> tensor<1xi32>
    %1486 = stablehlo.concatenate %1485, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1487 = stablehlo.dynamic_reshape %1481, %1486 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1488 = stablehlo.dot_general %1487, %arg70, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
    %1489 = stablehlo.convert %arg1 : tensor<i64>
    %1490 = stablehlo.multiply %1489, %c_18 : tensor<i64>
    %1491 = stablehlo.convert %1490 : (tensor<i64>) -> tensor<i32>
    %1492 = stablehlo.reshape %1491 : (tensor<i32>) -> tensor<1xi32>
    %1493 = stablehlo.concatenate %1492, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1494 = stablehlo.dynamic_broadcast_in_dim %arg71, %1493, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1495 = stablehlo.add %1488, %1494 : tensor<?x768xf32>
    %1496 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1497 = stablehlo.reshape %1496 : (tensor<i32>) -> tensor<1xi32>
    %1498 = stablehlo.concatenate %c_17, %1497, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1499 = stablehlo.dynamic_reshape %1495, %1498 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1500 = stablehlo.transpose %1499, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %1501 = stablehlo.add %1500, %1320 : tensor<?x197x768xf32>
    %1502 = stablehlo.reduce(%1501 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1503 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1504 = stablehlo.reshape %1503 : (tensor<i32>) -> tensor<1xi32>
    %1505 = stablehlo.concatenate %1504, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1506 = stablehlo.dynamic_broadcast_in_dim %1502, %1505, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1507 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1508 = stablehlo.reshape %1507 : (tensor<i32>) -> tensor<1xi32>
    %1509 = stablehlo.concatenate %1508, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1510 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1509, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1511 = stablehlo.divide %1506, %1510 : tensor<?x197x1xf32>
    %1512 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1513 = stablehlo.reshape %1512 : (tensor<i32>) -> tensor<1xi32>
    %1514 = stablehlo.concatenate %1513, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1515 = stablehlo.dynamic_broadcast_in_dim %1511, %1514, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1516 = stablehlo.subtract %1501, %1515 : tensor<?x197x768xf32>
    %1517 = stablehlo.multiply %1516, %1516 : tensor<?x197x768xf32>
    %1518 = stablehlo.reduce(%1517 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1519 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1520 = stablehlo.reshape %1519 : (tensor<i32>) -> tensor<1xi32>
    %1521 = stablehlo.concatenate %1520, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1522 = stablehlo.dynamic_broadcast_in_dim %1518, %1521, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1523 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1524 = stablehlo.reshape %1523 : (tensor<i32>) -> tensor<1xi32>
    %1525 = stablehlo.concatenate %1524, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1526 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1525, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1527 = stablehlo.divide %1522, %1526 : tensor<?x197x1xf32>
    %1528 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1529 = stablehlo.reshape %1528 : (tensor<i32>) -> tensor<1xi32>
    %1530 = stablehlo.concatenate %1529, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1531 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1530, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1532 = stablehlo.add %1527, %1531 : tensor<?x197x1xf32>
    %1533 = stablehlo.rsqrt %1532 : tensor<?x197x1xf32>
    %1534 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1535 = stablehlo.reshape %1534 : (tensor<i32>) -> tensor<1xi32>
    %1536 = stablehlo.concatenate %1535, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1537 = stablehlo.dynamic_broadcast_in_dim %1533, %1536, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1538 = stablehlo.multiply %1516, %1537 : tensor<?x197x768xf32>
    %1539 = stablehlo.broadcast_in_dim %arg72, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1540 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1541 = stablehlo.reshape %1540 : (tensor<i32>) -> tensor<1xi32>
    %1542 = stablehlo.concatenate %1541, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1543 = stablehlo.dynamic_broadcast_in_dim %1539, %1542, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1544 = stablehlo.multiply %1538, %1543 : tensor<?x197x768xf32>
    %1545 = stablehlo.broadcast_in_dim %arg73, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1546 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1547 = stablehlo.reshape %1546 : (tensor<i32>) -> tensor<1xi32>
    %1548 = stablehlo.concatenate %1547, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1549 = stablehlo.dynamic_broadcast_in_dim %1545, %1548, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1550 = stablehlo.add %1544, %1549 : tensor<?x197x768xf32>
    %1551 = stablehlo.dot_general %1550, %arg74, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
    %1552 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1553 = stablehlo.reshape %1552 : (tensor<i32>) -> tensor<1xi32>
    %1554 = stablehlo.concatenate %1553, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1555 = stablehlo.dynamic_broadcast_in_dim %arg75, %1554, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1556 = stablehlo.add %1551, %1555 : tensor<?x197x3072xf32>
    %1557 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1558 = stablehlo.reshape %1557 : (tensor<i32>) -> tensor<1xi32>
    %1559 = stablehlo.concatenate %1558, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1560 = stablehlo.dynamic_broadcast_in_dim %cst_1, %1559, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1561 = stablehlo.multiply %1556, %1560 : tensor<?x197x3072xf32>
    %1562 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1563 = stablehlo.reshape %1562 : (tensor<i32>) -> tensor<1xi32>
    %1564 = stablehlo.concatenate %1563, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1565 = stablehlo.dynamic_broadcast_in_dim %cst_0, %1564, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1566 = stablehlo.multiply %1556, %1565 : tensor<?x197x3072xf32>
    %1567 = stablehlo.composite "chlo.erf" %1566 {decomposition = @chlo.erf.impl_4, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %1568 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1569 = stablehlo.reshape %1568 : (tensor<i32>) -> tensor<1xi32>
    %1570 = stablehlo.concatenate %1569, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1571 = stablehlo.dynamic_broadcast_in_dim %cst, %1570, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1572 = stablehlo.add %1571, %1567 : tensor<?x197x3072xf32>
    %1573 = stablehlo.multiply %1561, %1572 : tensor<?x197x3072xf32>
    %1574 = stablehlo.dot_general %1573, %arg76, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
    %1575 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1576 = stablehlo.reshape %1575 : (tensor<i32>) -> tensor<1xi32>
    %1577 = stablehlo.concatenate %1576, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1578 = stablehlo.dynamic_broadcast_in_dim %arg77, %1577, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1579 = stablehlo.add %1574, %1578 : tensor<?x197x768xf32>
    %1580 = stablehlo.add %1501, %1579 : tensor<?x197x768xf32>
    %1581 = stablehlo.reduce(%1580 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1582 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1583 = stablehlo.reshape %1582 : (tensor<i32>) -> tensor<1xi32>
    %1584 = stablehlo.concatenate %1583, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1585 = stablehlo.dynamic_broadcast_in_dim %1581, %1584, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1586 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1587 = stablehlo.reshape %1586 : (tensor<i32>) -> tensor<1xi32>
    %1588 = stablehlo.concatenate %1587, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1589 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1588, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1590 = stablehlo.divide %1585, %1589 : tensor<?x197x1xf32>
    %1591 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1592 = stablehlo.reshape %1591 : (tensor<i32>) -> tensor<1xi32>
    %1593 = stablehlo.concatenate %1592, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1594 = stablehlo.dynamic_broadcast_in_dim %1590, %1593, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1595 = stablehlo.subtract %1580, %1594 : tensor<?x197x768xf32>
    %1596 = stablehlo.multiply %1595, %1595 : tensor<?x197x768xf32>
    %1597 = stablehlo.reduce(%1596 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1598 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1599 = stablehlo.reshape %1598 : (tensor<i32>) -> tensor<1xi32>
    %1600 = stablehlo.concatenate %1599, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1601 = stablehlo.dynamic_broadcast_in_dim %1597, %1600, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1602 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1603 = stablehlo.reshape %1602 : (tensor<i32>) -> tensor<1xi32>
    %1604 = stablehlo.concatenate %1603, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1605 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1604, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1606 = stablehlo.divide %1601, %1605 : tensor<?x197x1xf32>
    %1607 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1608 = stablehlo.reshape %1607 : (tensor<i32>) -> tensor<1xi32>
    %1609 = stablehlo.concatenate %1608, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1610 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1609, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1611 = stablehlo.add %1606, %1610 : tensor<?x197x1xf32>
    %1612 = stablehlo.rsqrt %1611 : tensor<?x197x1xf32>
    %1613 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1614 = stablehlo.reshape %1613 : (tensor<i32>) -> tensor<1xi32>
    %1615 = stablehlo.concatenate %1614, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1616 = stablehlo.dynamic_broadcast_in_dim %1612, %1615, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1617 = stablehlo.multiply %1595, %1616 : tensor<?x197x768xf32>
    %1618 = stablehlo.broadcast_in_dim %arg78, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1619 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1620 = stablehlo.reshape %1619 : (tensor<i32>) -> tensor<1xi32>
    %1621 = stablehlo.concatenate %1620, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1622 = stablehlo.dynamic_broadcast_in_dim %1618, %1621, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1623 = stablehlo.multiply %1617, %1622 : tensor<?x197x768xf32>
    %1624 = stablehlo.broadcast_in_dim %arg79, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1625 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1626 = stablehlo.reshape %1625 : (tensor<i32>) -> tensor<1xi32>
    %1627 = stablehlo.concatenate %1626, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1628 = stablehlo.dynamic_broadcast_in_dim %1624, %1627, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1629 = stablehlo.add %1623, %1628 : tensor<?x197x768xf32>
    %1630 = stablehlo.transpose %1629, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %1631 = stablehlo.dot_general %1630, %arg80, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
    %1632 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1633 = stablehlo.reshape %1632 : (tensor<i32>) -> tensor<1xi32>
    %1634 = stablehlo.concatenate %c_17, %1633, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1635 = stablehlo.dynamic_broadcast_in_dim %arg81, %1634, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %1636 = stablehlo.add %1631, %1635 : tensor<197x?x2304xf32>
    %1637 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1638 = stablehlo.reshape %1637 : (tensor<i32>) -> tensor<1xi32>
    %1639 = stablehlo.concatenate %c_17, %1638, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1640 = stablehlo.dynamic_reshape %1636, %1639 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %1641 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1642 = stablehlo.reshape %1641 : (tensor<i32>) -> tensor<1xi32>
    %1643 = stablehlo.concatenate %c_19, %c_17, %1642, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %1644 = stablehlo.dynamic_broadcast_in_dim %1640, %1643, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %1645 = stablehlo.transpose %1644, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %1646 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1647 = stablehlo.reshape %1646 : (tensor<i32>) -> tensor<1xi32>
    %1648 = stablehlo.concatenate %c_12, %c_17, %1647, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1649 = stablehlo.dynamic_reshape %1645, %1648 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %1650 = stablehlo.concatenate %c_11, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1651 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1652 = stablehlo.reshape %1651 : (tensor<i32>) -> tensor<1xi32>
    %1653 = stablehlo.concatenate %c_19, %c_17, %1652, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1654 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1655 = stablehlo.real_dynamic_slice %1649, %1650, %1653, %1654 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1656 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1657 = stablehlo.reshape %1656 : (tensor<i32>) -> tensor<1xi32>
    %1658 = stablehlo.concatenate %c_17, %1657, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1659 = stablehlo.dynamic_reshape %1655, %1658 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1660 = stablehlo.concatenate %c_19, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1661 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1662 = stablehlo.reshape %1661 : (tensor<i32>) -> tensor<1xi32>
    %1663 = stablehlo.concatenate %c_9, %c_17, %1662, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1664 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1665 = stablehlo.real_dynamic_slice %1649, %1660, %1663, %1664 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1666 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1667 = stablehlo.reshape %1666 : (tensor<i32>) -> tensor<1xi32>
    %1668 = stablehlo.concatenate %c_17, %1667, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1669 = stablehlo.dynamic_reshape %1665, %1668 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1670 = stablehlo.concatenate %c_9, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1671 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1672 = stablehlo.reshape %1671 : (tensor<i32>) -> tensor<1xi32>
    %1673 = stablehlo.concatenate %c_12, %c_17, %1672, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1674 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1675 = stablehlo.real_dynamic_slice %1649, %1670, %1673, %1674 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1676 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1677 = stablehlo.reshape %1676 : (tensor<i32>) -> tensor<1xi32>
    %1678 = stablehlo.concatenate %c_17, %1677, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1679 = stablehlo.dynamic_reshape %1675, %1678 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1680 = stablehlo.convert %arg1 : tensor<i64>
    %1681 = stablehlo.multiply %1680, %c_8 : tensor<i64>
    %1682 = stablehlo.convert %1681 : (tensor<i64>) -> tensor<i32>
    %1683 = stablehlo.reshape %1682 : (tensor<i32>) -> tensor<1xi32>
    %1684 = stablehlo.concatenate %c_17, %1683, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1685 = stablehlo.dynamic_reshape %1659, %1684 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1686 = stablehlo.transpose %1685, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1687 = stablehlo.convert %arg1 : tensor<i64>
    %1688 = stablehlo.multiply %1687, %c_8 : tensor<i64>
    %1689 = stablehlo.convert %1688 : (tensor<i64>) -> tensor<i32>
    %1690 = stablehlo.reshape %1689 : (tensor<i32>) -> tensor<1xi32>
    %1691 = stablehlo.concatenate %c_17, %1690, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1692 = stablehlo.dynamic_reshape %1669, %1691 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1693 = stablehlo.transpose %1692, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1694 = stablehlo.convert %arg1 : tensor<i64>
    %1695 = stablehlo.multiply %1694, %c_8 : tensor<i64>
    %1696 = stablehlo.convert %1695 : (tensor<i64>) -> tensor<i32>
    %1697 = stablehlo.reshape %1696 : (tensor<i32>) -> tensor<1xi32>
    %1698 = stablehlo.concatenate %c_17, %1697, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1699 = stablehlo.dynamic_reshape %1679, %1698 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1700 = stablehlo.transpose %1699, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1701 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1702 = stablehlo.reshape %1701 : (tensor<i32>) -> tensor<1xi32>
    %1703 = stablehlo.concatenate %1702, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1704 = stablehlo.dynamic_reshape %1686, %1703 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1705 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1706 = stablehlo.reshape %1705 : (tensor<i32>) -> tensor<1xi32>
    %1707 = stablehlo.concatenate %1706, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1708 = stablehlo.dynamic_reshape %1693, %1707 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1709 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1710 = stablehlo.reshape %1709 : (tensor<i32>) -> tensor<1xi32>
    %1711 = stablehlo.concatenate %1710, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1712 = stablehlo.dynamic_reshape %1700, %1711 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1713 = stablehlo.dot_general %1704, %1708, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %1714 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1715 = stablehlo.reshape %1714 : (tensor<i32>) -> tensor<1xi32>
    %1716 = stablehlo.concatenate %1715, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1717 = stablehlo.dynamic_broadcast_in_dim %cst_4, %1716, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1718 = stablehlo.multiply %1713, %1717 : tensor<?x12x197x197xf32>
    %1719 = stablehlo.reduce(%1718 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1720 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1721 = stablehlo.reshape %1720 : (tensor<i32>) -> tensor<1xi32>
    %1722 = stablehlo.concatenate %1721, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1723 = stablehlo.dynamic_broadcast_in_dim %1719, %1722, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1724 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1725 = stablehlo.reshape %1724 : (tensor<i32>) -> tensor<1xi32>
    %1726 = stablehlo.concatenate %1725, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1727 = stablehlo.dynamic_broadcast_in_dim %1723, %1726, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1728 = stablehlo.subtract %1718, %1727 : tensor<?x12x197x197xf32>
    %1729 = stablehlo.exponential %1728 : tensor<?x12x197x197xf32>
    %1730 = stablehlo.reduce(%1729 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1731 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1732 = stablehlo.reshape %1731 : (tensor<i32>) -> tensor<1xi32>
    %1733 = stablehlo.concatenate %1732, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1734 = stablehlo.dynamic_broadcast_in_dim %1730, %1733, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1735 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1736 = stablehlo.reshape %1735 : (tensor<i32>) -> tensor<1xi32>
    %1737 = stablehlo.concatenate %1736, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1738 = stablehlo.dynamic_broadcast_in_dim %1734, %1737, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1739 = stablehlo.divide %1729, %1738 : tensor<?x12x197x197xf32>
    %1740 = stablehlo.dot_general %1739, %1712, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %1741 = stablehlo.transpose %1740, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %1742 = stablehlo.convert %arg1 : tensor<i64>
    %1743 = stablehlo.multiply %1742, %c_18 : tensor<i64>
    %1744 = stablehlo.convert %1743 : (tensor<i64>) -> tensor<i32>
    %1745 = stablehlo.reshape %1744 : (tensor<i32>) -> tensor<1xi32>
    %1746 = stablehlo.concatenate %1745, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1747 = stablehlo.dynamic_reshape %1741, %1746 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1748 = stablehlo.dot_general %1747, %arg82, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
    %1749 = stablehlo.convert %arg1 : tensor<i64>
    %1750 = stablehlo.multiply %1749, %c_18 : tensor<i64>
    %1751 = stablehlo.convert %1750 : (tensor<i64>) -> tensor<i32>
    %1752 = stablehlo.reshape %1751 : (tensor<i32>) -> tensor<1xi32>
    %1753 = stablehlo.concatenate %1752, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1754 = stablehlo.dynamic_broadcast_in_dim %arg83, %1753, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1755 = stablehlo.add %1748, %1754 : tensor<?x768xf32>
    %1756 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1757 = stablehlo.reshape %1756 : (tensor<i32>) -> tensor<1xi32>
    %1758 = stablehlo.concatenate %c_17, %1757, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1759 = stablehlo.dynamic_reshape %1755, %1758 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1760 = stablehlo.transpose %1759, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %1761 = stablehlo.add %1760, %1580 : tensor<?x197x768xf32>
    %1762 = stablehlo.reduce(%1761 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1763 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1764 = stablehlo.reshape %1763 : (tensor<i32>) -> tensor<1xi32>
    %1765 = stablehlo.concatenate %1764, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1766 = stablehlo.dynamic_broadcast_in_dim %1762, %1765, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1767 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1768 = stablehlo.reshape %1767 : (tensor<i32>) -> tensor<1xi32>
    %1769 = stablehlo.concatenate %1768, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1770 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1769, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1771 = stablehlo.divide %1766, %1770 : tensor<?x197x1xf32>
    %1772 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1773 = stablehlo.reshape %1772 : (tensor<i32>) -> tensor<1xi32>
    %1774 = stablehlo.concatenate %1773, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1775 = stablehlo.dynamic_broadcast_in_dim %1771, %1774, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1776 = stablehlo.subtract %1761, %1775 : tensor<?x197x768xf32>
    %1777 = stablehlo.multiply %1776, %1776 : tensor<?x197x768xf32>
    %1778 = stablehlo.reduce(%1777 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1779 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1780 = stablehlo.reshape %1779 : (tensor<i32>) -> tensor<1xi32>
    %1781 = stablehlo.concatenate %1780, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1782 = stablehlo.dynamic_broadcast_in_dim %1778, %1781, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1783 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1784 = stablehlo.reshape %1783 : (tensor<i32>) -> tensor<1xi32>
    %1785 = stablehlo.concatenate %1784, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1786 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1785, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1787 = stablehlo.divide %1782, %1786 : tensor<?x197x1xf32>
    %1788 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1789 = stablehlo.reshape %1788 : (tensor<i32>) -> tensor<1xi32>
    %1790 = stablehlo.concatenate %1789, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1791 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1790, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1792 = stablehlo.add %1787, %1791 : tensor<?x197x1xf32>
    %1793 = stablehlo.rsqrt %1792 : tensor<?x197x1xf32>
    %1794 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1795 = stablehlo.reshape %1794 : (tensor<i32>) -> tensor<1xi32>
    %1796 = stablehlo.concatenate %1795, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1797 = stablehlo.dynamic_broadcast_in_dim %1793, %1796, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1798 = stablehlo.multiply %1776, %1797 : tensor<?x197x768xf32>
    %1799 = stablehlo.broadcast_in_dim %arg84, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1800 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1801 = stablehlo.reshape %1800 : (tensor<i32>) -> tensor<1xi32>
    %1802 = stablehlo.concatenate %1801, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1803 = stablehlo.dynamic_broadcast_in_dim %1799, %1802, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1804 = stablehlo.multiply %1798, %1803 : tensor<?x197x768xf32>
    %1805 = stablehlo.broadcast_in_dim %arg85, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1806 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1807 = stablehlo.reshape %1806 : (tensor<i32>) -> tensor<1xi32>
    %1808 = stablehlo.concatenate %1807, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1809 = stablehlo.dynamic_broadcast_in_dim %1805, %1808, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1810 = stablehlo.add %1804, %1809 : tensor<?x197x768xf32>
    %1811 = stablehlo.dot_general %1810, %arg86, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
    %1812 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1813 = stablehlo.reshape %1812 : (tensor<i32>) -> tensor<1xi32>
    %1814 = stablehlo.concatenate %1813, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1815 = stablehlo.dynamic_broadcast_in_dim %arg87, %1814, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1816 = stablehlo.add %1811, %1815 : tensor<?x197x3072xf32>
    %1817 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1818 = stablehlo.reshape %1817 : (tensor<i32>) -> tensor<1xi32>
    %1819 = stablehlo.concatenate %1818, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1820 = stablehlo.dynamic_broadcast_in_dim %cst_1, %1819, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1821 = stablehlo.multiply %1816, %1820 : tensor<?x197x3072xf32>
    %1822 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1823 = stablehlo.reshape %1822 : (tensor<i32>) -> tensor<1xi32>
    %1824 = stablehlo.concatenate %1823, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1825 = stablehlo.dynamic_broadcast_in_dim %cst_0, %1824, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1826 = stablehlo.multiply %1816, %1825 : tensor<?x197x3072xf32>
    %1827 = stablehlo.composite "chlo.erf" %1826 {decomposition = @chlo.erf.impl_5, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %1828 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1829 = stablehlo.reshape %1828 : (tensor<i32>) -> tensor<1xi32>
    %1830 = stablehlo.concatenate %1829, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1831 = stablehlo.dynamic_broadcast_in_dim %cst, %1830, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1832 = stablehlo.add %1831, %1827 : tensor<?x197x3072xf32>
    %1833 = stablehlo.multiply %1821, %1832 : tensor<?x197x3072xf32>
    %1834 = stablehlo.dot_general %1833, %arg88, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
    %1835 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1836 = stablehlo.reshape %1835 : (tensor<i32>) -> tensor<1xi32>
    %1837 = stablehlo.concatenate %1836, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1838 = stablehlo.dynamic_broadcast_in_dim %arg89, %1837, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1839 = stablehlo.add %1834, %1838 : tensor<?x197x768xf32>
    %1840 = stablehlo.add %1761, %1839 : tensor<?x197x768xf32>
    %1841 = stablehlo.reduce(%1840 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1842 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1843 = stablehlo.reshape %1842 : (tensor<i32>) -> tensor<1xi32>
    %1844 = stablehlo.concatenate %1843, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1845 = stablehlo.dynamic_broadcast_in_dim %1841, %1844, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1846 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1847 = stablehlo.reshape %1846 : (tensor<i32>) -> tensor<1xi32>
    %1848 = stablehlo.concatenate %1847, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1849 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1848, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1850 = stablehlo.divide %1845, %1849 : tensor<?x197x1xf32>
    %1851 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1852 = stablehlo.reshape %1851 : (tensor<i32>) -> tensor<1xi32>
    %1853 = stablehlo.concatenate %1852, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1854 = stablehlo.dynamic_broadcast_in_dim %1850, %1853, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1855 = stablehlo.subtract %1840, %1854 : tensor<?x197x768xf32>
    %1856 = stablehlo.multiply %1855, %1855 : tensor<?x197x768xf32>
    %1857 = stablehlo.reduce(%1856 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1858 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1859 = stablehlo.reshape %1858 : (tensor<i32>) -> tensor<1xi32>
    %1860 = stablehlo.concatenate %1859, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1861 = stablehlo.dynamic_broadcast_in_dim %1857, %1860, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1862 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1863 = stablehlo.reshape %1862 : (tensor<i32>) -> tensor<1xi32>
    %1864 = stablehlo.concatenate %1863, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1865 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1864, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1866 = stablehlo.divide %1861, %1865 : tensor<?x197x1xf32>
    %1867 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1868 = stablehlo.reshape %1867 : (tensor<i32>) -> tensor<1xi32>
    %1869 = stablehlo.concatenate %1868, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1870 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1869, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1871 = stablehlo.add %1866, %1870 : tensor<?x197x1xf32>
    %1872 = stablehlo.rsqrt %1871 : tensor<?x197x1xf32>
    %1873 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1874 = stablehlo.reshape %1873 : (tensor<i32>) -> tensor<1xi32>
    %1875 = stablehlo.concatenate %1874, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1876 = stablehlo.dynamic_broadcast_in_dim %1872, %1875, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1877 = stablehlo.multiply %1855, %1876 : tensor<?x197x768xf32>
    %1878 = stablehlo.broadcast_in_dim %arg90, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1879 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1880 = stablehlo.reshape %1879 : (tensor<i32>) -> tensor<1xi32>
    %1881 = stablehlo.concatenate %1880, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1882 = stablehlo.dynamic_broadcast_in_dim %1878, %1881, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1883 = stablehlo.multiply %1877, %1882 : tensor<?x197x768xf32>
    %1884 = stablehlo.broadcast_in_dim %arg91, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1885 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1886 = stablehlo.reshape %1885 : (tensor<i32>) -> tensor<1xi32>
    %1887 = stablehlo.concatenate %1886, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1888 = stablehlo.dynamic_broadcast_in_dim %1884, %1887, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1889 = stablehlo.add %1883, %1888 : tensor<?x197x768xf32>
    %1890 = stablehlo.transpose %1889, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %1891 = stablehlo.dot_general %1890, %arg92, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
    %1892 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1893 = stablehlo.reshape %1892 : (tensor<i32>) -> tensor<1xi32>
    %1894 = stablehlo.concatenate %c_17, %1893, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1895 = stablehlo.dynamic_broadcast_in_dim %arg93, %1894, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %1896 = stablehlo.add %1891, %1895 : tensor<197x?x2304xf32>
    %1897 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1898 = stablehlo.reshape %1897 : (tensor<i32>) -> tensor<1xi32>
    %1899 = stablehlo.concatenate %c_17, %1898, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1900 = stablehlo.dynamic_reshape %1896, %1899 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %1901 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1902 = stablehlo.reshape %1901 : (tensor<i32>) -> tensor<1xi32>
    %1903 = stablehlo.concatenate %c_19, %c_17, %1902, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %1904 = stablehlo.dynamic_broadcast_in_dim %1900, %1903, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %1905 = stablehlo.transpose %1904, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %1906 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1907 = stablehlo.reshape %1906 : (tensor<i32>) -> tensor<1xi32>
    %1908 = stablehlo.concatenate %c_12, %c_17, %1907, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1909 = stablehlo.dynamic_reshape %1905, %1908 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %1910 = stablehlo.concatenate %c_11, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1911 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1912 = stablehlo.reshape %1911 : (tensor<i32>) -> tensor<1xi32>
    %1913 = stablehlo.concatenate %c_19, %c_17, %1912, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1914 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1915 = stablehlo.real_dynamic_slice %1909, %1910, %1913, %1914 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1916 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1917 = stablehlo.reshape %1916 : (tensor<i32>) -> tensor<1xi32>
    %1918 = stablehlo.concatenate %c_17, %1917, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1919 = stablehlo.dynamic_reshape %1915, %1918 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1920 = stablehlo.concatenate %c_19, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1921 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1922 = stablehlo.reshape %1921 : (tensor<i32>) -> tensor<1xi32>
    %1923 = stablehlo.concatenate %c_9, %c_17, %1922, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1924 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1925 = stablehlo.real_dynamic_slice %1909, %1920, %1923, %1924 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1926 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1927 = stablehlo.reshape %1926 : (tensor<i32>) -> tensor<1xi32>
    %1928 = stablehlo.concatenate %c_17, %1927, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1929 = stablehlo.dynamic_reshape %1925, %1928 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1930 = stablehlo.concatenate %c_9, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1931 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1932 = stablehlo.reshape %1931 : (tensor<i32>) -> tensor<1xi32>
    %1933 = stablehlo.concatenate %c_12, %c_17, %1932, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1934 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1935 = stablehlo.real_dynamic_slice %1909, %1930, %1933, %1934 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1936 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1937 = stablehlo.reshape %1936 : (tensor<i32>) -> tensor<1xi32>
    %1938 = stablehlo.concatenate %c_17, %1937, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1939 = stablehlo.dynamic_reshape %1935, %1938 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1940 = stablehlo.convert %arg1 : tensor<i64>
    %1941 = stablehlo.multiply %1940, %c_8 : tensor<i64>
    %1942 = stablehlo.convert %1941 : (tensor<i64>) -> tensor<i32>
    %1943 = stablehlo.reshape %1942 : (tensor<i32>) -> tensor<1xi32>
    %1944 = stablehlo.concatenate %c_17, %1943, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1945 = stablehlo.dynamic_reshape %1919, %1944 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1946 = stablehlo.transpose %1945, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1947 = stablehlo.convert %arg1 : tensor<i64>
    %1948 = stablehlo.multiply %1947, %c_8 : tensor<i64>
    %1949 = stablehlo.convert %1948 : (tensor<i64>) -> tensor<i32>
    %1950 = stablehlo.reshape %1949 : (tensor<i32>) -> tensor<1xi32>
    %1951 = stablehlo.concatenate %c_17, %1950, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1952 = stablehlo.dynamic_reshape %1929, %1951 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1953 = stablehlo.transpose %1952, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1954 = stablehlo.convert %arg1 : tensor<i64>
    %1955 = stablehlo.multiply %1954, %c_8 : tensor<i64>
    %1956 = stablehlo.convert %1955 : (tensor<i64>) -> tensor<i32>
    %1957 = stablehlo.reshape %1956 : (tensor<i32>) -> tensor<1xi32>
    %1958 = stablehlo.concatenate %c_17, %1957, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1959 = stablehlo.dynamic_reshape %1939, %1958 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1960 = stablehlo.transpose %1959, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1961 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1962 = stablehlo.reshape %1961 : (tensor<i32>) -> tensor<1xi32>
    %1963 = stablehlo.concatenate %1962, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1964 = stablehlo.dynamic_reshape %1946, %1963 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1965 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1966 = stablehlo.reshape %1965 : (tensor<i32>) -> tensor<1xi32>
    %1967 = stablehlo.concatenate %1966, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1968 = stablehlo.dynamic_reshape %1953, %1967 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1969 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1970 = stablehlo.reshape %1969 : (tensor<i32>) -> tensor<1xi32>
    %1971 = stablehlo.concatenate %1970, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1972 = stablehlo.dynamic_reshape %1960, %1971 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1973 = stablehlo.dot_general %1964, %1968, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %1974 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1975 = stablehlo.reshape %1974 : (tensor<i32>) -> tensor<1xi32>
    %1976 = stablehlo.concatenate %1975, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1977 = stablehlo.dynamic_broadcast_in_dim %cst_4, %1976, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1978 = stablehlo.multiply %1973, %1977 : tensor<?x12x197x197xf32>
    %1979 = stablehlo.reduce(%1978 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1980 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1981 = stablehlo.reshape %1980 : (tensor<i32>) -> tensor<1xi32>
    %1982 = stablehlo.concatenate %1981, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1983 = stablehlo.dynamic_broadcast_in_dim %1979, %1982, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1984 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1985 = stablehlo.reshape %1984 : (tensor<i32>) -> tensor<1xi32>
    %1986 = stablehlo.concatenate %1985, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1987 = stablehlo.dynamic_broadcast_in_dim %1983, %1986, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1988 = stablehlo.subtract %1978, %1987 : tensor<?x12x197x197xf32>
    %1989 = stablehlo.exponential %1988 : tensor<?x12x197x197xf32>
    %1990 = stablehlo.reduce(%1989 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1991 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1992 = stablehlo.reshape %1991 : (tensor<i32>) -> tensor<1xi32>
    %1993 = stablehlo.concatenate %1992, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1994 = stablehlo.dynamic_broadcast_in_dim %1990, %1993, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1995 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1996 = stablehlo.reshape %1995 : (tensor<i32>) -> tensor<1xi32>
    %1997 = stablehlo.concatenate %1996, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1998 = stablehlo.dynamic_broadcast_in_dim %1994, %1997, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1999 = stablehlo.divide %1989, %1998 : tensor<?x12x197x197xf32>
    %2000 = stablehlo.dot_general %1999, %1972, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %2001 = stablehlo.transpose %2000, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %2002 = stablehlo.convert %arg1 : tensor<i64>
    %2003 = stablehlo.multiply %2002, %c_18 : tensor<i64>
    %2004 = stablehlo.convert %2003 : (tensor<i64>) -> tensor<i32>
    %2005 = stablehlo.reshape %2004 : (tensor<i32>) -> tensor<1xi32>
    %2006 = stablehlo.concatenate %2005, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2007 = stablehlo.dynamic_reshape %2001, %2006 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2008 = stablehlo.dot_general %2007, %arg94, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
    %2009 = stablehlo.convert %arg1 : tensor<i64>
    %2010 = stablehlo.multiply %2009, %c_18 : tensor<i64>
    %2011 = stablehlo.convert %2010 : (tensor<i64>) -> tensor<i32>
    %2012 = stablehlo.reshape %2011 : (tensor<i32>) -> tensor<1xi32>
    %2013 = stablehlo.concatenate %2012, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2014 = stablehlo.dynamic_broadcast_in_dim %arg95, %2013, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2015 = stablehlo.add %2008, %2014 : tensor<?x768xf32>
    %2016 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2017 = stablehlo.reshape %2016 : (tensor<i32>) -> tensor<1xi32>
    %2018 = stablehlo.concatenate %c_17, %2017, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2019 = stablehlo.dynamic_reshape %2015, %2018 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2020 = stablehlo.transpose %2019, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %2021 = stablehlo.add %2020, %1840 : tensor<?x197x768xf32>
    %2022 = stablehlo.reduce(%2021 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2023 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2024 = stablehlo.reshape %2023 : (tensor<i32>) -> tensor<1xi32>
    %2025 = stablehlo.concatenate %2024, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2026 = stablehlo.dynamic_broadcast_in_dim %2022, %2025, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2027 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2028 = stablehlo.reshape %2027 : (tensor<i32>) -> tensor<1xi32>
    %2029 = stablehlo.concatenate %2028, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2030 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2029, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2031 = stablehlo.divide %2026, %2030 : tensor<?x197x1xf32>
    %2032 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2033 = stablehlo.reshape %2032 : (tensor<i32>) -> tensor<1xi32>
    %2034 = stablehlo.concatenate %2033, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2035 = stablehlo.dynamic_broadcast_in_dim %2031, %2034, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2036 = stablehlo.subtract %2021, %2035 : tensor<?x197x768xf32>
    %2037 = stablehlo.multiply %2036, %2036 : tensor<?x197x768xf32>
    %2038 = stablehlo.reduce(%2037 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2039 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2040 = stablehlo.reshape %2039 : (tensor<i32>) -> tensor<1xi32>
    %2041 = stablehlo.concatenate %2040, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2042 = stablehlo.dynamic_broadcast_in_dim %2038, %2041, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2043 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2044 = stablehlo.reshape %2043 : (tensor<i32>) -> tensor<1xi32>
    %2045 = stablehlo.concatenate %2044, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2046 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2045, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2047 = stablehlo.divide %2042, %2046 : tensor<?x197x1xf32>
    %2048 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2049 = stablehlo.reshape %2048 : (tensor<i32>) -> tensor<1xi32>
    %2050 = stablehlo.concatenate %2049, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2051 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2050, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2052 = stablehlo.add %2047, %2051 : tensor<?x197x1xf32>
    %2053 = stablehlo.rsqrt %2052 : tensor<?x197x1xf32>
    %2054 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2055 = stablehlo.reshape %2054 : (tensor<i32>) -> tensor<1xi32>
    %2056 = stablehlo.concatenate %2055, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2057 = stablehlo.dynamic_broadcast_in_dim %2053, %2056, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2058 = stablehlo.multiply %2036, %2057 : tensor<?x197x768xf32>
    %2059 = stablehlo.broadcast_in_dim %arg96, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2060 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2061 = stablehlo.reshape %2060 : (tensor<i32>) -> tensor<1xi32>
    %2062 = stablehlo.concatenate %2061, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2063 = stablehlo.dynamic_broadcast_in_dim %2059, %2062, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2064 = stablehlo.multiply %2058, %2063 : tensor<?x197x768xf32>
    %2065 = stablehlo.broadcast_in_dim %arg97, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2066 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2067 = stablehlo.reshape %2066 : (tensor<i32>) -> tensor<1xi32>
    %2068 = stablehlo.concatenate %2067, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2069 = stablehlo.dynamic_broadcast_in_dim %2065, %2068, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2070 = stablehlo.add %2064, %2069 : tensor<?x197x768xf32>
    %2071 = stablehlo.dot_general %2070, %arg98, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
    %2072 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2073 = stablehlo.reshape %2072 : (tensor<i32>) -> tensor<1xi32>
    %2074 = stablehlo.concatenate %2073, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2075 = stablehlo.dynamic_broadcast_in_dim %arg99, %2074, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2076 = stablehlo.add %2071, %2075 : tensor<?x197x3072xf32>
    %2077 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2078 = stablehlo.reshape %2077 : (tensor<i32>) -> tensor<1xi32>
    %2079 = stablehlo.concatenate %2078, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2080 = stablehlo.dynamic_broadcast_in_dim %cst_1, %2079, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2081 = stablehlo.multiply %2076, %2080 : tensor<?x197x3072xf32>
    %2082 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2083 = stablehlo.reshape %2082 : (tensor<i32>) -> tensor<1xi32>
    %2084 = stablehlo.concatenate %2083, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2085 = stablehlo.dynamic_broadcast_in_dim %cst_0, %2084, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2086 = stablehlo.multiply %2076, %2085 : tensor<?x197x3072xf32>
    %2087 = stablehlo.composite "chlo.erf" %2086 {decomposition = @chlo.erf.impl_6, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %2088 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2089 = stablehlo.reshape %2088 : (tensor<i32>) -> tensor<1xi32>
    %2090 = stablehlo.concatenate %2089, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2091 = stablehlo.dynamic_broadcast_in_dim %cst, %2090, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2092 = stablehlo.add %2091, %2087 : tensor<?x197x3072xf32>
    %2093 = stablehlo.multiply %2081, %2092 : tensor<?x197x3072xf32>
    %2094 = stablehlo.dot_general %2093, %arg100, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
    %2095 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2096 = stablehlo.reshape %2095 : (tensor<i32>) -> tensor<1xi32>
    %2097 = stablehlo.concatenate %2096, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2098 = stablehlo.dynamic_broadcast_in_dim %arg101, %2097, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2099 = stablehlo.add %2094, %2098 : tensor<?x197x768xf32>
    %2100 = stablehlo.add %2021, %2099 : tensor<?x197x768xf32>
    %2101 = stablehlo.reduce(%2100 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2102 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2103 = stablehlo.reshape %2102 : (tensor<i32>) -> tensor<1xi32>
    %2104 = stablehlo.concatenate %2103, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2105 = stablehlo.dynamic_broadcast_in_dim %2101, %2104, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2106 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2107 = stablehlo.reshape %2106 : (tensor<i32>) -> tensor<1xi32>
    %2108 = stablehlo.concatenate %2107, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2109 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2108, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2110 = stablehlo.divide %2105, %2109 : tensor<?x197x1xf32>
    %2111 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2112 = stablehlo.reshape %2111 : (tensor<i32>) -> tensor<1xi32>
    %2113 = stablehlo.concatenate %2112, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2114 = stablehlo.dynamic_broadcast_in_dim %2110, %2113, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2115 = stablehlo.subtract %2100, %2114 : tensor<?x197x768xf32>
    %2116 = stablehlo.multiply %2115, %2115 : tensor<?x197x768xf32>
    %2117 = stablehlo.reduce(%2116 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2118 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2119 = stablehlo.reshape %2118 : (tensor<i32>) -> tensor<1xi32>
    %2120 = stablehlo.concatenate %2119, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2121 = stablehlo.dynamic_broadcast_in_dim %2117, %2120, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2122 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2123 = stablehlo.reshape %2122 : (tensor<i32>) -> tensor<1xi32>
    %2124 = stablehlo.concatenate %2123, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2125 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2124, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2126 = stablehlo.divide %2121, %2125 : tensor<?x197x1xf32>
    %2127 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2128 = stablehlo.reshape %2127 : (tensor<i32>) -> tensor<1xi32>
    %2129 = stablehlo.concatenate %2128, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2130 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2129, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2131 = stablehlo.add %2126, %2130 : tensor<?x197x1xf32>
    %2132 = stablehlo.rsqrt %2131 : tensor<?x197x1xf32>
    %2133 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2134 = stablehlo.reshape %2133 : (tensor<i32>) -> tensor<1xi32>
    %2135 = stablehlo.concatenate %2134, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2136 = stablehlo.dynamic_broadcast_in_dim %2132, %2135, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2137 = stablehlo.multiply %2115, %2136 : tensor<?x197x768xf32>
    %2138 = stablehlo.broadcast_in_dim %arg102, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2139 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2140 = stablehlo.reshape %2139 : (tensor<i32>) -> tensor<1xi32>
    %2141 = stablehlo.concatenate %2140, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2142 = stablehlo.dynamic_broadcast_in_dim %2138, %2141, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2143 = stablehlo.multiply %2137, %2142 : tensor<?x197x768xf32>
    %2144 = stablehlo.broadcast_in_dim %arg103, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2145 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2146 = stablehlo.reshape %2145 : (tensor<i32>) -> tensor<1xi32>
    %2147 = stablehlo.concatenate %2146, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2148 = stablehlo.dynamic_broadcast_in_dim %2144, %2147, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2149 = stablehlo.add %2143, %2148 : tensor<?x197x768xf32>
    %2150 = stablehlo.transpose %2149, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %2151 = stablehlo.dot_general %2150, %arg104, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
    %2152 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2153 = stablehlo.reshape %2152 : (tensor<i32>) -> tensor<1xi32>
    %2154 = stablehlo.concatenate %c_17, %2153, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2155 = stablehlo.dynamic_broadcast_in_dim %arg105, %2154, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %2156 = stablehlo.add %2151, %2155 : tensor<197x?x2304xf32>
    %2157 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2158 = stablehlo.reshape %2157 : (tensor<i32>) -> tensor<1xi32>
    %2159 = stablehlo.concatenate %c_17, %2158, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2160 = stablehlo.dynamic_reshape %2156, %2159 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %2161 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2162 = stablehlo.reshape %2161 : (tensor<i32>) -> tensor<1xi32>
    %2163 = stablehlo.concatenate %c_19, %c_17, %2162, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %2164 = stablehlo.dynamic_broadcast_in_dim %2160, %2163, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %2165 = stablehlo.transpose %2164, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %2166 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2167 = stablehlo.reshape %2166 : (tensor<i32>) -> tensor<1xi32>
    %2168 = stablehlo.concatenate %c_12, %c_17, %2167, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2169 = stablehlo.dynamic_reshape %2165, %2168 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %2170 = stablehlo.concatenate %c_11, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2171 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2172 = stablehlo.reshape %2171 : (tensor<i32>) -> tensor<1xi32>
    %2173 = stablehlo.concatenate %c_19, %c_17, %2172, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2174 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2175 = stablehlo.real_dynamic_slice %2169, %2170, %2173, %2174 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2176 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2177 = stablehlo.reshape %2176 : (tensor<i32>) -> tensor<1xi32>
    %2178 = stablehlo.concatenate %c_17, %2177, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2179 = stablehlo.dynamic_reshape %2175, %2178 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2180 = stablehlo.concatenate %c_19, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2181 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2182 = stablehlo.reshape %2181 : (tensor<i32>) -> tensor<1xi32>
    %2183 = stablehlo.concatenate %c_9, %c_17, %2182, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2184 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2185 = stablehlo.real_dynamic_slice %2169, %2180, %2183, %2184 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2186 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2187 = stablehlo.reshape %2186 : (tensor<i32>) -> tensor<1xi32>
    %2188 = stablehlo.concatenate %c_17, %2187, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2189 = stablehlo.dynamic_reshape %2185, %2188 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2190 = stablehlo.concatenate %c_9, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2191 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2192 = stablehlo.reshape %2191 : (tensor<i32>) -> tensor<1xi32>
    %2193 = stablehlo.concatenate %c_12, %c_17, %2192, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2194 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2195 = stablehlo.real_dynamic_slice %2169, %2190, %2193, %2194 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2196 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2197 = stablehlo.reshape %2196 : (tensor<i32>) -> tensor<1xi32>
    %2198 = stablehlo.concatenate %c_17, %2197, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2199 = stablehlo.dynamic_reshape %2195, %2198 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2200 = stablehlo.convert %arg1 : tensor<i64>
    %2201 = stablehlo.multiply %2200, %c_8 : tensor<i64>
    %2202 = stablehlo.convert %2201 : (tensor<i64>) -> tensor<i32>
    %2203 = stablehlo.reshape %2202 : (tensor<i32>) -> tensor<1xi32>
    %2204 = stablehlo.concatenate %c_17, %2203, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2205 = stablehlo.dynamic_reshape %2179, %2204 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2206 = stablehlo.transpose %2205, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2207 = stablehlo.convert %arg1 : tensor<i64>
    %2208 = stablehlo.multiply %2207, %c_8 : tensor<i64>
    %2209 = stablehlo.convert %2208 : (tensor<i64>) -> tensor<i32>
    %2210 = stablehlo.reshape %2209 : (tensor<i32>) -> tensor<1xi32>
    %2211 = stablehlo.concatenate %c_17, %2210, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2212 = stablehlo.dynamic_reshape %2189, %2211 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2213 = stablehlo.transpose %2212, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2214 = stablehlo.convert %arg1 : tensor<i64>
    %2215 = stablehlo.multiply %2214, %c_8 : tensor<i64>
    %2216 = stablehlo.convert %2215 : (tensor<i64>) -> tensor<i32>
    %2217 = stablehlo.reshape %2216 : (tensor<i32>) -> tensor<1xi32>
    %2218 = stablehlo.concatenate %c_17, %2217, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2219 = stablehlo.dynamic_reshape %2199, %2218 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2220 = stablehlo.transpose %2219, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2221 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2222 = stablehlo.reshape %2221 : (tensor<i32>) -> tensor<1xi32>
    %2223 = stablehlo.concatenate %2222, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2224 = stablehlo.dynamic_reshape %2206, %2223 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2225 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2226 = stablehlo.reshape %2225 : (tensor<i32>) -> tensor<1xi32>
    %2227 = stablehlo.concatenate %2226, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2228 = stablehlo.dynamic_reshape %2213, %2227 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2229 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2230 = stablehlo.reshape %2229 : (tensor<i32>) -> tensor<1xi32>
    %2231 = stablehlo.concatenate %2230, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2232 = stablehlo.dynamic_reshape %2220, %2231 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2233 = stablehlo.dot_general %2224, %2228, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %2234 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2235 = stablehlo.reshape %2234 : (tensor<i32>) -> tensor<1xi32>
    %2236 = stablehlo.concatenate %2235, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2237 = stablehlo.dynamic_broadcast_in_dim %cst_4, %2236, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2238 = stablehlo.multiply %2233, %2237 : tensor<?x12x197x197xf32>
    %2239 = stablehlo.reduce(%2238 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %2240 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2241 = stablehlo.reshape %2240 : (tensor<i32>) -> tensor<1xi32>
    %2242 = stablehlo.concatenate %2241, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2243 = stablehlo.dynamic_broadcast_in_dim %2239, %2242, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %2244 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2245 = stablehlo.reshape %2244 : (tensor<i32>) -> tensor<1xi32>
    %2246 = stablehlo.concatenate %2245, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2247 = stablehlo.dynamic_broadcast_in_dim %2243, %2246, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2248 = stablehlo.subtract %2238, %2247 : tensor<?x12x197x197xf32>
    %2249 = stablehlo.exponential %2248 : tensor<?x12x197x197xf32>
    %2250 = stablehlo.reduce(%2249 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %2251 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2252 = stablehlo.reshape %2251 : (tensor<i32>) -> tensor<1xi32>
    %2253 = stablehlo.concatenate %2252, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2254 = stablehlo.dynamic_broadcast_in_dim %2250, %2253, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %2255 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2256 = stablehlo.reshape %2255 : (tensor<i32>) -> tensor<1xi32>
    %2257 = stablehlo.concatenate %2256, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2258 = stablehlo.dynamic_broadcast_in_dim %2254, %2257, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2259 = stablehlo.divide %2249, %2258 : tensor<?x12x197x197xf32>
    %2260 = stablehlo.dot_general %2259, %2232, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %2261 = stablehlo.transpose %2260, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %2262 = stablehlo.convert %arg1 : tensor<i64>
    %2263 = stablehlo.multiply %2262, %c_18 : tensor<i64>
    %2264 = stablehlo.convert %2263 : (tensor<i64>) -> tensor<i32>
    %2265 = stablehlo.reshape %2264 : (tensor<i32>) -> tensor<1xi32>
    %2266 = stablehlo.concatenate %2265, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2267 = stablehlo.dynamic_reshape %2261, %2266 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2268 = stablehlo.dot_general %2267, %arg106, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
    %2269 = stablehlo.convert %arg1 : tensor<i64>
    %2270 = stablehlo.multiply %2269, %c_18 : tensor<i64>
    %2271 = stablehlo.convert %2270 : (tensor<i64>) -> tensor<i32>
    %2272 = stablehlo.reshape %2271 : (tensor<i32>) -> tensor<1xi32>
    %2273 = stablehlo.concatenate %2272, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2274 = stablehlo.dynamic_broadcast_in_dim %arg107, %2273, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2275 = stablehlo.add %2268, %2274 : tensor<?x768xf32>
    %2276 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2277 = stablehlo.reshape %2276 : (tensor<i32>) -> tensor<1xi32>
    %2278 = stablehlo.concatenate %c_17, %2277, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2279 = stablehlo.dynamic_reshape %2275, %2278 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2280 = stablehlo.transpose %2279, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %2281 = stablehlo.add %2280, %2100 : tensor<?x197x768xf32>
    %2282 = stablehlo.reduce(%2281 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2283 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2284 = stablehlo.reshape %2283 : (tensor<i32>) -> tensor<1xi32>
    %2285 = stablehlo.concatenate %2284, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2286 = stablehlo.dynamic_broadcast_in_dim %2282, %2285, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2287 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2288 = stablehlo.reshape %2287 : (tensor<i32>) -> tensor<1xi32>
    %2289 = stablehlo.concatenate %2288, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2290 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2289, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2291 = stablehlo.divide %2286, %2290 : tensor<?x197x1xf32>
    %2292 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2293 = stablehlo.reshape %2292 : (tensor<i32>) -> tensor<1xi32>
    %2294 = stablehlo.concatenate %2293, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2295 = stablehlo.dynamic_broadcast_in_dim %2291, %2294, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2296 = stablehlo.subtract %2281, %2295 : tensor<?x197x768xf32>
    %2297 = stablehlo.multiply %2296, %2296 : tensor<?x197x768xf32>
    %2298 = stablehlo.reduce(%2297 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2299 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2300 = stablehlo.reshape %2299 : (tensor<i32>) -> tensor<1xi32>
    %2301 = stablehlo.concatenate %2300, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2302 = stablehlo.dynamic_broadcast_in_dim %2298, %2301, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2303 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2304 = stablehlo.reshape %2303 : (tensor<i32>) -> tensor<1xi32>
    %2305 = stablehlo.concatenate %2304, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2306 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2305, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2307 = stablehlo.divide %2302, %2306 : tensor<?x197x1xf32>
    %2308 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2309 = stablehlo.reshape %2308 : (tensor<i32>) -> tensor<1xi32>
    %2310 = stablehlo.concatenate %2309, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2311 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2310, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2312 = stablehlo.add %2307, %2311 : tensor<?x197x1xf32>
    %2313 = stablehlo.rsqrt %2312 : tensor<?x197x1xf32>
    %2314 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2315 = stablehlo.reshape %2314 : (tensor<i32>) -> tensor<1xi32>
    %2316 = stablehlo.concatenate %2315, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2317 = stablehlo.dynamic_broadcast_in_dim %2313, %2316, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2318 = stablehlo.multiply %2296, %2317 : tensor<?x197x768xf32>
    %2319 = stablehlo.broadcast_in_dim %arg108, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2320 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2321 = stablehlo.reshape %2320 : (tensor<i32>) -> tensor<1xi32>
    %2322 = stablehlo.concatenate %2321, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2323 = stablehlo.dynamic_broadcast_in_dim %2319, %2322, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2324 = stablehlo.multiply %2318, %2323 : tensor<?x197x768xf32>
    %2325 = stablehlo.broadcast_in_dim %arg109, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2326 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2327 = stablehlo.reshape %2326 : (tensor<i32>) -> tensor<1xi32>
    %2328 = stablehlo.concatenate %2327, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2329 = stablehlo.dynamic_broadcast_in_dim %2325, %2328, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2330 = stablehlo.add %2324, %2329 : tensor<?x197x768xf32>
    %2331 = stablehlo.dot_general %2330, %arg110, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
    %2332 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2333 = stablehlo.reshape %2332 : (tensor<i32>) -> tensor<1xi32>
    %2334 = stablehlo.concatenate %2333, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2335 = stablehlo.dynamic_broadcast_in_dim %arg111, %2334, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2336 = stablehlo.add %2331, %2335 : tensor<?x197x3072xf32>
    %2337 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2338 = stablehlo.reshape %2337 : (tensor<i32>) -> tensor<1xi32>
    %2339 = stablehlo.concatenate %2338, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2340 = stablehlo.dynamic_broadcast_in_dim %cst_1, %2339, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2341 = stablehlo.multiply %2336, %2340 : tensor<?x197x3072xf32>
    %2342 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2343 = stablehlo.reshape %2342 : (tensor<i32>) -> tensor<1xi32>
    %2344 = stablehlo.concatenate %2343, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2345 = stablehlo.dynamic_broadcast_in_dim %cst_0, %2344, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2346 = stablehlo.multiply %2336, %2345 : tensor<?x197x3072xf32>
    %2347 = stablehlo.composite "chlo.erf" %2346 {decomposition = @chlo.erf.impl_7, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %2348 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2349 = stablehlo.reshape %2348 : (tensor<i32>) -> tensor<1xi32>
    %2350 = stablehlo.concatenate %2349, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2351 = stablehlo.dynamic_broadcast_in_dim %cst, %2350, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2352 = stablehlo.add %2351, %2347 : tensor<?x197x3072xf32>
    %2353 = stablehlo.multiply %2341, %2352 : tensor<?x197x3072xf32>
    %2354 = stablehlo.dot_general %2353, %arg112, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
    %2355 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2356 = stablehlo.reshape %2355 : (tensor<i32>) -> tensor<1xi32>
    %2357 = stablehlo.concatenate %2356, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2358 = stablehlo.dynamic_broadcast_in_dim %arg113, %2357, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2359 = stablehlo.add %2354, %2358 : tensor<?x197x768xf32>
    %2360 = stablehlo.add %2281, %2359 : tensor<?x197x768xf32>
    %2361 = stablehlo.reduce(%2360 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2362 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2363 = stablehlo.reshape %2362 : (tensor<i32>) -> tensor<1xi32>
    %2364 = stablehlo.concatenate %2363, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2365 = stablehlo.dynamic_broadcast_in_dim %2361, %2364, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2366 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2367 = stablehlo.reshape %2366 : (tensor<i32>) -> tensor<1xi32>
    %2368 = stablehlo.concatenate %2367, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2369 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2368, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2370 = stablehlo.divide %2365, %2369 : tensor<?x197x1xf32>
    %2371 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2372 = stablehlo.reshape %2371 : (tensor<i32>) -> tensor<1xi32>
    %2373 = stablehlo.concatenate %2372, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2374 = stablehlo.dynamic_broadcast_in_dim %2370, %2373, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2375 = stablehlo.subtract %2360, %2374 : tensor<?x197x768xf32>
    %2376 = stablehlo.multiply %2375, %2375 : tensor<?x197x768xf32>
    %2377 = stablehlo.reduce(%2376 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2378 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2379 = stablehlo.reshape %2378 : (tensor<i32>) -> tensor<1xi32>
    %2380 = stablehlo.concatenate %2379, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2381 = stablehlo.dynamic_broadcast_in_dim %2377, %2380, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2382 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2383 = stablehlo.reshape %2382 : (tensor<i32>) -> tensor<1xi32>
    %2384 = stablehlo.concatenate %2383, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2385 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2384, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2386 = stablehlo.divide %2381, %2385 : tensor<?x197x1xf32>
    %2387 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2388 = stablehlo.reshape %2387 : (tensor<i32>) -> tensor<1xi32>
    %2389 = stablehlo.concatenate %2388, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2390 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2389, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2391 = stablehlo.add %2386, %2390 : tensor<?x197x1xf32>
    %2392 = stablehlo.rsqrt %2391 : tensor<?x197x1xf32>
    %2393 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2394 = stablehlo.reshape %2393 : (tensor<i32>) -> tensor<1xi32>
    %2395 = stablehlo.concatenate %2394, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2396 = stablehlo.dynamic_broadcast_in_dim %2392, %2395, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2397 = stablehlo.multiply %2375, %2396 : tensor<?x197x768xf32>
    %2398 = stablehlo.broadcast_in_dim %arg114, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2399 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2400 = stablehlo.reshape %2399 : (tensor<i32>) -> tensor<1xi32>
    %2401 = stablehlo.concatenate %2400, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2402 = stablehlo.dynamic_broadcast_in_dim %2398, %2401, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2403 = stablehlo.multiply %2397, %2402 : tensor<?x197x768xf32>
    %2404 = stablehlo.broadcast_in_dim %arg115, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2405 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2406 = stablehlo.reshape %2405 : (tensor<i32>) -> tensor<1xi32>
    %2407 = stablehlo.concatenate %2406, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2408 = stablehlo.dynamic_broadcast_in_dim %2404, %2407, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2409 = stablehlo.add %2403, %2408 : tensor<?x197x768xf32>
    %2410 = stablehlo.transpose %2409, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %2411 = stablehlo.dot_general %2410, %arg116, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
    %2412 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2413 = stablehlo.reshape %2412 : (tensor<i32>) -> tensor<1xi32>
    %2414 = stablehlo.concatenate %c_17, %2413, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2415 = stablehlo.dynamic_broadcast_in_dim %arg117, %2414, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %2416 = stablehlo.add %2411, %2415 : tensor<197x?x2304xf32>
    %2417 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2418 = stablehlo.reshape %2417 : (tensor<i32>) -> tensor<1xi32>
    %2419 = stablehlo.concatenate %c_17, %2418, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2420 = stablehlo.dynamic_reshape %2416, %2419 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %2421 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2422 = stablehlo.reshape %2421 : (tensor<i32>) -> tensor<1xi32>
    %2423 = stablehlo.concatenate %c_19, %c_17, %2422, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %2424 = stablehlo.dynamic_broadcast_in_dim %2420, %2423, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %2425 = stablehlo.transpose %2424, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %2426 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2427 = stablehlo.reshape %2426 : (tensor<i32>) -> tensor<1xi32>
    %2428 = stablehlo.concatenate %c_12, %c_17, %2427, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2429 = stablehlo.dynamic_reshape %2425, %2428 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %2430 = stablehlo.concatenate %c_11, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2431 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2432 = stablehlo.reshape %2431 : (tensor<i32>) -> tensor<1xi32>
    %2433 = stablehlo.concatenate %c_19, %c_17, %2432, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2434 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2435 = stablehlo.real_dynamic_slice %2429, %2430, %2433, %2434 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2436 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2437 = stablehlo.reshape %2436 : (tensor<i32>) -> tensor<1xi32>
    %2438 = stablehlo.concatenate %c_17, %2437, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2439 = stablehlo.dynamic_reshape %2435, %2438 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2440 = stablehlo.concatenate %c_19, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2441 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2442 = stablehlo.reshape %2441 : (tensor<i32>) -> tensor<1xi32>
    %2443 = stablehlo.concatenate %c_9, %c_17, %2442, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2444 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2445 = stablehlo.real_dynamic_slice %2429, %2440, %2443, %2444 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2446 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2447 = stablehlo.reshape %2446 : (tensor<i32>) -> tensor<1xi32>
    %2448 = stablehlo.concatenate %c_17, %2447, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2449 = stablehlo.dynamic_reshape %2445, %2448 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2450 = stablehlo.concatenate %c_9, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2451 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2452 = stablehlo.reshape %2451 : (tensor<i32>) -> tensor<1xi32>
    %2453 = stablehlo.concatenate %c_12, %c_17, %2452, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2454 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2455 = stablehlo.real_dynamic_slice %2429, %2450, %2453, %2454 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2456 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2457 = stablehlo.reshape %2456 : (tensor<i32>) -> tensor<1xi32>
    %2458 = stablehlo.concatenate %c_17, %2457, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2459 = stablehlo.dynamic_reshape %2455, %2458 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2460 = stablehlo.convert %arg1 : tensor<i64>
    %2461 = stablehlo.multiply %2460, %c_8 : tensor<i64>
    %2462 = stablehlo.convert %2461 : (tensor<i64>) -> tensor<i32>
    %2463 = stablehlo.reshape %2462 : (tensor<i32>) -> tensor<1xi32>
    %2464 = stablehlo.concatenate %c_17, %2463, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2465 = stablehlo.dynamic_reshape %2439, %2464 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2466 = stablehlo.transpose %2465, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2467 = stablehlo.convert %arg1 : tensor<i64>
    %2468 = stablehlo.multiply %2467, %c_8 : tensor<i64>
    %2469 = stablehlo.convert %2468 : (tensor<i64>) -> tensor<i32>
    %2470 = stablehlo.reshape %2469 : (tensor<i32>) -> tensor<1xi32>
    %2471 = stablehlo.concatenate %c_17, %2470, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2472 = stablehlo.dynamic_reshape %2449, %2471 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2473 = stablehlo.transpose %2472, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2474 = stablehlo.convert %arg1 : tensor<i64>
    %2475 = stablehlo.multiply %2474, %c_8 : tensor<i64>
    %2476 = stablehlo.convert %2475 : (tensor<i64>) -> tensor<i32>
    %2477 = stablehlo.reshape %2476 : (tensor<i32>) -> tensor<1xi32>
    %2478 = stablehlo.concatenate %c_17, %2477, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2479 = stablehlo.dynamic_reshape %2459, %2478 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2480 = stablehlo.transpose %2479, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2481 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2482 = stablehlo.reshape %2481 : (tensor<i32>) -> tensor<1xi32>
    %2483 = stablehlo.concatenate %2482, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2484 = stablehlo.dynamic_reshape %2466, %2483 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2485 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2486 = stablehlo.reshape %2485 : (tensor<i32>) -> tensor<1xi32>
    %2487 = stablehlo.concatenate %2486, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2488 = stablehlo.dynamic_reshape %2473, %2487 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2489 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2490 = stablehlo.reshape %2489 : (tensor<i32>) -> tensor<1xi32>
    %2491 = stablehlo.concatenate %2490, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2492 = stablehlo.dynamic_reshape %2480, %2491 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2493 = stablehlo.dot_general %2484, %2488, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %2494 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2495 = stablehlo.reshape %2494 : (tensor<i32>) -> tensor<1xi32>
    %2496 = stablehlo.concatenate %2495, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2497 = stablehlo.dynamic_broadcast_in_dim %cst_4, %2496, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2498 = stablehlo.multiply %2493, %2497 : tensor<?x12x197x197xf32>
    %2499 = stablehlo.reduce(%2498 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %2500 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2501 = stablehlo.reshape %2500 : (tensor<i32>) -> tensor<1xi32>
    %2502 = stablehlo.concatenate %2501, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2503 = stablehlo.dynamic_broadcast_in_dim %2499, %2502, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %2504 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2505 = stablehlo.reshape %2504 : (tensor<i32>) -> tensor<1xi32>
    %2506 = stablehlo.concatenate %2505, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2507 = stablehlo.dynamic_broadcast_in_dim %2503, %2506, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2508 = stablehlo.subtract %2498, %2507 : tensor<?x12x197x197xf32>
    %2509 = stablehlo.exponential %2508 : tensor<?x12x197x197xf32>
    %2510 = stablehlo.reduce(%2509 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %2511 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2512 = stablehlo.reshape %2511 : (tensor<i32>) -> tensor<1xi32>
    %2513 = stablehlo.concatenate %2512, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2514 = stablehlo.dynamic_broadcast_in_dim %2510, %2513, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %2515 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2516 = stablehlo.reshape %2515 : (tensor<i32>) -> tensor<1xi32>
    %2517 = stablehlo.concatenate %2516, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2518 = stablehlo.dynamic_broadcast_in_dim %2514, %2517, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2519 = stablehlo.divide %2509, %2518 : tensor<?x12x197x197xf32>
    %2520 = stablehlo.dot_general %2519, %2492, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %2521 = stablehlo.transpose %2520, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %2522 = stablehlo.convert %arg1 : tensor<i64>
    %2523 = stablehlo.multiply %2522, %c_18 : tensor<i64>
    %2524 = stablehlo.convert %2523 : (tensor<i64>) -> tensor<i32>
    %2525 = stablehlo.reshape %2524 : (tensor<i32>) -> tensor<1xi32>
    %2526 = stablehlo.concatenate %2525, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2527 = stablehlo.dynamic_reshape %2521, %2526 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2528 = stablehlo.dot_general %2527, %arg118, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
    %2529 = stablehlo.convert %arg1 : tensor<i64>
    %2530 = stablehlo.multiply %2529, %c_18 : tensor<i64>
    %2531 = stablehlo.convert %2530 : (tensor<i64>) -> tensor<i32>
    %2532 = stablehlo.reshape %2531 : (tensor<i32>) -> tensor<1xi32>
    %2533 = stablehlo.concatenate %2532, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2534 = stablehlo.dynamic_broadcast_in_dim %arg119, %2533, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2535 = stablehlo.add %2528, %2534 : tensor<?x768xf32>
    %2536 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2537 = stablehlo.reshape %2536 : (tensor<i32>) -> tensor<1xi32>
    %2538 = stablehlo.concatenate %c_17, %2537, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2539 = stablehlo.dynamic_reshape %2535, %2538 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2540 = stablehlo.transpose %2539, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %2541 = stablehlo.add %2540, %2360 : tensor<?x197x768xf32>
    %2542 = stablehlo.reduce(%2541 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2543 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2544 = stablehlo.reshape %2543 : (tensor<i32>) -> tensor<1xi32>
    %2545 = stablehlo.concatenate %2544, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2546 = stablehlo.dynamic_broadcast_in_dim %2542, %2545, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2547 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2548 = stablehlo.reshape %2547 : (tensor<i32>) -> tensor<1xi32>
    %2549 = stablehlo.concatenate %2548, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2550 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2549, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2551 = stablehlo.divide %2546, %2550 : tensor<?x197x1xf32>
    %2552 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2553 = stablehlo.reshape %2552 : (tensor<i32>) -> tensor<1xi32>
    %2554 = stablehlo.concatenate %2553, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2555 = stablehlo.dynamic_broadcast_in_dim %2551, %2554, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2556 = stablehlo.subtract %2541, %2555 : tensor<?x197x768xf32>
    %2557 = stablehlo.multiply %2556, %2556 : tensor<?x197x768xf32>
    %2558 = stablehlo.reduce(%2557 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2559 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2560 = stablehlo.reshape %2559 : (tensor<i32>) -> tensor<1xi32>
    %2561 = stablehlo.concatenate %2560, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2562 = stablehlo.dynamic_broadcast_in_dim %2558, %2561, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2563 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2564 = stablehlo.reshape %2563 : (tensor<i32>) -> tensor<1xi32>
    %2565 = stablehlo.concatenate %2564, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2566 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2565, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2567 = stablehlo.divide %2562, %2566 : tensor<?x197x1xf32>
    %2568 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2569 = stablehlo.reshape %2568 : (tensor<i32>) -> tensor<1xi32>
    %2570 = stablehlo.concatenate %2569, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2571 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2570, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2572 = stablehlo.add %2567, %2571 : tensor<?x197x1xf32>
    %2573 = stablehlo.rsqrt %2572 : tensor<?x197x1xf32>
    %2574 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2575 = stablehlo.reshape %2574 : (tensor<i32>) -> tensor<1xi32>
    %2576 = stablehlo.concatenate %2575, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2577 = stablehlo.dynamic_broadcast_in_dim %2573, %2576, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2578 = stablehlo.multiply %2556, %2577 : tensor<?x197x768xf32>
    %2579 = stablehlo.broadcast_in_dim %arg120, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2580 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2581 = stablehlo.reshape %2580 : (tensor<i32>) -> tensor<1xi32>
    %2582 = stablehlo.concatenate %2581, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2583 = stablehlo.dynamic_broadcast_in_dim %2579, %2582, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2584 = stablehlo.multiply %2578, %2583 : tensor<?x197x768xf32>
    %2585 = stablehlo.broadcast_in_dim %arg121, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2586 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2587 = stablehlo.reshape %2586 : (tensor<i32>) -> tensor<1xi32>
    %2588 = stablehlo.concatenate %2587, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2589 = stablehlo.dynamic_broadcast_in_dim %2585, %2588, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2590 = stablehlo.add %2584, %2589 : tensor<?x197x768xf32>
    %2591 = stablehlo.dot_general %2590, %arg122, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
    %2592 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2593 = stablehlo.reshape %2592 : (tensor<i32>) -> tensor<1xi32>
    %2594 = stablehlo.concatenate %2593, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2595 = stablehlo.dynamic_broadcast_in_dim %arg123, %2594, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2596 = stablehlo.add %2591, %2595 : tensor<?x197x3072xf32>
    %2597 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2598 = stablehlo.reshape %2597 : (tensor<i32>) -> tensor<1xi32>
    %2599 = stablehlo.concatenate %2598, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2600 = stablehlo.dynamic_broadcast_in_dim %cst_1, %2599, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2601 = stablehlo.multiply %2596, %2600 : tensor<?x197x3072xf32>
    %2602 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2603 = stablehlo.reshape %2602 : (tensor<i32>) -> tensor<1xi32>
    %2604 = stablehlo.concatenate %2603, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2605 = stablehlo.dynamic_broadcast_in_dim %cst_0, %2604, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2606 = stablehlo.multiply %2596, %2605 : tensor<?x197x3072xf32>
    %2607 = stablehlo.composite "chlo.erf" %2606 {decomposition = @chlo.erf.impl_8, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %2608 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2609 = stablehlo.reshape %2608 : (tensor<i32>) -> tensor<1xi32>
    %2610 = stablehlo.concatenate %2609, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2611 = stablehlo.dynamic_broadcast_in_dim %cst, %2610, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2612 = stablehlo.add %2611, %2607 : tensor<?x197x3072xf32>
    %2613 = stablehlo.multiply %2601, %2612 : tensor<?x197x3072xf32>
    %2614 = stablehlo.dot_general %2613, %arg124, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
    %2615 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2616 = stablehlo.reshape %2615 : (tensor<i32>) -> tensor<1xi32>
    %2617 = stablehlo.concatenate %2616, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2618 = stablehlo.dynamic_broadcast_in_dim %arg125, %2617, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2619 = stablehlo.add %2614, %2618 : tensor<?x197x768xf32>
    %2620 = stablehlo.add %2541, %2619 : tensor<?x197x768xf32>
    %2621 = stablehlo.reduce(%2620 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2622 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2623 = stablehlo.reshape %2622 : (tensor<i32>) -> tensor<1xi32>
    %2624 = stablehlo.concatenate %2623, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2625 = stablehlo.dynamic_broadcast_in_dim %2621, %2624, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2626 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2627 = stablehlo.reshape %2626 : (tensor<i32>) -> tensor<1xi32>
    %2628 = stablehlo.concatenate %2627, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2629 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2628, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2630 = stablehlo.divide %2625, %2629 : tensor<?x197x1xf32>
    %2631 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2632 = stablehlo.reshape %2631 : (tensor<i32>) -> tensor<1xi32>
    %2633 = stablehlo.concatenate %2632, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2634 = stablehlo.dynamic_broadcast_in_dim %2630, %2633, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2635 = stablehlo.subtract %2620, %2634 : tensor<?x197x768xf32>
    %2636 = stablehlo.multiply %2635, %2635 : tensor<?x197x768xf32>
    %2637 = stablehlo.reduce(%2636 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2638 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2639 = stablehlo.reshape %2638 : (tensor<i32>) -> tensor<1xi32>
    %2640 = stablehlo.concatenate %2639, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2641 = stablehlo.dynamic_broadcast_in_dim %2637, %2640, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2642 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2643 = stablehlo.reshape %2642 : (tensor<i32>) -> tensor<1xi32>
    %2644 = stablehlo.concatenate %2643, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2645 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2644, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2646 = stablehlo.divide %2641, %2645 : tensor<?x197x1xf32>
    %2647 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2648 = stablehlo.reshape %2647 : (tensor<i32>) -> tensor<1xi32>
    %2649 = stablehlo.concatenate %2648, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2650 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2649, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2651 = stablehlo.add %2646, %2650 : tensor<?x197x1xf32>
    %2652 = stablehlo.rsqrt %2651 : tensor<?x197x1xf32>
    %2653 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2654 = stablehlo.reshape %2653 : (tensor<i32>) -> tensor<1xi32>
    %2655 = stablehlo.concatenate %2654, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2656 = stablehlo.dynamic_broadcast_in_dim %2652, %2655, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2657 = stablehlo.multiply %2635, %2656 : tensor<?x197x768xf32>
    %2658 = stablehlo.broadcast_in_dim %arg126, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2659 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2660 = stablehlo.reshape %2659 : (tensor<i32>) -> tensor<1xi32>
    %2661 = stablehlo.concatenate %2660, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2662 = stablehlo.dynamic_broadcast_in_dim %2658, %2661, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2663 = stablehlo.multiply %2657, %2662 : tensor<?x197x768xf32>
    %2664 = stablehlo.broadcast_in_dim %arg127, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2665 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2666 = stablehlo.reshape %2665 : (tensor<i32>) -> tensor<1xi32>
    %2667 = stablehlo.concatenate %2666, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2668 = stablehlo.dynamic_broadcast_in_dim %2664, %2667, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2669 = stablehlo.add %2663, %2668 : tensor<?x197x768xf32>
    %2670 = stablehlo.transpose %2669, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %2671 = stablehlo.dot_general %2670, %arg128, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
    %2672 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2673 = stablehlo.reshape %2672 : (tensor<i32>) -> tensor<1xi32>
    %2674 = stablehlo.concatenate %c_17, %2673, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2675 = stablehlo.dynamic_broadcast_in_dim %arg129, %2674, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %2676 = stablehlo.add %2671, %2675 : tensor<197x?x2304xf32>
    %2677 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2678 = stablehlo.reshape %2677 : (tensor<i32>) -> tensor<1xi32>
    %2679 = stablehlo.concatenate %c_17, %2678, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2680 = stablehlo.dynamic_reshape %2676, %2679 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %2681 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2682 = stablehlo.reshape %2681 : (tensor<i32>) -> tensor<1xi32>
    %2683 = stablehlo.concatenate %c_19, %c_17, %2682, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %2684 = stablehlo.dynamic_broadcast_in_dim %2680, %2683, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %2685 = stablehlo.transpose %2684, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %2686 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2687 = stablehlo.reshape %2686 : (tensor<i32>) -> tensor<1xi32>
    %2688 = stablehlo.concatenate %c_12, %c_17, %2687, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2689 = stablehlo.dynamic_reshape %2685, %2688 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %2690 = stablehlo.concatenate %c_11, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2691 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2692 = stablehlo.reshape %2691 : (tensor<i32>) -> tensor<1xi32>
    %2693 = stablehlo.concatenate %c_19, %c_17, %2692, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2694 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2695 = stablehlo.real_dynamic_slice %2689, %2690, %2693, %2694 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2696 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2697 = stablehlo.reshape %2696 : (tensor<i32>) -> tensor<1xi32>
    %2698 = stablehlo.concatenate %c_17, %2697, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2699 = stablehlo.dynamic_reshape %2695, %2698 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2700 = stablehlo.concatenate %c_19, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2701 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2702 = stablehlo.reshape %2701 : (tensor<i32>) -> tensor<1xi32>
    %2703 = stablehlo.concatenate %c_9, %c_17, %2702, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2704 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2705 = stablehlo.real_dynamic_slice %2689, %2700, %2703, %2704 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2706 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2707 = stablehlo.reshape %2706 : (tensor<i32>) -> tensor<1xi32>
    %2708 = stablehlo.concatenate %c_17, %2707, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2709 = stablehlo.dynamic_reshape %2705, %2708 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2710 = stablehlo.concatenate %c_9, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2711 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2712 = stablehlo.reshape %2711 : (tensor<i32>) -> tensor<1xi32>
    %2713 = stablehlo.concatenate %c_12, %c_17, %2712, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2714 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2715 = stablehlo.real_dynamic_slice %2689, %2710, %2713, %2714 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2716 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2717 = stablehlo.reshape %2716 : (tensor<i32>) -> tensor<1xi32>
    %2718 = stablehlo.concatenate %c_17, %2717, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2719 = stablehlo.dynamic_reshape %2715, %2718 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2720 = stablehlo.convert %arg1 : tensor<i64>
    %2721 = stablehlo.multiply %2720, %c_8 : tensor<i64>
    %2722 = stablehlo.convert %2721 : (tensor<i64>) -> tensor<i32>
    %2723 = stablehlo.reshape %2722 : (tensor<i32>) -> tensor<1xi32>
    %2724 = stablehlo.concatenate %c_17, %2723, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2725 = stablehlo.dynamic_reshape %2699, %2724 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2726 = stablehlo.transpose %2725, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2727 = stablehlo.convert %arg1 : tensor<i64>
    %2728 = stablehlo.multiply %2727, %c_8 : tensor<i64>
    %2729 = stablehlo.convert %2728 : (tensor<i64>) -> tensor<i32>
    %2730 = stablehlo.reshape %2729 : (tensor<i32>) -> tensor<1xi32>
    %2731 = stablehlo.concatenate %c_17, %2730, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2732 = stablehlo.dynamic_reshape %2709, %2731 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2733 = stablehlo.transpose %2732, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2734 = stablehlo.convert %arg1 : tensor<i64>
    %2735 = stablehlo.multiply %2734, %c_8 : tensor<i64>
    %2736 = stablehlo.convert %2735 : (tensor<i64>) -> tensor<i32>
    %2737 = stablehlo.reshape %2736 : (tensor<i32>) -> tensor<1xi32>
    %2738 = stablehlo.concatenate %c_17, %2737, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2739 = stablehlo.dynamic_reshape %2719, %2738 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2740 = stablehlo.transpose %2739, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2741 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2742 = stablehlo.reshape %2741 : (tensor<i32>) -> tensor<1xi32>
    %2743 = stablehlo.concatenate %2742, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2744 = stablehlo.dynamic_reshape %2726, %2743 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2745 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2746 = stablehlo.reshape %2745 : (tensor<i32>) -> tensor<1xi32>
    %2747 = stablehlo.concatenate %2746, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2748 = stablehlo.dynamic_reshape %2733, %2747 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2749 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2750 = stablehlo.reshape %2749 : (tensor<i32>) -> tensor<1xi32>
    %2751 = stablehlo.concatenate %2750, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2752 = stablehlo.dynamic_reshape %2740, %2751 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2753 = stablehlo.dot_general %2744, %2748, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %2754 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2755 = stablehlo.reshape %2754 : (tensor<i32>) -> tensor<1xi32>
    %2756 = stablehlo.concatenate %2755, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2757 = stablehlo.dynamic_broadcast_in_dim %cst_4, %2756, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2758 = stablehlo.multiply %2753, %2757 : tensor<?x12x197x197xf32>
    %2759 = stablehlo.reduce(%2758 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %2760 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2761 = stablehlo.reshape %2760 : (tensor<i32>) -> tensor<1xi32>
    %2762 = stablehlo.concatenate %2761, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2763 = stablehlo.dynamic_broadcast_in_dim %2759, %2762, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %2764 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2765 = stablehlo.reshape %2764 : (tensor<i32>) -> tensor<1xi32>
    %2766 = stablehlo.concatenate %2765, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2767 = stablehlo.dynamic_broadcast_in_dim %2763, %2766, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2768 = stablehlo.subtract %2758, %2767 : tensor<?x12x197x197xf32>
    %2769 = stablehlo.exponential %2768 : tensor<?x12x197x197xf32>
    %2770 = stablehlo.reduce(%2769 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %2771 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2772 = stablehlo.reshape %2771 : (tensor<i32>) -> tensor<1xi32>
    %2773 = stablehlo.concatenate %2772, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2774 = stablehlo.dynamic_broadcast_in_dim %2770, %2773, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %2775 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2776 = stablehlo.reshape %2775 : (tensor<i32>) -> tensor<1xi32>
    %2777 = stablehlo.concatenate %2776, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2778 = stablehlo.dynamic_broadcast_in_dim %2774, %2777, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2779 = stablehlo.divide %2769, %2778 : tensor<?x12x197x197xf32>
    %2780 = stablehlo.dot_general %2779, %2752, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %2781 = stablehlo.transpose %2780, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %2782 = stablehlo.convert %arg1 : tensor<i64>
    %2783 = stablehlo.multiply %2782, %c_18 : tensor<i64>
    %2784 = stablehlo.convert %2783 : (tensor<i64>) -> tensor<i32>
    %2785 = stablehlo.reshape %2784 : (tensor<i32>) -> tensor<1xi32>
    %2786 = stablehlo.concatenate %2785, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2787 = stablehlo.dynamic_reshape %2781, %2786 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2788 = stablehlo.dot_general %2787, %arg130, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
    %2789 = stablehlo.convert %arg1 : tensor<i64>
    %2790 = stablehlo.multiply %2789, %c_18 : tensor<i64>
    %2791 = stablehlo.convert %2790 : (tensor<i64>) -> tensor<i32>
    %2792 = stablehlo.reshape %2791 : (tensor<i32>) -> tensor<1xi32>
    %2793 = stablehlo.concatenate %2792, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2794 = stablehlo.dynamic_broadcast_in_dim %arg131, %2793, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2795 = stablehlo.add %2788, %2794 : tensor<?x768xf32>
    %2796 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2797 = stablehlo.reshape %2796 : (tensor<i32>) -> tensor<1xi32>
    %2798 = stablehlo.concatenate %c_17, %2797, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2799 = stablehlo.dynamic_reshape %2795, %2798 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2800 = stablehlo.transpose %2799, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %2801 = stablehlo.add %2800, %2620 : tensor<?x197x768xf32>
    %2802 = stablehlo.reduce(%2801 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2803 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2804 = stablehlo.reshape %2803 : (tensor<i32>) -> tensor<1xi32>
    %2805 = stablehlo.concatenate %2804, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2806 = stablehlo.dynamic_broadcast_in_dim %2802, %2805, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2807 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2808 = stablehlo.reshape %2807 : (tensor<i32>) -> tensor<1xi32>
    %2809 = stablehlo.concatenate %2808, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2810 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2809, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2811 = stablehlo.divide %2806, %2810 : tensor<?x197x1xf32>
    %2812 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2813 = stablehlo.reshape %2812 : (tensor<i32>) -> tensor<1xi32>
    %2814 = stablehlo.concatenate %2813, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2815 = stablehlo.dynamic_broadcast_in_dim %2811, %2814, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2816 = stablehlo.subtract %2801, %2815 : tensor<?x197x768xf32>
    %2817 = stablehlo.multiply %2816, %2816 : tensor<?x197x768xf32>
    %2818 = stablehlo.reduce(%2817 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2819 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2820 = stablehlo.reshape %2819 : (tensor<i32>) -> tensor<1xi32>
    %2821 = stablehlo.concatenate %2820, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2822 = stablehlo.dynamic_broadcast_in_dim %2818, %2821, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2823 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2824 = stablehlo.reshape %2823 : (tensor<i32>) -> tensor<1xi32>
    %2825 = stablehlo.concatenate %2824, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2826 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2825, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2827 = stablehlo.divide %2822, %2826 : tensor<?x197x1xf32>
    %2828 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2829 = stablehlo.reshape %2828 : (tensor<i32>) -> tensor<1xi32>
    %2830 = stablehlo.concatenate %2829, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2831 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2830, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2832 = stablehlo.add %2827, %2831 : tensor<?x197x1xf32>
    %2833 = stablehlo.rsqrt %2832 : tensor<?x197x1xf32>
    %2834 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2835 = stablehlo.reshape %2834 : (tensor<i32>) -> tensor<1xi32>
    %2836 = stablehlo.concatenate %2835, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2837 = stablehlo.dynamic_broadcast_in_dim %2833, %2836, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2838 = stablehlo.multiply %2816, %2837 : tensor<?x197x768xf32>
    %2839 = stablehlo.broadcast_in_dim %arg132, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2840 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2841 = stablehlo.reshape %2840 : (tensor<i32>) -> tensor<1xi32>
    %2842 = stablehlo.concatenate %2841, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2843 = stablehlo.dynamic_broadcast_in_dim %2839, %2842, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2844 = stablehlo.multiply %2838, %2843 : tensor<?x197x768xf32>
    %2845 = stablehlo.broadcast_in_dim %arg133, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2846 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2847 = stablehlo.reshape %2846 : (tensor<i32>) -> tensor<1xi32>
    %2848 = stablehlo.concatenate %2847, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2849 = stablehlo.dynamic_broadcast_in_dim %2845, %2848, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2850 = stablehlo.add %2844, %2849 : tensor<?x197x768xf32>
    %2851 = stablehlo.dot_general %2850, %arg134, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
    %2852 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2853 = stablehlo.reshape %2852 : (tensor<i32>) -> tensor<1xi32>
    %2854 = stablehlo.concatenate %2853, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2855 = stablehlo.dynamic_broadcast_in_dim %arg135, %2854, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2856 = stablehlo.add %2851, %2855 : tensor<?x197x3072xf32>
    %2857 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2858 = stablehlo.reshape %2857 : (tensor<i32>) -> tensor<1xi32>
    %2859 = stablehlo.concatenate %2858, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2860 = stablehlo.dynamic_broadcast_in_dim %cst_1, %2859, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2861 = stablehlo.multiply %2856, %2860 : tensor<?x197x3072xf32>
    %2862 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2863 = stablehlo.reshape %2862 : (tensor<i32>) -> tensor<1xi32>
    %2864 = stablehlo.concatenate %2863, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2865 = stablehlo.dynamic_broadcast_in_dim %cst_0, %2864, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2866 = stablehlo.multiply %2856, %2865 : tensor<?x197x3072xf32>
    %2867 = stablehlo.composite "chlo.erf" %2866 {decomposition = @chlo.erf.impl_9, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %2868 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2869 = stablehlo.reshape %2868 : (tensor<i32>) -> tensor<1xi32>
    %2870 = stablehlo.concatenate %2869, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2871 = stablehlo.dynamic_broadcast_in_dim %cst, %2870, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2872 = stablehlo.add %2871, %2867 : tensor<?x197x3072xf32>
    %2873 = stablehlo.multiply %2861, %2872 : tensor<?x197x3072xf32>
    %2874 = stablehlo.dot_general %2873, %arg136, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
    %2875 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2876 = stablehlo.reshape %2875 : (tensor<i32>) -> tensor<1xi32>
    %2877 = stablehlo.concatenate %2876, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2878 = stablehlo.dynamic_broadcast_in_dim %arg137, %2877, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2879 = stablehlo.add %2874, %2878 : tensor<?x197x768xf32>
    %2880 = stablehlo.add %2801, %2879 : tensor<?x197x768xf32>
    %2881 = stablehlo.reduce(%2880 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2882 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2883 = stablehlo.reshape %2882 : (tensor<i32>) -> tensor<1xi32>
    %2884 = stablehlo.concatenate %2883, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2885 = stablehlo.dynamic_broadcast_in_dim %2881, %2884, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2886 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2887 = stablehlo.reshape %2886 : (tensor<i32>) -> tensor<1xi32>
    %2888 = stablehlo.concatenate %2887, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2889 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2888, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2890 = stablehlo.divide %2885, %2889 : tensor<?x197x1xf32>
    %2891 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2892 = stablehlo.reshape %2891 : (tensor<i32>) -> tensor<1xi32>
    %2893 = stablehlo.concatenate %2892, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2894 = stablehlo.dynamic_broadcast_in_dim %2890, %2893, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2895 = stablehlo.subtract %2880, %2894 : tensor<?x197x768xf32>
    %2896 = stablehlo.multiply %2895, %2895 : tensor<?x197x768xf32>
    %2897 = stablehlo.reduce(%2896 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2898 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2899 = stablehlo.reshape %2898 : (tensor<i32>) -> tensor<1xi32>
    %2900 = stablehlo.concatenate %2899, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2901 = stablehlo.dynamic_broadcast_in_dim %2897, %2900, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2902 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2903 = stablehlo.reshape %2902 : (tensor<i32>) -> tensor<1xi32>
    %2904 = stablehlo.concatenate %2903, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2905 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2904, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2906 = stablehlo.divide %2901, %2905 : tensor<?x197x1xf32>
    %2907 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2908 = stablehlo.reshape %2907 : (tensor<i32>) -> tensor<1xi32>
    %2909 = stablehlo.concatenate %2908, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2910 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2909, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2911 = stablehlo.add %2906, %2910 : tensor<?x197x1xf32>
    %2912 = stablehlo.rsqrt %2911 : tensor<?x197x1xf32>
    %2913 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2914 = stablehlo.reshape %2913 : (tensor<i32>) -> tensor<1xi32>
    %2915 = stablehlo.concatenate %2914, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2916 = stablehlo.dynamic_broadcast_in_dim %2912, %2915, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2917 = stablehlo.multiply %2895, %2916 : tensor<?x197x768xf32>
    %2918 = stablehlo.broadcast_in_dim %arg138, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2919 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2920 = stablehlo.reshape %2919 : (tensor<i32>) -> tensor<1xi32>
    %2921 = stablehlo.concatenate %2920, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2922 = stablehlo.dynamic_broadcast_in_dim %2918, %2921, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2923 = stablehlo.multiply %2917, %2922 : tensor<?x197x768xf32>
    %2924 = stablehlo.broadcast_in_dim %arg139, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2925 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2926 = stablehlo.reshape %2925 : (tensor<i32>) -> tensor<1xi32>
    %2927 = stablehlo.concatenate %2926, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2928 = stablehlo.dynamic_broadcast_in_dim %2924, %2927, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2929 = stablehlo.add %2923, %2928 : tensor<?x197x768xf32>
    %2930 = stablehlo.transpose %2929, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %2931 = stablehlo.dot_general %2930, %arg140, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
    %2932 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2933 = stablehlo.reshape %2932 : (tensor<i32>) -> tensor<1xi32>
    %2934 = stablehlo.concatenate %c_17, %2933, %c_13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2935 = stablehlo.dynamic_broadcast_in_dim %arg141, %2934, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %2936 = stablehlo.add %2931, %2935 : tensor<197x?x2304xf32>
    %2937 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2938 = stablehlo.reshape %2937 : (tensor<i32>) -> tensor<1xi32>
    %2939 = stablehlo.concatenate %c_17, %2938, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2940 = stablehlo.dynamic_reshape %2936, %2939 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %2941 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2942 = stablehlo.reshape %2941 : (tensor<i32>) -> tensor<1xi32>
    %2943 = stablehlo.concatenate %c_19, %c_17, %2942, %c_12, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %2944 = stablehlo.dynamic_broadcast_in_dim %2940, %2943, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %2945 = stablehlo.transpose %2944, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %2946 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2947 = stablehlo.reshape %2946 : (tensor<i32>) -> tensor<1xi32>
    %2948 = stablehlo.concatenate %c_12, %c_17, %2947, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2949 = stablehlo.dynamic_reshape %2945, %2948 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %2950 = stablehlo.concatenate %c_11, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2951 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2952 = stablehlo.reshape %2951 : (tensor<i32>) -> tensor<1xi32>
    %2953 = stablehlo.concatenate %c_19, %c_17, %2952, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2954 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2955 = stablehlo.real_dynamic_slice %2949, %2950, %2953, %2954 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2956 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2957 = stablehlo.reshape %2956 : (tensor<i32>) -> tensor<1xi32>
    %2958 = stablehlo.concatenate %c_17, %2957, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2959 = stablehlo.dynamic_reshape %2955, %2958 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2960 = stablehlo.concatenate %c_19, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2961 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2962 = stablehlo.reshape %2961 : (tensor<i32>) -> tensor<1xi32>
    %2963 = stablehlo.concatenate %c_9, %c_17, %2962, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2964 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2965 = stablehlo.real_dynamic_slice %2949, %2960, %2963, %2964 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2966 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2967 = stablehlo.reshape %2966 : (tensor<i32>) -> tensor<1xi32>
    %2968 = stablehlo.concatenate %c_17, %2967, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2969 = stablehlo.dynamic_reshape %2965, %2968 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2970 = stablehlo.concatenate %c_9, %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2971 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2972 = stablehlo.reshape %2971 : (tensor<i32>) -> tensor<1xi32>
    %2973 = stablehlo.concatenate %c_12, %c_17, %2972, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2974 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2975 = stablehlo.real_dynamic_slice %2949, %2970, %2973, %2974 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2976 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2977 = stablehlo.reshape %2976 : (tensor<i32>) -> tensor<1xi32>
    %2978 = stablehlo.concatenate %c_17, %2977, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2979 = stablehlo.dynamic_reshape %2975, %2978 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2980 = stablehlo.convert %arg1 : tensor<i64>
    %2981 = stablehlo.multiply %2980, %c_8 : tensor<i64>
    %2982 = stablehlo.convert %2981 : (tensor<i64>) -> tensor<i32>
    %2983 = stablehlo.reshape %2982 : (tensor<i32>) -> tensor<1xi32>
    %2984 = stablehlo.concatenate %c_17, %2983, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2985 = stablehlo.dynamic_reshape %2959, %2984 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2986 = stablehlo.transpose %2985, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2987 = stablehlo.convert %arg1 : tensor<i64>
    %2988 = stablehlo.multiply %2987, %c_8 : tensor<i64>
    %2989 = stablehlo.convert %2988 : (tensor<i64>) -> tensor<i32>
    %2990 = stablehlo.reshape %2989 : (tensor<i32>) -> tensor<1xi32>
    %2991 = stablehlo.concatenate %c_17, %2990, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2992 = stablehlo.dynamic_reshape %2969, %2991 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2993 = stablehlo.transpose %2992, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2994 = stablehlo.convert %arg1 : tensor<i64>
    %2995 = stablehlo.multiply %2994, %c_8 : tensor<i64>
    %2996 = stablehlo.convert %2995 : (tensor<i64>) -> tensor<i32>
    %2997 = stablehlo.reshape %2996 : (tensor<i32>) -> tensor<1xi32>
    %2998 = stablehlo.concatenate %c_17, %2997, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2999 = stablehlo.dynamic_reshape %2979, %2998 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %3000 = stablehlo.transpose %2999, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %3001 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3002 = stablehlo.reshape %3001 : (tensor<i32>) -> tensor<1xi32>
    %3003 = stablehlo.concatenate %3002, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3004 = stablehlo.dynamic_reshape %2986, %3003 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %3005 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3006 = stablehlo.reshape %3005 : (tensor<i32>) -> tensor<1xi32>
    %3007 = stablehlo.concatenate %3006, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3008 = stablehlo.dynamic_reshape %2993, %3007 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %3009 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3010 = stablehlo.reshape %3009 : (tensor<i32>) -> tensor<1xi32>
    %3011 = stablehlo.concatenate %3010, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3012 = stablehlo.dynamic_reshape %3000, %3011 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %3013 = stablehlo.dot_general %3004, %3008, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %3014 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3015 = stablehlo.reshape %3014 : (tensor<i32>) -> tensor<1xi32>
    %3016 = stablehlo.concatenate %3015, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3017 = stablehlo.dynamic_broadcast_in_dim %cst_4, %3016, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %3018 = stablehlo.multiply %3013, %3017 : tensor<?x12x197x197xf32>
    %3019 = stablehlo.reduce(%3018 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %3020 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3021 = stablehlo.reshape %3020 : (tensor<i32>) -> tensor<1xi32>
    %3022 = stablehlo.concatenate %3021, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3023 = stablehlo.dynamic_broadcast_in_dim %3019, %3022, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %3024 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3025 = stablehlo.reshape %3024 : (tensor<i32>) -> tensor<1xi32>
    %3026 = stablehlo.concatenate %3025, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3027 = stablehlo.dynamic_broadcast_in_dim %3023, %3026, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %3028 = stablehlo.subtract %3018, %3027 : tensor<?x12x197x197xf32>
    %3029 = stablehlo.exponential %3028 : tensor<?x12x197x197xf32>
    %3030 = stablehlo.reduce(%3029 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %3031 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3032 = stablehlo.reshape %3031 : (tensor<i32>) -> tensor<1xi32>
    %3033 = stablehlo.concatenate %3032, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3034 = stablehlo.dynamic_broadcast_in_dim %3030, %3033, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %3035 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3036 = stablehlo.reshape %3035 : (tensor<i32>) -> tensor<1xi32>
    %3037 = stablehlo.concatenate %3036, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3038 = stablehlo.dynamic_broadcast_in_dim %3034, %3037, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %3039 = stablehlo.divide %3029, %3038 : tensor<?x12x197x197xf32>
    %3040 = stablehlo.dot_general %3039, %3012, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %3041 = stablehlo.transpose %3040, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %3042 = stablehlo.convert %arg1 : tensor<i64>
    %3043 = stablehlo.multiply %3042, %c_18 : tensor<i64>
    %3044 = stablehlo.convert %3043 : (tensor<i64>) -> tensor<i32>
    %3045 = stablehlo.reshape %3044 : (tensor<i32>) -> tensor<1xi32>
    %3046 = stablehlo.concatenate %3045, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %3047 = stablehlo.dynamic_reshape %3041, %3046 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %3048 = stablehlo.dot_general %3047, %arg142, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
    %3049 = stablehlo.convert %arg1 : tensor<i64>
    %3050 = stablehlo.multiply %3049, %c_18 : tensor<i64>
    %3051 = stablehlo.convert %3050 : (tensor<i64>) -> tensor<i32>
    %3052 = stablehlo.reshape %3051 : (tensor<i32>) -> tensor<1xi32>
    %3053 = stablehlo.concatenate %3052, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %3054 = stablehlo.dynamic_broadcast_in_dim %arg143, %3053, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %3055 = stablehlo.add %3048, %3054 : tensor<?x768xf32>
    %3056 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3057 = stablehlo.reshape %3056 : (tensor<i32>) -> tensor<1xi32>
    %3058 = stablehlo.concatenate %c_17, %3057, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3059 = stablehlo.dynamic_reshape %3055, %3058 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %3060 = stablehlo.transpose %3059, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %3061 = stablehlo.add %3060, %2880 : tensor<?x197x768xf32>
    %3062 = stablehlo.reduce(%3061 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %3063 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3064 = stablehlo.reshape %3063 : (tensor<i32>) -> tensor<1xi32>
    %3065 = stablehlo.concatenate %3064, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3066 = stablehlo.dynamic_broadcast_in_dim %3062, %3065, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3067 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3068 = stablehlo.reshape %3067 : (tensor<i32>) -> tensor<1xi32>
    %3069 = stablehlo.concatenate %3068, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3070 = stablehlo.dynamic_broadcast_in_dim %cst_15, %3069, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3071 = stablehlo.divide %3066, %3070 : tensor<?x197x1xf32>
    %3072 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3073 = stablehlo.reshape %3072 : (tensor<i32>) -> tensor<1xi32>
    %3074 = stablehlo.concatenate %3073, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3075 = stablehlo.dynamic_broadcast_in_dim %3071, %3074, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3076 = stablehlo.subtract %3061, %3075 : tensor<?x197x768xf32>
    %3077 = stablehlo.multiply %3076, %3076 : tensor<?x197x768xf32>
    %3078 = stablehlo.reduce(%3077 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %3079 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3080 = stablehlo.reshape %3079 : (tensor<i32>) -> tensor<1xi32>
    %3081 = stablehlo.concatenate %3080, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3082 = stablehlo.dynamic_broadcast_in_dim %3078, %3081, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3083 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3084 = stablehlo.reshape %3083 : (tensor<i32>) -> tensor<1xi32>
    %3085 = stablehlo.concatenate %3084, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3086 = stablehlo.dynamic_broadcast_in_dim %cst_15, %3085, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3087 = stablehlo.divide %3082, %3086 : tensor<?x197x1xf32>
    %3088 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3089 = stablehlo.reshape %3088 : (tensor<i32>) -> tensor<1xi32>
    %3090 = stablehlo.concatenate %3089, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3091 = stablehlo.dynamic_broadcast_in_dim %cst_14, %3090, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3092 = stablehlo.add %3087, %3091 : tensor<?x197x1xf32>
    %3093 = stablehlo.rsqrt %3092 : tensor<?x197x1xf32>
    %3094 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3095 = stablehlo.reshape %3094 : (tensor<i32>) -> tensor<1xi32>
    %3096 = stablehlo.concatenate %3095, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3097 = stablehlo.dynamic_broadcast_in_dim %3093, %3096, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3098 = stablehlo.multiply %3076, %3097 : tensor<?x197x768xf32>
    %3099 = stablehlo.broadcast_in_dim %arg144, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3100 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3101 = stablehlo.reshape %3100 : (tensor<i32>) -> tensor<1xi32>
    %3102 = stablehlo.concatenate %3101, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3103 = stablehlo.dynamic_broadcast_in_dim %3099, %3102, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3104 = stablehlo.multiply %3098, %3103 : tensor<?x197x768xf32>
    %3105 = stablehlo.broadcast_in_dim %arg145, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3106 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3107 = stablehlo.reshape %3106 : (tensor<i32>) -> tensor<1xi32>
    %3108 = stablehlo.concatenate %3107, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3109 = stablehlo.dynamic_broadcast_in_dim %3105, %3108, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3110 = stablehlo.add %3104, %3109 : tensor<?x197x768xf32>
    %3111 = stablehlo.dot_general %3110, %arg146, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
    %3112 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3113 = stablehlo.reshape %3112 : (tensor<i32>) -> tensor<1xi32>
    %3114 = stablehlo.concatenate %3113, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3115 = stablehlo.dynamic_broadcast_in_dim %arg147, %3114, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %3116 = stablehlo.add %3111, %3115 : tensor<?x197x3072xf32>
    %3117 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3118 = stablehlo.reshape %3117 : (tensor<i32>) -> tensor<1xi32>
    %3119 = stablehlo.concatenate %3118, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3120 = stablehlo.dynamic_broadcast_in_dim %cst_1, %3119, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %3121 = stablehlo.multiply %3116, %3120 : tensor<?x197x3072xf32>
    %3122 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3123 = stablehlo.reshape %3122 : (tensor<i32>) -> tensor<1xi32>
    %3124 = stablehlo.concatenate %3123, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3125 = stablehlo.dynamic_broadcast_in_dim %cst_0, %3124, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %3126 = stablehlo.multiply %3116, %3125 : tensor<?x197x3072xf32>
    %3127 = stablehlo.composite "chlo.erf" %3126 {decomposition = @chlo.erf.impl_10, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %3128 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3129 = stablehlo.reshape %3128 : (tensor<i32>) -> tensor<1xi32>
    %3130 = stablehlo.concatenate %3129, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3131 = stablehlo.dynamic_broadcast_in_dim %cst, %3130, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %3132 = stablehlo.add %3131, %3127 : tensor<?x197x3072xf32>
    %3133 = stablehlo.multiply %3121, %3132 : tensor<?x197x3072xf32>
    %3134 = stablehlo.dot_general %3133, %arg148, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
    %3135 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3136 = stablehlo.reshape %3135 : (tensor<i32>) -> tensor<1xi32>
    %3137 = stablehlo.concatenate %3136, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3138 = stablehlo.dynamic_broadcast_in_dim %arg149, %3137, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3139 = stablehlo.add %3134, %3138 : tensor<?x197x768xf32>
    %3140 = stablehlo.add %3061, %3139 : tensor<?x197x768xf32>
    %3141 = stablehlo.reduce(%3140 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %3142 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3143 = stablehlo.reshape %3142 : (tensor<i32>) -> tensor<1xi32>
    %3144 = stablehlo.concatenate %3143, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3145 = stablehlo.dynamic_broadcast_in_dim %3141, %3144, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3146 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3147 = stablehlo.reshape %3146 : (tensor<i32>) -> tensor<1xi32>
    %3148 = stablehlo.concatenate %3147, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3149 = stablehlo.dynamic_broadcast_in_dim %cst_15, %3148, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3150 = stablehlo.divide %3145, %3149 : tensor<?x197x1xf32>
    %3151 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3152 = stablehlo.reshape %3151 : (tensor<i32>) -> tensor<1xi32>
    %3153 = stablehlo.concatenate %3152, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3154 = stablehlo.dynamic_broadcast_in_dim %3150, %3153, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3155 = stablehlo.subtract %3140, %3154 : tensor<?x197x768xf32>
    %3156 = stablehlo.multiply %3155, %3155 : tensor<?x197x768xf32>
    %3157 = stablehlo.reduce(%3156 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %3158 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3159 = stablehlo.reshape %3158 : (tensor<i32>) -> tensor<1xi32>
    %3160 = stablehlo.concatenate %3159, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3161 = stablehlo.dynamic_broadcast_in_dim %3157, %3160, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3162 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3163 = stablehlo.reshape %3162 : (tensor<i32>) -> tensor<1xi32>
    %3164 = stablehlo.concatenate %3163, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3165 = stablehlo.dynamic_broadcast_in_dim %cst_15, %3164, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3166 = stablehlo.divide %3161, %3165 : tensor<?x197x1xf32>
    %3167 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3168 = stablehlo.reshape %3167 : (tensor<i32>) -> tensor<1xi32>
    %3169 = stablehlo.concatenate %3168, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3170 = stablehlo.dynamic_broadcast_in_dim %cst_14, %3169, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3171 = stablehlo.add %3166, %3170 : tensor<?x197x1xf32>
    %3172 = stablehlo.rsqrt %3171 : tensor<?x197x1xf32>
    %3173 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3174 = stablehlo.reshape %3173 : (tensor<i32>) -> tensor<1xi32>
    %3175 = stablehlo.concatenate %3174, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3176 = stablehlo.dynamic_broadcast_in_dim %3172, %3175, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3177 = stablehlo.multiply %3155, %3176 : tensor<?x197x768xf32>
    %3178 = stablehlo.broadcast_in_dim %arg150, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3179 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3180 = stablehlo.reshape %3179 : (tensor<i32>) -> tensor<1xi32>
    %3181 = stablehlo.concatenate %3180, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3182 = stablehlo.dynamic_broadcast_in_dim %3178, %3181, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3183 = stablehlo.multiply %3177, %3182 : tensor<?x197x768xf32>
    %3184 = stablehlo.broadcast_in_dim %arg151, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3185 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3186 = stablehlo.reshape %3185 : (tensor<i32>) -> tensor<1xi32>
    %3187 = stablehlo.concatenate %3186, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3188 = stablehlo.dynamic_broadcast_in_dim %3184, %3187, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3189 = stablehlo.add %3183, %3188 : tensor<?x197x768xf32>
    %3190 = stablehlo.concatenate %c_11, %c_11, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3191 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3192 = stablehlo.reshape %3191 : (tensor<i32>) -> tensor<1xi32>
    %3193 = stablehlo.concatenate %3192, %c_19, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3194 = stablehlo.concatenate %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3195 = stablehlo.real_dynamic_slice %3189, %3190, %3193, %3194 : (tensor<?x197x768xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x1x768xf32>
    %3196 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3197 = stablehlo.reshape %3196 : (tensor<i32>) -> tensor<1xi32>
    %3198 = stablehlo.concatenate %3197, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %3199 = stablehlo.dynamic_reshape %3195, %3198 : (tensor<?x1x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %3200 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %3201 = "stablehlo.case"(%3200) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3202 = "stablehlo.case"(%3201) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3203 = "stablehlo.case"(%3202) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3204 = "stablehlo.case"(%3203) ({
      %3210 = stablehlo.convert %arg1 : tensor<i64>
      %3211 = stablehlo.compare GE, %3210, %c_10, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3212 = stablehlo.compare LE, %3210, %c_7, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3213 = stablehlo.and %3211, %3212 : tensor<i1>
      %3214 = stablehlo.convert %3213 : (tensor<i1>) -> tensor<i32>
      %3215 = "stablehlo.case"(%3214) ({
        %3216 = stablehlo.dot_general %3199, %arg152, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<1000x768xf32>) -> tensor<?x1000xf32>
        stablehlo.return %3216 : tensor<?x1000xf32>
      }, {
        %3216 = stablehlo.dot_general %arg152, %3199, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1000x768xf32>, tensor<?x768xf32>) -> tensor<1000x?xf32>
        %3217 = stablehlo.optimization_barrier %3216 : tensor<1000x?xf32>
        %3218 = stablehlo.transpose %3217, dims = [1, 0] : (tensor<1000x?xf32>) -> tensor<?x1000xf32>
        stablehlo.return %3218 : tensor<?x1000xf32>
      }) : (tensor<i32>) -> tensor<?x1000xf32>
      stablehlo.return %3215 : tensor<?x1000xf32>
    }, {
      %3210 = stablehlo.dot_general %3199, %arg152, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<1000x768xf32>) -> tensor<?x1000xf32>
      stablehlo.return %3210 : tensor<?x1000xf32>
    }) : (tensor<i32>) -> tensor<?x1000xf32>
    %3205 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3206 = stablehlo.reshape %3205 : (tensor<i32>) -> tensor<1xi32>
    %3207 = stablehlo.concatenate %3206, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %3208 = stablehlo.dynamic_broadcast_in_dim %arg153, %3207, dims = [1] : (tensor<1000xf32>, tensor<2xi32>) -> tensor<?x1000xf32>
    %3209 = stablehlo.add %3204, %3208 : tensor<?x1000xf32>
    return %3209 : tensor<?x1000xf32>
  }
  func.func private @chlo.erf.impl_10(%arg0: tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x197x3072xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x197x3072xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x197x3072xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x197x3072xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x197x3072xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x197x3072xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x197x3072xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x197x3072xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x197x3072xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x197x3072xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x197x3072xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x197x3072xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x197x3072xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x197x3072xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x197x3072xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x197x3072xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x197x3072xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x197x3072xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x197x3072xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x197x3072xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x197x3072xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x197x3072xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x197x3072xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x197x3072xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x197x3072xf32>
    return %152 : tensor<?x197x3072xf32>
  }
  func.func private @chlo.erf.impl_9(%arg0: tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x197x3072xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x197x3072xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x197x3072xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x197x3072xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x197x3072xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x197x3072xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x197x3072xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x197x3072xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x197x3072xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x197x3072xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x197x3072xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x197x3072xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x197x3072xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x197x3072xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x197x3072xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x197x3072xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x197x3072xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x197x3072xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x197x3072xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x197x3072xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x197x3072xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x197x3072xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x197x3072xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x197x3072xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x197x3072xf32>
    return %152 : tensor<?x197x3072xf32>
  }
  func.func private @chlo.erf.impl_8(%arg0: tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x197x3072xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x197x3072xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x197x3072xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x197x3072xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x197x3072xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x197x3072xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x197x3072xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x197x3072xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x197x3072xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x197x3072xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x197x3072xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x197x3072xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x197x3072xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x197x3072xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x197x3072xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x197x3072xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x197x3072xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x197x3072xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x197x3072xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x197x3072xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x197x3072xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x197x3072xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x197x3072xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x197x3072xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x197x3072xf32>
    return %152 : tensor<?x197x3072xf32>
  }
  func.func private @chlo.erf.impl_7(%arg0: tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x197x3072xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x197x3072xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x197x3072xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x197x3072xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x197x3072xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x197x3072xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x197x3072xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x197x3072xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x197x3072xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x197x3072xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x197x3072xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x197x3072xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x197x3072xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x197x3072xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x197x3072xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x197x3072xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x197x3072xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x197x3072xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x197x3072xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x197x3072xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x197x3072xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x197x3072xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x197x3072xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x197x3072xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x197x3072xf32>
    return %152 : tensor<?x197x3072xf32>
  }
  func.func private @chlo.erf.impl_6(%arg0: tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x197x3072xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x197x3072xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x197x3072xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x197x3072xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x197x3072xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x197x3072xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x197x3072xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x197x3072xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x197x3072xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x197x3072xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x197x3072xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x197x3072xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x197x3072xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x197x3072xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x197x3072xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x197x3072xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x197x3072xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x197x3072xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x197x3072xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x197x3072xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x197x3072xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x197x3072xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x197x3072xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x197x3072xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x197x3072xf32>
    return %152 : tensor<?x197x3072xf32>
  }
  func.func private @chlo.erf.impl_5(%arg0: tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x197x3072xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x197x3072xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x197x3072xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x197x3072xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x197x3072xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x197x3072xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x197x3072xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x197x3072xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x197x3072xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x197x3072xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x197x3072xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x197x3072xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x197x3072xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x197x3072xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x197x3072xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x197x3072xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x197x3072xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x197x3072xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x197x3072xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x197x3072xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x197x3072xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x197x3072xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x197x3072xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x197x3072xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x197x3072xf32>
    return %152 : tensor<?x197x3072xf32>
  }
  func.func private @chlo.erf.impl_4(%arg0: tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x197x3072xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x197x3072xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x197x3072xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x197x3072xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x197x3072xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x197x3072xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x197x3072xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x197x3072xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x197x3072xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x197x3072xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x197x3072xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x197x3072xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x197x3072xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x197x3072xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x197x3072xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x197x3072xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x197x3072xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x197x3072xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x197x3072xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x197x3072xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x197x3072xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x197x3072xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x197x3072xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x197x3072xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x197x3072xf32>
    return %152 : tensor<?x197x3072xf32>
  }
  func.func private @chlo.erf.impl_3(%arg0: tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x197x3072xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x197x3072xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x197x3072xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x197x3072xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x197x3072xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x197x3072xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x197x3072xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x197x3072xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x197x3072xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x197x3072xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x197x3072xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x197x3072xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x197x3072xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x197x3072xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x197x3072xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x197x3072xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x197x3072xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x197x3072xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x197x3072xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x197x3072xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x197x3072xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x197x3072xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x197x3072xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x197x3072xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x197x3072xf32>
    return %152 : tensor<?x197x3072xf32>
  }
  func.func private @chlo.erf.impl_2(%arg0: tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x197x3072xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x197x3072xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x197x3072xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x197x3072xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x197x3072xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x197x3072xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x197x3072xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x197x3072xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x197x3072xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x197x3072xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x197x3072xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x197x3072xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x197x3072xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x197x3072xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x197x3072xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x197x3072xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x197x3072xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x197x3072xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x197x3072xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x197x3072xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x197x3072xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x197x3072xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x197x3072xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x197x3072xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x197x3072xf32>
    return %152 : tensor<?x197x3072xf32>
  }
  func.func private @chlo.erf.impl_1(%arg0: tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x197x3072xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x197x3072xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x197x3072xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x197x3072xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x197x3072xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x197x3072xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x197x3072xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x197x3072xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x197x3072xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x197x3072xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x197x3072xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x197x3072xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x197x3072xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x197x3072xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x197x3072xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x197x3072xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x197x3072xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x197x3072xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x197x3072xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x197x3072xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x197x3072xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x197x3072xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x197x3072xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x197x3072xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x197x3072xf32>
    return %152 : tensor<?x197x3072xf32>
  }
  func.func private @chlo.erf.impl_0(%arg0: tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x197x3072xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x197x3072xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x197x3072xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x197x3072xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x197x3072xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x197x3072xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x197x3072xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x197x3072xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x197x3072xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x197x3072xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x197x3072xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x197x3072xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x197x3072xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x197x3072xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x197x3072xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x197x3072xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x197x3072xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x197x3072xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x197x3072xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x197x3072xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x197x3072xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x197x3072xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x197x3072xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x197x3072xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x197x3072xf32>
    return %152 : tensor<?x197x3072xf32>
  }
  func.func private @chlo.erf.impl(%arg0: tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32> {
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
    %0 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %1 = stablehlo.reshape %0 : (tensor<i32>) -> tensor<1xi32>
    %2 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %3 = stablehlo.reshape %2 : (tensor<i32>) -> tensor<1xi32>
    %4 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %5 = stablehlo.reshape %4 : (tensor<i32>) -> tensor<1xi32>
    %6 = stablehlo.concatenate %1, %3, %5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %7 = stablehlo.dynamic_broadcast_in_dim %cst_14, %6, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %8 = stablehlo.get_dimension_size %arg0, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.get_dimension_size %arg0, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %11 = stablehlo.reshape %10 : (tensor<i32>) -> tensor<1xi32>
    %12 = stablehlo.get_dimension_size %arg0, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %13 = stablehlo.reshape %12 : (tensor<i32>) -> tensor<1xi32>
    %14 = stablehlo.concatenate %9, %11, %13, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %15 = stablehlo.dynamic_broadcast_in_dim %cst_13, %14, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %16 = stablehlo.clamp %7, %arg0, %15 : tensor<?x197x3072xf32>
    %17 = stablehlo.multiply %16, %16 : tensor<?x197x3072xf32>
    %18 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %21 = stablehlo.reshape %20 : (tensor<i32>) -> tensor<1xi32>
    %22 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %23 = stablehlo.reshape %22 : (tensor<i32>) -> tensor<1xi32>
    %24 = stablehlo.concatenate %19, %21, %23, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %25 = stablehlo.dynamic_broadcast_in_dim %cst_12, %24, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %26 = stablehlo.multiply %25, %17 : tensor<?x197x3072xf32>
    %27 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %28 = stablehlo.reshape %27 : (tensor<i32>) -> tensor<1xi32>
    %29 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %30 = stablehlo.reshape %29 : (tensor<i32>) -> tensor<1xi32>
    %31 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %32 = stablehlo.reshape %31 : (tensor<i32>) -> tensor<1xi32>
    %33 = stablehlo.concatenate %28, %30, %32, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %34 = stablehlo.dynamic_broadcast_in_dim %cst_11, %33, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %35 = stablehlo.add %26, %34 : tensor<?x197x3072xf32>
    %36 = stablehlo.multiply %35, %17 : tensor<?x197x3072xf32>
    %37 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %40 = stablehlo.reshape %39 : (tensor<i32>) -> tensor<1xi32>
    %41 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %42 = stablehlo.reshape %41 : (tensor<i32>) -> tensor<1xi32>
    %43 = stablehlo.concatenate %38, %40, %42, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %44 = stablehlo.dynamic_broadcast_in_dim %cst_10, %43, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %45 = stablehlo.add %36, %44 : tensor<?x197x3072xf32>
    %46 = stablehlo.multiply %45, %17 : tensor<?x197x3072xf32>
    %47 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %48 = stablehlo.reshape %47 : (tensor<i32>) -> tensor<1xi32>
    %49 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %50 = stablehlo.reshape %49 : (tensor<i32>) -> tensor<1xi32>
    %51 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %52 = stablehlo.reshape %51 : (tensor<i32>) -> tensor<1xi32>
    %53 = stablehlo.concatenate %48, %50, %52, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %54 = stablehlo.dynamic_broadcast_in_dim %cst_9, %53, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %55 = stablehlo.add %46, %54 : tensor<?x197x3072xf32>
    %56 = stablehlo.multiply %55, %17 : tensor<?x197x3072xf32>
    %57 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %58 = stablehlo.reshape %57 : (tensor<i32>) -> tensor<1xi32>
    %59 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %60 = stablehlo.reshape %59 : (tensor<i32>) -> tensor<1xi32>
    %61 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %62 = stablehlo.reshape %61 : (tensor<i32>) -> tensor<1xi32>
    %63 = stablehlo.concatenate %58, %60, %62, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %64 = stablehlo.dynamic_broadcast_in_dim %cst_8, %63, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %65 = stablehlo.add %56, %64 : tensor<?x197x3072xf32>
    %66 = stablehlo.multiply %65, %17 : tensor<?x197x3072xf32>
    %67 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %68 = stablehlo.reshape %67 : (tensor<i32>) -> tensor<1xi32>
    %69 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %70 = stablehlo.reshape %69 : (tensor<i32>) -> tensor<1xi32>
    %71 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %72 = stablehlo.reshape %71 : (tensor<i32>) -> tensor<1xi32>
    %73 = stablehlo.concatenate %68, %70, %72, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %74 = stablehlo.dynamic_broadcast_in_dim %cst_7, %73, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %75 = stablehlo.add %66, %74 : tensor<?x197x3072xf32>
    %76 = stablehlo.multiply %75, %17 : tensor<?x197x3072xf32>
    %77 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %78 = stablehlo.reshape %77 : (tensor<i32>) -> tensor<1xi32>
    %79 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %82 = stablehlo.reshape %81 : (tensor<i32>) -> tensor<1xi32>
    %83 = stablehlo.concatenate %78, %80, %82, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %84 = stablehlo.dynamic_broadcast_in_dim %cst_6, %83, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %85 = stablehlo.add %76, %84 : tensor<?x197x3072xf32>
    %86 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %87 = stablehlo.reshape %86 : (tensor<i32>) -> tensor<1xi32>
    %88 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %91 = stablehlo.reshape %90 : (tensor<i32>) -> tensor<1xi32>
    %92 = stablehlo.concatenate %87, %89, %91, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %93 = stablehlo.dynamic_broadcast_in_dim %cst_5, %92, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %94 = stablehlo.multiply %93, %17 : tensor<?x197x3072xf32>
    %95 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %96 = stablehlo.reshape %95 : (tensor<i32>) -> tensor<1xi32>
    %97 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %98 = stablehlo.reshape %97 : (tensor<i32>) -> tensor<1xi32>
    %99 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %100 = stablehlo.reshape %99 : (tensor<i32>) -> tensor<1xi32>
    %101 = stablehlo.concatenate %96, %98, %100, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %102 = stablehlo.dynamic_broadcast_in_dim %cst_4, %101, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %103 = stablehlo.add %94, %102 : tensor<?x197x3072xf32>
    %104 = stablehlo.multiply %103, %17 : tensor<?x197x3072xf32>
    %105 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %106 = stablehlo.reshape %105 : (tensor<i32>) -> tensor<1xi32>
    %107 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %110 = stablehlo.reshape %109 : (tensor<i32>) -> tensor<1xi32>
    %111 = stablehlo.concatenate %106, %108, %110, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %112 = stablehlo.dynamic_broadcast_in_dim %cst_3, %111, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %113 = stablehlo.add %104, %112 : tensor<?x197x3072xf32>
    %114 = stablehlo.multiply %113, %17 : tensor<?x197x3072xf32>
    %115 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %116 = stablehlo.reshape %115 : (tensor<i32>) -> tensor<1xi32>
    %117 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %118 = stablehlo.reshape %117 : (tensor<i32>) -> tensor<1xi32>
    %119 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %120 = stablehlo.reshape %119 : (tensor<i32>) -> tensor<1xi32>
    %121 = stablehlo.concatenate %116, %118, %120, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %122 = stablehlo.dynamic_broadcast_in_dim %cst_2, %121, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %123 = stablehlo.add %114, %122 : tensor<?x197x3072xf32>
    %124 = stablehlo.multiply %123, %17 : tensor<?x197x3072xf32>
    %125 = stablehlo.get_dimension_size %17, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %126 = stablehlo.reshape %125 : (tensor<i32>) -> tensor<1xi32>
    %127 = stablehlo.get_dimension_size %17, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %128 = stablehlo.reshape %127 : (tensor<i32>) -> tensor<1xi32>
    %129 = stablehlo.get_dimension_size %17, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %126, %128, %130, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_broadcast_in_dim %cst_1, %131, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %133 = stablehlo.add %124, %132 : tensor<?x197x3072xf32>
    %134 = stablehlo.multiply %16, %85 : tensor<?x197x3072xf32>
    %135 = stablehlo.divide %134, %133 : tensor<?x197x3072xf32>
    %136 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %139 = stablehlo.reshape %138 : (tensor<i32>) -> tensor<1xi32>
    %140 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %141 = stablehlo.reshape %140 : (tensor<i32>) -> tensor<1xi32>
    %142 = stablehlo.concatenate %137, %139, %141, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %143 = stablehlo.dynamic_broadcast_in_dim %cst_0, %142, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %144 = stablehlo.get_dimension_size %16, dim = 0 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %145 = stablehlo.reshape %144 : (tensor<i32>) -> tensor<1xi32>
    %146 = stablehlo.get_dimension_size %16, dim = 1 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %147 = stablehlo.reshape %146 : (tensor<i32>) -> tensor<1xi32>
    %148 = stablehlo.get_dimension_size %16, dim = 2 : (tensor<?x197x3072xf32>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %145, %147, %149, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %151 = stablehlo.dynamic_broadcast_in_dim %cst, %150, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %152 = stablehlo.clamp %143, %135, %151 : tensor<?x197x3072xf32>
    return %152 : tensor<?x197x3072xf32>
  }
}
