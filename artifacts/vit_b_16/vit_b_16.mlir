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
    %c_7 = stablehlo.constant dense<12> : tensor<i64>
    %c_8 = stablehlo.constant dense<2> : tensor<1xi32>
    %c_9 = stablehlo.constant dense<0> : tensor<1xi32>
    %c_10 = stablehlo.constant dense<3> : tensor<1xi32>
    %c_11 = stablehlo.constant dense<2304> : tensor<1xi32>
    %c_12 = stablehlo.constant dense<64> : tensor<i64>
    %c_13 = stablehlo.constant dense<2> : tensor<i64>
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
    %71 = stablehlo.convert %arg1 : tensor<i64>
    %72 = stablehlo.multiply %71, %c_18 : tensor<i64>
    %73 = stablehlo.convert %72 : tensor<i64>
    %74 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %75 = "stablehlo.case"(%74) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %76 = "stablehlo.case"(%75) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %77 = "stablehlo.case"(%76) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %78 = "stablehlo.case"(%77) ({
      %3547 = stablehlo.compare GE, %73, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %73, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %70, %arg8, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3552 : tensor<197x?x2304xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %70, %3556 : (tensor<197x?x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg8, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2304x768xf32>, tensor<?x768xf32>) -> tensor<2304x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<2304x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<2304x?xf32>) -> tensor<?x2304xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %c_17, %3562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3564 : tensor<197x?x2304xf32>
      }) : (tensor<i32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3551 : tensor<197x?x2304xf32>
    }, {
      %3547 = stablehlo.dot_general %70, %arg8, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3547 : tensor<197x?x2304xf32>
    }) : (tensor<i32>) -> tensor<197x?x2304xf32>
    %79 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.concatenate %c_17, %80, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %82 = stablehlo.dynamic_broadcast_in_dim %arg9, %81, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %83 = stablehlo.add %78, %82 : tensor<197x?x2304xf32>
    %84 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %85 = stablehlo.reshape %84 : (tensor<i32>) -> tensor<1xi32>
    %86 = stablehlo.concatenate %c_17, %85, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %87 = stablehlo.dynamic_reshape %83, %86 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %88 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %89 = stablehlo.reshape %88 : (tensor<i32>) -> tensor<1xi32>
    %90 = stablehlo.concatenate %c_19, %c_17, %89, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %91 = stablehlo.dynamic_broadcast_in_dim %87, %90, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %92 = stablehlo.transpose %91, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %93 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %94 = stablehlo.reshape %93 : (tensor<i32>) -> tensor<1xi32>
    %95 = stablehlo.concatenate %c_10, %c_17, %94, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %96 = stablehlo.dynamic_reshape %92, %95 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %97 = stablehlo.concatenate %c_9, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %98 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %99 = stablehlo.reshape %98 : (tensor<i32>) -> tensor<1xi32>
    %100 = stablehlo.concatenate %c_19, %c_17, %99, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %101 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %102 = stablehlo.real_dynamic_slice %96, %97, %100, %101 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %103 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %104 = stablehlo.reshape %103 : (tensor<i32>) -> tensor<1xi32>
    %105 = stablehlo.concatenate %c_17, %104, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %106 = stablehlo.dynamic_reshape %102, %105 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %107 = stablehlo.concatenate %c_19, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %108 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %109 = stablehlo.reshape %108 : (tensor<i32>) -> tensor<1xi32>
    %110 = stablehlo.concatenate %c_8, %c_17, %109, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %111 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %112 = stablehlo.real_dynamic_slice %96, %107, %110, %111 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %113 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %114 = stablehlo.reshape %113 : (tensor<i32>) -> tensor<1xi32>
    %115 = stablehlo.concatenate %c_17, %114, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %116 = stablehlo.dynamic_reshape %112, %115 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %117 = stablehlo.concatenate %c_8, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %118 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %119 = stablehlo.reshape %118 : (tensor<i32>) -> tensor<1xi32>
    %120 = stablehlo.concatenate %c_10, %c_17, %119, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %121 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %122 = stablehlo.real_dynamic_slice %96, %117, %120, %121 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %123 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %124 = stablehlo.reshape %123 : (tensor<i32>) -> tensor<1xi32>
    %125 = stablehlo.concatenate %c_17, %124, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %126 = stablehlo.dynamic_reshape %122, %125 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %127 = stablehlo.convert %arg1 : tensor<i64>
    %128 = stablehlo.multiply %127, %c_7 : tensor<i64>
    %129 = stablehlo.convert %128 : (tensor<i64>) -> tensor<i32>
    %130 = stablehlo.reshape %129 : (tensor<i32>) -> tensor<1xi32>
    %131 = stablehlo.concatenate %c_17, %130, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %132 = stablehlo.dynamic_reshape %106, %131 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %133 = stablehlo.transpose %132, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %134 = stablehlo.convert %arg1 : tensor<i64>
    %135 = stablehlo.multiply %134, %c_7 : tensor<i64>
    %136 = stablehlo.convert %135 : (tensor<i64>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.concatenate %c_17, %137, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %139 = stablehlo.dynamic_reshape %116, %138 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %140 = stablehlo.transpose %139, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %141 = stablehlo.convert %arg1 : tensor<i64>
    %142 = stablehlo.multiply %141, %c_7 : tensor<i64>
    %143 = stablehlo.convert %142 : (tensor<i64>) -> tensor<i32>
    %144 = stablehlo.reshape %143 : (tensor<i32>) -> tensor<1xi32>
    %145 = stablehlo.concatenate %c_17, %144, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %146 = stablehlo.dynamic_reshape %126, %145 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %147 = stablehlo.transpose %146, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %148 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %149 = stablehlo.reshape %148 : (tensor<i32>) -> tensor<1xi32>
    %150 = stablehlo.concatenate %149, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %151 = stablehlo.dynamic_reshape %133, %150 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %152 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %153 = stablehlo.reshape %152 : (tensor<i32>) -> tensor<1xi32>
    %154 = stablehlo.concatenate %153, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %155 = stablehlo.dynamic_reshape %140, %154 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %156 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %157 = stablehlo.reshape %156 : (tensor<i32>) -> tensor<1xi32>
    %158 = stablehlo.concatenate %157, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %159 = stablehlo.dynamic_reshape %147, %158 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %160 = stablehlo.dot_general %151, %155, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %161 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %162 = stablehlo.reshape %161 : (tensor<i32>) -> tensor<1xi32>
    %163 = stablehlo.concatenate %162, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %164 = stablehlo.dynamic_broadcast_in_dim %cst_4, %163, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %165 = stablehlo.multiply %160, %164 : tensor<?x12x197x197xf32>
    %166 = stablehlo.reduce(%165 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %167 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %168 = stablehlo.reshape %167 : (tensor<i32>) -> tensor<1xi32>
    %169 = stablehlo.concatenate %168, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %170 = stablehlo.dynamic_broadcast_in_dim %166, %169, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %171 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %172 = stablehlo.reshape %171 : (tensor<i32>) -> tensor<1xi32>
    %173 = stablehlo.concatenate %172, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %174 = stablehlo.dynamic_broadcast_in_dim %170, %173, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %175 = stablehlo.subtract %165, %174 : tensor<?x12x197x197xf32>
    %176 = stablehlo.exponential %175 : tensor<?x12x197x197xf32>
    %177 = stablehlo.reduce(%176 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %178 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %179 = stablehlo.reshape %178 : (tensor<i32>) -> tensor<1xi32>
    %180 = stablehlo.concatenate %179, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %181 = stablehlo.dynamic_broadcast_in_dim %177, %180, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %182 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %183 = stablehlo.reshape %182 : (tensor<i32>) -> tensor<1xi32>
    %184 = stablehlo.concatenate %183, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %185 = stablehlo.dynamic_broadcast_in_dim %181, %184, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %186 = stablehlo.divide %176, %185 : tensor<?x12x197x197xf32>
    %187 = stablehlo.dot_general %186, %159, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %188 = stablehlo.transpose %187, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %189 = stablehlo.convert %arg1 : tensor<i64>
    %190 = stablehlo.multiply %189, %c_18 : tensor<i64>
    %191 = stablehlo.convert %190 : (tensor<i64>) -> tensor<i32>
    %192 = stablehlo.reshape %191 : (tensor<i32>) -> tensor<1xi32>
    %193 = stablehlo.concatenate %192, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %194 = stablehlo.dynamic_reshape %188, %193 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %195 = stablehlo.convert %arg1 : tensor<i64>
    %196 = stablehlo.multiply %195, %c_18 : tensor<i64>
    %197 = stablehlo.convert %196 : tensor<i64>
    %198 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %199 = "stablehlo.case"(%198) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %200 = "stablehlo.case"(%199) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %201 = "stablehlo.case"(%200) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %202 = "stablehlo.case"(%201) ({
      %3547 = stablehlo.compare GE, %197, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %197, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %194, %arg10, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
        stablehlo.return %3552 : tensor<?x768xf32>
      }, {
        %3552 = stablehlo.dot_general %arg10, %194, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x768xf32>, tensor<?x768xf32>) -> tensor<768x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<768x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        stablehlo.return %3554 : tensor<?x768xf32>
      }) : (tensor<i32>) -> tensor<?x768xf32>
      stablehlo.return %3551 : tensor<?x768xf32>
    }, {
      %3547 = stablehlo.dot_general %194, %arg10, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
      stablehlo.return %3547 : tensor<?x768xf32>
    }) : (tensor<i32>) -> tensor<?x768xf32>
    %203 = stablehlo.convert %arg1 : tensor<i64>
    %204 = stablehlo.multiply %203, %c_18 : tensor<i64>
    %205 = stablehlo.convert %204 : (tensor<i64>) -> tensor<i32>
    %206 = stablehlo.reshape %205 : (tensor<i32>) -> tensor<1xi32>
    %207 = stablehlo.concatenate %206, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %208 = stablehlo.dynamic_broadcast_in_dim %arg11, %207, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %209 = stablehlo.add %202, %208 : tensor<?x768xf32>
    %210 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %211 = stablehlo.reshape %210 : (tensor<i32>) -> tensor<1xi32>
    %212 = stablehlo.concatenate %c_17, %211, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %213 = stablehlo.dynamic_reshape %209, %212 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %214 = stablehlo.transpose %213, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %215 = stablehlo.add %214, %20 : tensor<?x197x768xf32>
    %216 = stablehlo.reduce(%215 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %217 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %218 = stablehlo.reshape %217 : (tensor<i32>) -> tensor<1xi32>
    %219 = stablehlo.concatenate %218, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %220 = stablehlo.dynamic_broadcast_in_dim %216, %219, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %221 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %222 = stablehlo.reshape %221 : (tensor<i32>) -> tensor<1xi32>
    %223 = stablehlo.concatenate %222, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %224 = stablehlo.dynamic_broadcast_in_dim %cst_15, %223, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %225 = stablehlo.divide %220, %224 : tensor<?x197x1xf32>
    %226 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %227 = stablehlo.reshape %226 : (tensor<i32>) -> tensor<1xi32>
    %228 = stablehlo.concatenate %227, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %229 = stablehlo.dynamic_broadcast_in_dim %225, %228, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %230 = stablehlo.subtract %215, %229 : tensor<?x197x768xf32>
    %231 = stablehlo.multiply %230, %230 : tensor<?x197x768xf32>
    %232 = stablehlo.reduce(%231 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %233 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %234 = stablehlo.reshape %233 : (tensor<i32>) -> tensor<1xi32>
    %235 = stablehlo.concatenate %234, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %236 = stablehlo.dynamic_broadcast_in_dim %232, %235, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %237 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %238 = stablehlo.reshape %237 : (tensor<i32>) -> tensor<1xi32>
    %239 = stablehlo.concatenate %238, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %240 = stablehlo.dynamic_broadcast_in_dim %cst_15, %239, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %241 = stablehlo.divide %236, %240 : tensor<?x197x1xf32>
    %242 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %243 = stablehlo.reshape %242 : (tensor<i32>) -> tensor<1xi32>
    %244 = stablehlo.concatenate %243, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %245 = stablehlo.dynamic_broadcast_in_dim %cst_14, %244, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %246 = stablehlo.add %241, %245 : tensor<?x197x1xf32>
    %247 = stablehlo.rsqrt %246 : tensor<?x197x1xf32>
    %248 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %249 = stablehlo.reshape %248 : (tensor<i32>) -> tensor<1xi32>
    %250 = stablehlo.concatenate %249, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %251 = stablehlo.dynamic_broadcast_in_dim %247, %250, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %252 = stablehlo.multiply %230, %251 : tensor<?x197x768xf32>
    %253 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %254 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %255 = stablehlo.reshape %254 : (tensor<i32>) -> tensor<1xi32>
    %256 = stablehlo.concatenate %255, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %257 = stablehlo.dynamic_broadcast_in_dim %253, %256, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %258 = stablehlo.multiply %252, %257 : tensor<?x197x768xf32>
    %259 = stablehlo.broadcast_in_dim %arg13, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %260 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %261 = stablehlo.reshape %260 : (tensor<i32>) -> tensor<1xi32>
    %262 = stablehlo.concatenate %261, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %263 = stablehlo.dynamic_broadcast_in_dim %259, %262, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %264 = stablehlo.add %258, %263 : tensor<?x197x768xf32>
    %265 = stablehlo.convert %arg1 : tensor<i64>
    %266 = stablehlo.multiply %265, %c_18 : tensor<i64>
    %267 = stablehlo.convert %266 : tensor<i64>
    %268 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %269 = "stablehlo.case"(%268) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %270 = "stablehlo.case"(%269) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %271 = "stablehlo.case"(%270) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %272 = "stablehlo.case"(%271) ({
      %3547 = stablehlo.compare GE, %267, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %267, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %264, %arg14, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3552 : tensor<?x197x3072xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %264, %3556 : (tensor<?x197x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg14, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3072x768xf32>, tensor<?x768xf32>) -> tensor<3072x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<3072x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<3072x?xf32>) -> tensor<?x3072xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3564 : tensor<?x197x3072xf32>
      }) : (tensor<i32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3551 : tensor<?x197x3072xf32>
    }, {
      %3547 = stablehlo.dot_general %264, %arg14, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3547 : tensor<?x197x3072xf32>
    }) : (tensor<i32>) -> tensor<?x197x3072xf32>
    %273 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %274 = stablehlo.reshape %273 : (tensor<i32>) -> tensor<1xi32>
    %275 = stablehlo.concatenate %274, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %276 = stablehlo.dynamic_broadcast_in_dim %arg15, %275, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %277 = stablehlo.add %272, %276 : tensor<?x197x3072xf32>
    %278 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %279 = stablehlo.reshape %278 : (tensor<i32>) -> tensor<1xi32>
    %280 = stablehlo.concatenate %279, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %281 = stablehlo.dynamic_broadcast_in_dim %cst_1, %280, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %282 = stablehlo.multiply %277, %281 : tensor<?x197x3072xf32>
    %283 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %284 = stablehlo.reshape %283 : (tensor<i32>) -> tensor<1xi32>
    %285 = stablehlo.concatenate %284, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %286 = stablehlo.dynamic_broadcast_in_dim %cst_0, %285, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %287 = stablehlo.multiply %277, %286 : tensor<?x197x3072xf32>
    %288 = stablehlo.composite "chlo.erf" %287 {decomposition = @chlo.erf.impl, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %289 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %290 = stablehlo.reshape %289 : (tensor<i32>) -> tensor<1xi32>
    %291 = stablehlo.concatenate %290, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %292 = stablehlo.dynamic_broadcast_in_dim %cst, %291, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %293 = stablehlo.add %292, %288 : tensor<?x197x3072xf32>
    %294 = stablehlo.multiply %282, %293 : tensor<?x197x3072xf32>
    %295 = stablehlo.convert %arg1 : tensor<i64>
    %296 = stablehlo.multiply %295, %c_18 : tensor<i64>
    %297 = stablehlo.convert %296 : tensor<i64>
    %298 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %299 = "stablehlo.case"(%298) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %300 = "stablehlo.case"(%299) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %301 = "stablehlo.case"(%300) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %302 = "stablehlo.case"(%301) ({
      %3547 = stablehlo.compare GE, %297, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %297, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %294, %arg16, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
        stablehlo.return %3552 : tensor<?x197x768xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %294, %3556 : (tensor<?x197x3072xf32>, tensor<2xi32>) -> tensor<?x3072xf32>
        %3558 = stablehlo.dot_general %arg16, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x3072xf32>, tensor<?x3072xf32>) -> tensor<768x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<768x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
        stablehlo.return %3564 : tensor<?x197x768xf32>
      }) : (tensor<i32>) -> tensor<?x197x768xf32>
      stablehlo.return %3551 : tensor<?x197x768xf32>
    }, {
      %3547 = stablehlo.dot_general %294, %arg16, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
      stablehlo.return %3547 : tensor<?x197x768xf32>
    }) : (tensor<i32>) -> tensor<?x197x768xf32>
    %303 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %304 = stablehlo.reshape %303 : (tensor<i32>) -> tensor<1xi32>
    %305 = stablehlo.concatenate %304, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %306 = stablehlo.dynamic_broadcast_in_dim %arg17, %305, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %307 = stablehlo.add %302, %306 : tensor<?x197x768xf32>
    %308 = stablehlo.add %215, %307 : tensor<?x197x768xf32>
    %309 = stablehlo.reduce(%308 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %310 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %311 = stablehlo.reshape %310 : (tensor<i32>) -> tensor<1xi32>
    %312 = stablehlo.concatenate %311, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %313 = stablehlo.dynamic_broadcast_in_dim %309, %312, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %314 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %315 = stablehlo.reshape %314 : (tensor<i32>) -> tensor<1xi32>
    %316 = stablehlo.concatenate %315, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %317 = stablehlo.dynamic_broadcast_in_dim %cst_15, %316, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %318 = stablehlo.divide %313, %317 : tensor<?x197x1xf32>
    %319 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %320 = stablehlo.reshape %319 : (tensor<i32>) -> tensor<1xi32>
    %321 = stablehlo.concatenate %320, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %322 = stablehlo.dynamic_broadcast_in_dim %318, %321, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %323 = stablehlo.subtract %308, %322 : tensor<?x197x768xf32>
    %324 = stablehlo.multiply %323, %323 : tensor<?x197x768xf32>
    %325 = stablehlo.reduce(%324 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %326 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %327 = stablehlo.reshape %326 : (tensor<i32>) -> tensor<1xi32>
    %328 = stablehlo.concatenate %327, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %329 = stablehlo.dynamic_broadcast_in_dim %325, %328, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %330 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %331 = stablehlo.reshape %330 : (tensor<i32>) -> tensor<1xi32>
    %332 = stablehlo.concatenate %331, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %333 = stablehlo.dynamic_broadcast_in_dim %cst_15, %332, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %334 = stablehlo.divide %329, %333 : tensor<?x197x1xf32>
    %335 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %336 = stablehlo.reshape %335 : (tensor<i32>) -> tensor<1xi32>
    %337 = stablehlo.concatenate %336, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %338 = stablehlo.dynamic_broadcast_in_dim %cst_14, %337, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %339 = stablehlo.add %334, %338 : tensor<?x197x1xf32>
    %340 = stablehlo.rsqrt %339 : tensor<?x197x1xf32>
    %341 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %342 = stablehlo.reshape %341 : (tensor<i32>) -> tensor<1xi32>
    %343 = stablehlo.concatenate %342, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %344 = stablehlo.dynamic_broadcast_in_dim %340, %343, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %345 = stablehlo.multiply %323, %344 : tensor<?x197x768xf32>
    %346 = stablehlo.broadcast_in_dim %arg18, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %347 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %348 = stablehlo.reshape %347 : (tensor<i32>) -> tensor<1xi32>
    %349 = stablehlo.concatenate %348, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %350 = stablehlo.dynamic_broadcast_in_dim %346, %349, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %351 = stablehlo.multiply %345, %350 : tensor<?x197x768xf32>
    %352 = stablehlo.broadcast_in_dim %arg19, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %353 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %354 = stablehlo.reshape %353 : (tensor<i32>) -> tensor<1xi32>
    %355 = stablehlo.concatenate %354, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %356 = stablehlo.dynamic_broadcast_in_dim %352, %355, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %357 = stablehlo.add %351, %356 : tensor<?x197x768xf32>
    %358 = stablehlo.transpose %357, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %359 = stablehlo.convert %arg1 : tensor<i64>
    %360 = stablehlo.multiply %359, %c_18 : tensor<i64>
    %361 = stablehlo.convert %360 : tensor<i64>
    %362 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %363 = "stablehlo.case"(%362) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %364 = "stablehlo.case"(%363) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %365 = "stablehlo.case"(%364) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %366 = "stablehlo.case"(%365) ({
      %3547 = stablehlo.compare GE, %361, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %361, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %358, %arg20, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3552 : tensor<197x?x2304xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %358, %3556 : (tensor<197x?x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg20, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2304x768xf32>, tensor<?x768xf32>) -> tensor<2304x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<2304x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<2304x?xf32>) -> tensor<?x2304xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %c_17, %3562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3564 : tensor<197x?x2304xf32>
      }) : (tensor<i32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3551 : tensor<197x?x2304xf32>
    }, {
      %3547 = stablehlo.dot_general %358, %arg20, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3547 : tensor<197x?x2304xf32>
    }) : (tensor<i32>) -> tensor<197x?x2304xf32>
    %367 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %368 = stablehlo.reshape %367 : (tensor<i32>) -> tensor<1xi32>
    %369 = stablehlo.concatenate %c_17, %368, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %370 = stablehlo.dynamic_broadcast_in_dim %arg21, %369, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %371 = stablehlo.add %366, %370 : tensor<197x?x2304xf32>
    %372 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %373 = stablehlo.reshape %372 : (tensor<i32>) -> tensor<1xi32>
    %374 = stablehlo.concatenate %c_17, %373, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %375 = stablehlo.dynamic_reshape %371, %374 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %376 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %377 = stablehlo.reshape %376 : (tensor<i32>) -> tensor<1xi32>
    %378 = stablehlo.concatenate %c_19, %c_17, %377, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %379 = stablehlo.dynamic_broadcast_in_dim %375, %378, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %380 = stablehlo.transpose %379, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %381 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %382 = stablehlo.reshape %381 : (tensor<i32>) -> tensor<1xi32>
    %383 = stablehlo.concatenate %c_10, %c_17, %382, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %384 = stablehlo.dynamic_reshape %380, %383 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %385 = stablehlo.concatenate %c_9, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %386 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %387 = stablehlo.reshape %386 : (tensor<i32>) -> tensor<1xi32>
    %388 = stablehlo.concatenate %c_19, %c_17, %387, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %389 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %390 = stablehlo.real_dynamic_slice %384, %385, %388, %389 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %391 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %392 = stablehlo.reshape %391 : (tensor<i32>) -> tensor<1xi32>
    %393 = stablehlo.concatenate %c_17, %392, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %394 = stablehlo.dynamic_reshape %390, %393 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %395 = stablehlo.concatenate %c_19, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %396 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %397 = stablehlo.reshape %396 : (tensor<i32>) -> tensor<1xi32>
    %398 = stablehlo.concatenate %c_8, %c_17, %397, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %399 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %400 = stablehlo.real_dynamic_slice %384, %395, %398, %399 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %401 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %402 = stablehlo.reshape %401 : (tensor<i32>) -> tensor<1xi32>
    %403 = stablehlo.concatenate %c_17, %402, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %404 = stablehlo.dynamic_reshape %400, %403 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %405 = stablehlo.concatenate %c_8, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %406 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %407 = stablehlo.reshape %406 : (tensor<i32>) -> tensor<1xi32>
    %408 = stablehlo.concatenate %c_10, %c_17, %407, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %409 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %410 = stablehlo.real_dynamic_slice %384, %405, %408, %409 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %411 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %412 = stablehlo.reshape %411 : (tensor<i32>) -> tensor<1xi32>
    %413 = stablehlo.concatenate %c_17, %412, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %414 = stablehlo.dynamic_reshape %410, %413 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %415 = stablehlo.convert %arg1 : tensor<i64>
    %416 = stablehlo.multiply %415, %c_7 : tensor<i64>
    %417 = stablehlo.convert %416 : (tensor<i64>) -> tensor<i32>
    %418 = stablehlo.reshape %417 : (tensor<i32>) -> tensor<1xi32>
    %419 = stablehlo.concatenate %c_17, %418, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %420 = stablehlo.dynamic_reshape %394, %419 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %421 = stablehlo.transpose %420, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %422 = stablehlo.convert %arg1 : tensor<i64>
    %423 = stablehlo.multiply %422, %c_7 : tensor<i64>
    %424 = stablehlo.convert %423 : (tensor<i64>) -> tensor<i32>
    %425 = stablehlo.reshape %424 : (tensor<i32>) -> tensor<1xi32>
    %426 = stablehlo.concatenate %c_17, %425, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %427 = stablehlo.dynamic_reshape %404, %426 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %428 = stablehlo.transpose %427, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %429 = stablehlo.convert %arg1 : tensor<i64>
    %430 = stablehlo.multiply %429, %c_7 : tensor<i64>
    %431 = stablehlo.convert %430 : (tensor<i64>) -> tensor<i32>
    %432 = stablehlo.reshape %431 : (tensor<i32>) -> tensor<1xi32>
    %433 = stablehlo.concatenate %c_17, %432, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %434 = stablehlo.dynamic_reshape %414, %433 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %435 = stablehlo.transpose %434, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %436 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %437 = stablehlo.reshape %436 : (tensor<i32>) -> tensor<1xi32>
    %438 = stablehlo.concatenate %437, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %439 = stablehlo.dynamic_reshape %421, %438 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %440 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %441 = stablehlo.reshape %440 : (tensor<i32>) -> tensor<1xi32>
    %442 = stablehlo.concatenate %441, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %443 = stablehlo.dynamic_reshape %428, %442 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %444 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %445 = stablehlo.reshape %444 : (tensor<i32>) -> tensor<1xi32>
    %446 = stablehlo.concatenate %445, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %447 = stablehlo.dynamic_reshape %435, %446 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %448 = stablehlo.dot_general %439, %443, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %449 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %450 = stablehlo.reshape %449 : (tensor<i32>) -> tensor<1xi32>
    %451 = stablehlo.concatenate %450, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %452 = stablehlo.dynamic_broadcast_in_dim %cst_4, %451, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %453 = stablehlo.multiply %448, %452 : tensor<?x12x197x197xf32>
    %454 = stablehlo.reduce(%453 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %455 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %456 = stablehlo.reshape %455 : (tensor<i32>) -> tensor<1xi32>
    %457 = stablehlo.concatenate %456, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %458 = stablehlo.dynamic_broadcast_in_dim %454, %457, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %459 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %460 = stablehlo.reshape %459 : (tensor<i32>) -> tensor<1xi32>
    %461 = stablehlo.concatenate %460, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %462 = stablehlo.dynamic_broadcast_in_dim %458, %461, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %463 = stablehlo.subtract %453, %462 : tensor<?x12x197x197xf32>
    %464 = stablehlo.exponential %463 : tensor<?x12x197x197xf32>
    %465 = stablehlo.reduce(%464 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %466 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %467 = stablehlo.reshape %466 : (tensor<i32>) -> tensor<1xi32>
    %468 = stablehlo.concatenate %467, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %469 = stablehlo.dynamic_broadcast_in_dim %465, %468, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %470 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %471 = stablehlo.reshape %470 : (tensor<i32>) -> tensor<1xi32>
    %472 = stablehlo.concatenate %471, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %473 = stablehlo.dynamic_broadcast_in_dim %469, %472, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %474 = stablehlo.divide %464, %473 : tensor<?x12x197x197xf32>
    %475 = stablehlo.dot_general %474, %447, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %476 = stablehlo.transpose %475, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %477 = stablehlo.convert %arg1 : tensor<i64>
    %478 = stablehlo.multiply %477, %c_18 : tensor<i64>
    %479 = stablehlo.convert %478 : (tensor<i64>) -> tensor<i32>
    %480 = stablehlo.reshape %479 : (tensor<i32>) -> tensor<1xi32>
    %481 = stablehlo.concatenate %480, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %482 = stablehlo.dynamic_reshape %476, %481 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %483 = stablehlo.convert %arg1 : tensor<i64>
    %484 = stablehlo.multiply %483, %c_18 : tensor<i64>
    %485 = stablehlo.convert %484 : tensor<i64>
    %486 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %487 = "stablehlo.case"(%486) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %488 = "stablehlo.case"(%487) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %489 = "stablehlo.case"(%488) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %490 = "stablehlo.case"(%489) ({
      %3547 = stablehlo.compare GE, %485, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %485, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %482, %arg22, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
        stablehlo.return %3552 : tensor<?x768xf32>
      }, {
        %3552 = stablehlo.dot_general %arg22, %482, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x768xf32>, tensor<?x768xf32>) -> tensor<768x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<768x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        stablehlo.return %3554 : tensor<?x768xf32>
      }) : (tensor<i32>) -> tensor<?x768xf32>
      stablehlo.return %3551 : tensor<?x768xf32>
    }, {
      %3547 = stablehlo.dot_general %482, %arg22, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
      stablehlo.return %3547 : tensor<?x768xf32>
    }) : (tensor<i32>) -> tensor<?x768xf32>
    %491 = stablehlo.convert %arg1 : tensor<i64>
    %492 = stablehlo.multiply %491, %c_18 : tensor<i64>
    %493 = stablehlo.convert %492 : (tensor<i64>) -> tensor<i32>
    %494 = stablehlo.reshape %493 : (tensor<i32>) -> tensor<1xi32>
    %495 = stablehlo.concatenate %494, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %496 = stablehlo.dynamic_broadcast_in_dim %arg23, %495, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %497 = stablehlo.add %490, %496 : tensor<?x768xf32>
    %498 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %499 = stablehlo.reshape %498 : (tensor<i32>) -> tensor<1xi32>
    %500 = stablehlo.concatenate %c_17, %499, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %501 = stablehlo.dynamic_reshape %497, %500 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %502 = stablehlo.transpose %501, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %503 = stablehlo.add %502, %308 : tensor<?x197x768xf32>
    %504 = stablehlo.reduce(%503 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %505 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %506 = stablehlo.reshape %505 : (tensor<i32>) -> tensor<1xi32>
    %507 = stablehlo.concatenate %506, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %508 = stablehlo.dynamic_broadcast_in_dim %504, %507, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %509 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %510 = stablehlo.reshape %509 : (tensor<i32>) -> tensor<1xi32>
    %511 = stablehlo.concatenate %510, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %512 = stablehlo.dynamic_broadcast_in_dim %cst_15, %511, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %513 = stablehlo.divide %508, %512 : tensor<?x197x1xf32>
    %514 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %515 = stablehlo.reshape %514 : (tensor<i32>) -> tensor<1xi32>
    %516 = stablehlo.concatenate %515, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %517 = stablehlo.dynamic_broadcast_in_dim %513, %516, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %518 = stablehlo.subtract %503, %517 : tensor<?x197x768xf32>
    %519 = stablehlo.multiply %518, %518 : tensor<?x197x768xf32>
    %520 = stablehlo.reduce(%519 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %521 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %522 = stablehlo.reshape %521 : (tensor<i32>) -> tensor<1xi32>
    %523 = stablehlo.concatenate %522, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %524 = stablehlo.dynamic_broadcast_in_dim %520, %523, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %525 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %526 = stablehlo.reshape %525 : (tensor<i32>) -> tensor<1xi32>
    %527 = stablehlo.concatenate %526, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %528 = stablehlo.dynamic_broadcast_in_dim %cst_15, %527, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %529 = stablehlo.divide %524, %528 : tensor<?x197x1xf32>
    %530 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %531 = stablehlo.reshape %530 : (tensor<i32>) -> tensor<1xi32>
    %532 = stablehlo.concatenate %531, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %533 = stablehlo.dynamic_broadcast_in_dim %cst_14, %532, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %534 = stablehlo.add %529, %533 : tensor<?x197x1xf32>
    %535 = stablehlo.rsqrt %534 : tensor<?x197x1xf32>
    %536 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %537 = stablehlo.reshape %536 : (tensor<i32>) -> tensor<1xi32>
    %538 = stablehlo.concatenate %537, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %539 = stablehlo.dynamic_broadcast_in_dim %535, %538, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %540 = stablehlo.multiply %518, %539 : tensor<?x197x768xf32>
    %541 = stablehlo.broadcast_in_dim %arg24, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %542 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %543 = stablehlo.reshape %542 : (tensor<i32>) -> tensor<1xi32>
    %544 = stablehlo.concatenate %543, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %545 = stablehlo.dynamic_broadcast_in_dim %541, %544, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %546 = stablehlo.multiply %540, %545 : tensor<?x197x768xf32>
    %547 = stablehlo.broadcast_in_dim %arg25, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %548 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %549 = stablehlo.reshape %548 : (tensor<i32>) -> tensor<1xi32>
    %550 = stablehlo.concatenate %549, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %551 = stablehlo.dynamic_broadcast_in_dim %547, %550, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %552 = stablehlo.add %546, %551 : tensor<?x197x768xf32>
    %553 = stablehlo.convert %arg1 : tensor<i64>
    %554 = stablehlo.multiply %553, %c_18 : tensor<i64>
    %555 = stablehlo.convert %554 : tensor<i64>
    %556 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %557 = "stablehlo.case"(%556) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %558 = "stablehlo.case"(%557) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %559 = "stablehlo.case"(%558) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %560 = "stablehlo.case"(%559) ({
      %3547 = stablehlo.compare GE, %555, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %555, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %552, %arg26, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3552 : tensor<?x197x3072xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %552, %3556 : (tensor<?x197x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg26, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3072x768xf32>, tensor<?x768xf32>) -> tensor<3072x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<3072x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<3072x?xf32>) -> tensor<?x3072xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3564 : tensor<?x197x3072xf32>
      }) : (tensor<i32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3551 : tensor<?x197x3072xf32>
    }, {
      %3547 = stablehlo.dot_general %552, %arg26, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3547 : tensor<?x197x3072xf32>
    }) : (tensor<i32>) -> tensor<?x197x3072xf32>
    %561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %562 = stablehlo.reshape %561 : (tensor<i32>) -> tensor<1xi32>
    %563 = stablehlo.concatenate %562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %564 = stablehlo.dynamic_broadcast_in_dim %arg27, %563, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %565 = stablehlo.add %560, %564 : tensor<?x197x3072xf32>
    %566 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %567 = stablehlo.reshape %566 : (tensor<i32>) -> tensor<1xi32>
    %568 = stablehlo.concatenate %567, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %569 = stablehlo.dynamic_broadcast_in_dim %cst_1, %568, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %570 = stablehlo.multiply %565, %569 : tensor<?x197x3072xf32>
    %571 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %572 = stablehlo.reshape %571 : (tensor<i32>) -> tensor<1xi32>
    %573 = stablehlo.concatenate %572, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %574 = stablehlo.dynamic_broadcast_in_dim %cst_0, %573, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %575 = stablehlo.multiply %565, %574 : tensor<?x197x3072xf32>
    %576 = stablehlo.composite "chlo.erf" %575 {decomposition = @chlo.erf.impl_0, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %577 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %578 = stablehlo.reshape %577 : (tensor<i32>) -> tensor<1xi32>
    %579 = stablehlo.concatenate %578, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %580 = stablehlo.dynamic_broadcast_in_dim %cst, %579, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %581 = stablehlo.add %580, %576 : tensor<?x197x3072xf32>
    %582 = stablehlo.multiply %570, %581 : tensor<?x197x3072xf32>
    %583 = stablehlo.convert %arg1 : tensor<i64>
    %584 = stablehlo.multiply %583, %c_18 : tensor<i64>
    %585 = stablehlo.convert %584 : tensor<i64>
    %586 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %587 = "stablehlo.case"(%586) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %588 = "stablehlo.case"(%587) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %589 = "stablehlo.case"(%588) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %590 = "stablehlo.case"(%589) ({
      %3547 = stablehlo.compare GE, %585, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %585, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %582, %arg28, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
        stablehlo.return %3552 : tensor<?x197x768xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %582, %3556 : (tensor<?x197x3072xf32>, tensor<2xi32>) -> tensor<?x3072xf32>
        %3558 = stablehlo.dot_general %arg28, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x3072xf32>, tensor<?x3072xf32>) -> tensor<768x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<768x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
        stablehlo.return %3564 : tensor<?x197x768xf32>
      }) : (tensor<i32>) -> tensor<?x197x768xf32>
      stablehlo.return %3551 : tensor<?x197x768xf32>
    }, {
      %3547 = stablehlo.dot_general %582, %arg28, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
      stablehlo.return %3547 : tensor<?x197x768xf32>
    }) : (tensor<i32>) -> tensor<?x197x768xf32>
    %591 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %592 = stablehlo.reshape %591 : (tensor<i32>) -> tensor<1xi32>
    %593 = stablehlo.concatenate %592, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %594 = stablehlo.dynamic_broadcast_in_dim %arg29, %593, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %595 = stablehlo.add %590, %594 : tensor<?x197x768xf32>
    %596 = stablehlo.add %503, %595 : tensor<?x197x768xf32>
    %597 = stablehlo.reduce(%596 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %598 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %599 = stablehlo.reshape %598 : (tensor<i32>) -> tensor<1xi32>
    %600 = stablehlo.concatenate %599, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %601 = stablehlo.dynamic_broadcast_in_dim %597, %600, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %602 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %603 = stablehlo.reshape %602 : (tensor<i32>) -> tensor<1xi32>
    %604 = stablehlo.concatenate %603, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %605 = stablehlo.dynamic_broadcast_in_dim %cst_15, %604, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %606 = stablehlo.divide %601, %605 : tensor<?x197x1xf32>
    %607 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %608 = stablehlo.reshape %607 : (tensor<i32>) -> tensor<1xi32>
    %609 = stablehlo.concatenate %608, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %610 = stablehlo.dynamic_broadcast_in_dim %606, %609, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %611 = stablehlo.subtract %596, %610 : tensor<?x197x768xf32>
    %612 = stablehlo.multiply %611, %611 : tensor<?x197x768xf32>
    %613 = stablehlo.reduce(%612 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %614 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %615 = stablehlo.reshape %614 : (tensor<i32>) -> tensor<1xi32>
    %616 = stablehlo.concatenate %615, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %617 = stablehlo.dynamic_broadcast_in_dim %613, %616, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %618 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %619 = stablehlo.reshape %618 : (tensor<i32>) -> tensor<1xi32>
    %620 = stablehlo.concatenate %619, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %621 = stablehlo.dynamic_broadcast_in_dim %cst_15, %620, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %622 = stablehlo.divide %617, %621 : tensor<?x197x1xf32>
    %623 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %624 = stablehlo.reshape %623 : (tensor<i32>) -> tensor<1xi32>
    %625 = stablehlo.concatenate %624, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %626 = stablehlo.dynamic_broadcast_in_dim %cst_14, %625, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %627 = stablehlo.add %622, %626 : tensor<?x197x1xf32>
    %628 = stablehlo.rsqrt %627 : tensor<?x197x1xf32>
    %629 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %630 = stablehlo.reshape %629 : (tensor<i32>) -> tensor<1xi32>
    %631 = stablehlo.concatenate %630, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %632 = stablehlo.dynamic_broadcast_in_dim %628, %631, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %633 = stablehlo.multiply %611, %632 : tensor<?x197x768xf32>
    %634 = stablehlo.broadcast_in_dim %arg30, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %635 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %636 = stablehlo.reshape %635 : (tensor<i32>) -> tensor<1xi32>
    %637 = stablehlo.concatenate %636, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %638 = stablehlo.dynamic_broadcast_in_dim %634, %637, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %639 = stablehlo.multiply %633, %638 : tensor<?x197x768xf32>
    %640 = stablehlo.broadcast_in_dim %arg31, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %641 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %642 = stablehlo.reshape %641 : (tensor<i32>) -> tensor<1xi32>
    %643 = stablehlo.concatenate %642, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %644 = stablehlo.dynamic_broadcast_in_dim %640, %643, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %645 = stablehlo.add %639, %644 : tensor<?x197x768xf32>
    %646 = stablehlo.transpose %645, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %647 = stablehlo.convert %arg1 : tensor<i64>
    %648 = stablehlo.multiply %647, %c_18 : tensor<i64>
    %649 = stablehlo.convert %648 : tensor<i64>
    %650 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %651 = "stablehlo.case"(%650) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %652 = "stablehlo.case"(%651) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %653 = "stablehlo.case"(%652) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %654 = "stablehlo.case"(%653) ({
      %3547 = stablehlo.compare GE, %649, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %649, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %646, %arg32, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3552 : tensor<197x?x2304xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %646, %3556 : (tensor<197x?x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg32, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2304x768xf32>, tensor<?x768xf32>) -> tensor<2304x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<2304x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<2304x?xf32>) -> tensor<?x2304xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %c_17, %3562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3564 : tensor<197x?x2304xf32>
      }) : (tensor<i32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3551 : tensor<197x?x2304xf32>
    }, {
      %3547 = stablehlo.dot_general %646, %arg32, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3547 : tensor<197x?x2304xf32>
    }) : (tensor<i32>) -> tensor<197x?x2304xf32>
    %655 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %656 = stablehlo.reshape %655 : (tensor<i32>) -> tensor<1xi32>
    %657 = stablehlo.concatenate %c_17, %656, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %658 = stablehlo.dynamic_broadcast_in_dim %arg33, %657, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %659 = stablehlo.add %654, %658 : tensor<197x?x2304xf32>
    %660 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %661 = stablehlo.reshape %660 : (tensor<i32>) -> tensor<1xi32>
    %662 = stablehlo.concatenate %c_17, %661, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %663 = stablehlo.dynamic_reshape %659, %662 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %664 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %665 = stablehlo.reshape %664 : (tensor<i32>) -> tensor<1xi32>
    %666 = stablehlo.concatenate %c_19, %c_17, %665, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %667 = stablehlo.dynamic_broadcast_in_dim %663, %666, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %668 = stablehlo.transpose %667, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %669 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %670 = stablehlo.reshape %669 : (tensor<i32>) -> tensor<1xi32>
    %671 = stablehlo.concatenate %c_10, %c_17, %670, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %672 = stablehlo.dynamic_reshape %668, %671 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %673 = stablehlo.concatenate %c_9, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %674 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %675 = stablehlo.reshape %674 : (tensor<i32>) -> tensor<1xi32>
    %676 = stablehlo.concatenate %c_19, %c_17, %675, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %677 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %678 = stablehlo.real_dynamic_slice %672, %673, %676, %677 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %679 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %680 = stablehlo.reshape %679 : (tensor<i32>) -> tensor<1xi32>
    %681 = stablehlo.concatenate %c_17, %680, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %682 = stablehlo.dynamic_reshape %678, %681 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %683 = stablehlo.concatenate %c_19, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %684 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %685 = stablehlo.reshape %684 : (tensor<i32>) -> tensor<1xi32>
    %686 = stablehlo.concatenate %c_8, %c_17, %685, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %687 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %688 = stablehlo.real_dynamic_slice %672, %683, %686, %687 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %689 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %690 = stablehlo.reshape %689 : (tensor<i32>) -> tensor<1xi32>
    %691 = stablehlo.concatenate %c_17, %690, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %692 = stablehlo.dynamic_reshape %688, %691 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %693 = stablehlo.concatenate %c_8, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %694 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %695 = stablehlo.reshape %694 : (tensor<i32>) -> tensor<1xi32>
    %696 = stablehlo.concatenate %c_10, %c_17, %695, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %697 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %698 = stablehlo.real_dynamic_slice %672, %693, %696, %697 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %699 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %700 = stablehlo.reshape %699 : (tensor<i32>) -> tensor<1xi32>
    %701 = stablehlo.concatenate %c_17, %700, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %702 = stablehlo.dynamic_reshape %698, %701 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %703 = stablehlo.convert %arg1 : tensor<i64>
    %704 = stablehlo.multiply %703, %c_7 : tensor<i64>
    %705 = stablehlo.convert %704 : (tensor<i64>) -> tensor<i32>
    %706 = stablehlo.reshape %705 : (tensor<i32>) -> tensor<1xi32>
    %707 = stablehlo.concatenate %c_17, %706, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %708 = stablehlo.dynamic_reshape %682, %707 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %709 = stablehlo.transpose %708, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %710 = stablehlo.convert %arg1 : tensor<i64>
    %711 = stablehlo.multiply %710, %c_7 : tensor<i64>
    %712 = stablehlo.convert %711 : (tensor<i64>) -> tensor<i32>
    %713 = stablehlo.reshape %712 : (tensor<i32>) -> tensor<1xi32>
    %714 = stablehlo.concatenate %c_17, %713, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %715 = stablehlo.dynamic_reshape %692, %714 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %716 = stablehlo.transpose %715, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %717 = stablehlo.convert %arg1 : tensor<i64>
    %718 = stablehlo.multiply %717, %c_7 : tensor<i64>
    %719 = stablehlo.convert %718 : (tensor<i64>) -> tensor<i32>
    %720 = stablehlo.reshape %719 : (tensor<i32>) -> tensor<1xi32>
    %721 = stablehlo.concatenate %c_17, %720, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %722 = stablehlo.dynamic_reshape %702, %721 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %723 = stablehlo.transpose %722, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %724 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %725 = stablehlo.reshape %724 : (tensor<i32>) -> tensor<1xi32>
    %726 = stablehlo.concatenate %725, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %727 = stablehlo.dynamic_reshape %709, %726 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %728 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %729 = stablehlo.reshape %728 : (tensor<i32>) -> tensor<1xi32>
    %730 = stablehlo.concatenate %729, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %731 = stablehlo.dynamic_reshape %716, %730 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %732 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %733 = stablehlo.reshape %732 : (tensor<i32>) -> tensor<1xi32>
    %734 = stablehlo.concatenate %733, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %735 = stablehlo.dynamic_reshape %723, %734 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %736 = stablehlo.dot_general %727, %731, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %737 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %738 = stablehlo.reshape %737 : (tensor<i32>) -> tensor<1xi32>
    %739 = stablehlo.concatenate %738, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %740 = stablehlo.dynamic_broadcast_in_dim %cst_4, %739, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %741 = stablehlo.multiply %736, %740 : tensor<?x12x197x197xf32>
    %742 = stablehlo.reduce(%741 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %743 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %744 = stablehlo.reshape %743 : (tensor<i32>) -> tensor<1xi32>
    %745 = stablehlo.concatenate %744, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %746 = stablehlo.dynamic_broadcast_in_dim %742, %745, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %747 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %748 = stablehlo.reshape %747 : (tensor<i32>) -> tensor<1xi32>
    %749 = stablehlo.concatenate %748, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %750 = stablehlo.dynamic_broadcast_in_dim %746, %749, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %751 = stablehlo.subtract %741, %750 : tensor<?x12x197x197xf32>
    %752 = stablehlo.exponential %751 : tensor<?x12x197x197xf32>
    %753 = stablehlo.reduce(%752 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %754 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %755 = stablehlo.reshape %754 : (tensor<i32>) -> tensor<1xi32>
    %756 = stablehlo.concatenate %755, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %757 = stablehlo.dynamic_broadcast_in_dim %753, %756, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %758 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %759 = stablehlo.reshape %758 : (tensor<i32>) -> tensor<1xi32>
    %760 = stablehlo.concatenate %759, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %761 = stablehlo.dynamic_broadcast_in_dim %757, %760, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %762 = stablehlo.divide %752, %761 : tensor<?x12x197x197xf32>
    %763 = stablehlo.dot_general %762, %735, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %764 = stablehlo.transpose %763, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %765 = stablehlo.convert %arg1 : tensor<i64>
    %766 = stablehlo.multiply %765, %c_18 : tensor<i64>
    %767 = stablehlo.convert %766 : (tensor<i64>) -> tensor<i32>
    %768 = stablehlo.reshape %767 : (tensor<i32>) -> tensor<1xi32>
    %769 = stablehlo.concatenate %768, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %770 = stablehlo.dynamic_reshape %764, %769 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %771 = stablehlo.convert %arg1 : tensor<i64>
    %772 = stablehlo.multiply %771, %c_18 : tensor<i64>
    %773 = stablehlo.convert %772 : tensor<i64>
    %774 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %775 = "stablehlo.case"(%774) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %776 = "stablehlo.case"(%775) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %777 = "stablehlo.case"(%776) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %778 = "stablehlo.case"(%777) ({
      %3547 = stablehlo.compare GE, %773, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %773, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %770, %arg34, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
        stablehlo.return %3552 : tensor<?x768xf32>
      }, {
        %3552 = stablehlo.dot_general %arg34, %770, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x768xf32>, tensor<?x768xf32>) -> tensor<768x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<768x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        stablehlo.return %3554 : tensor<?x768xf32>
      }) : (tensor<i32>) -> tensor<?x768xf32>
      stablehlo.return %3551 : tensor<?x768xf32>
    }, {
      %3547 = stablehlo.dot_general %770, %arg34, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
      stablehlo.return %3547 : tensor<?x768xf32>
    }) : (tensor<i32>) -> tensor<?x768xf32>
    %779 = stablehlo.convert %arg1 : tensor<i64>
    %780 = stablehlo.multiply %779, %c_18 : tensor<i64>
    %781 = stablehlo.convert %780 : (tensor<i64>) -> tensor<i32>
    %782 = stablehlo.reshape %781 : (tensor<i32>) -> tensor<1xi32>
    %783 = stablehlo.concatenate %782, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %784 = stablehlo.dynamic_broadcast_in_dim %arg35, %783, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %785 = stablehlo.add %778, %784 : tensor<?x768xf32>
    %786 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %787 = stablehlo.reshape %786 : (tensor<i32>) -> tensor<1xi32>
    %788 = stablehlo.concatenate %c_17, %787, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %789 = stablehlo.dynamic_reshape %785, %788 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %790 = stablehlo.transpose %789, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %791 = stablehlo.add %790, %596 : tensor<?x197x768xf32>
    %792 = stablehlo.reduce(%791 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %793 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %794 = stablehlo.reshape %793 : (tensor<i32>) -> tensor<1xi32>
    %795 = stablehlo.concatenate %794, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %796 = stablehlo.dynamic_broadcast_in_dim %792, %795, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %797 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %798 = stablehlo.reshape %797 : (tensor<i32>) -> tensor<1xi32>
    %799 = stablehlo.concatenate %798, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %800 = stablehlo.dynamic_broadcast_in_dim %cst_15, %799, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %801 = stablehlo.divide %796, %800 : tensor<?x197x1xf32>
    %802 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %803 = stablehlo.reshape %802 : (tensor<i32>) -> tensor<1xi32>
    %804 = stablehlo.concatenate %803, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %805 = stablehlo.dynamic_broadcast_in_dim %801, %804, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %806 = stablehlo.subtract %791, %805 : tensor<?x197x768xf32>
    %807 = stablehlo.multiply %806, %806 : tensor<?x197x768xf32>
    %808 = stablehlo.reduce(%807 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %809 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %810 = stablehlo.reshape %809 : (tensor<i32>) -> tensor<1xi32>
    %811 = stablehlo.concatenate %810, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %812 = stablehlo.dynamic_broadcast_in_dim %808, %811, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %813 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %814 = stablehlo.reshape %813 : (tensor<i32>) -> tensor<1xi32>
    %815 = stablehlo.concatenate %814, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %816 = stablehlo.dynamic_broadcast_in_dim %cst_15, %815, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %817 = stablehlo.divide %812, %816 : tensor<?x197x1xf32>
    %818 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %819 = stablehlo.reshape %818 : (tensor<i32>) -> tensor<1xi32>
    %820 = stablehlo.concatenate %819, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %821 = stablehlo.dynamic_broadcast_in_dim %cst_14, %820, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %822 = stablehlo.add %817, %821 : tensor<?x197x1xf32>
    %823 = stablehlo.rsqrt %822 : tensor<?x197x1xf32>
    %824 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %825 = stablehlo.reshape %824 : (tensor<i32>) -> tensor<1xi32>
    %826 = stablehlo.concatenate %825, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %827 = stablehlo.dynamic_broadcast_in_dim %823, %826, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %828 = stablehlo.multiply %806, %827 : tensor<?x197x768xf32>
    %829 = stablehlo.broadcast_in_dim %arg36, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %830 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %831 = stablehlo.reshape %830 : (tensor<i32>) -> tensor<1xi32>
    %832 = stablehlo.concatenate %831, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %833 = stablehlo.dynamic_broadcast_in_dim %829, %832, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %834 = stablehlo.multiply %828, %833 : tensor<?x197x768xf32>
    %835 = stablehlo.broadcast_in_dim %arg37, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %836 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %837 = stablehlo.reshape %836 : (tensor<i32>) -> tensor<1xi32>
    %838 = stablehlo.concatenate %837, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %839 = stablehlo.dynamic_broadcast_in_dim %835, %838, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %840 = stablehlo.add %834, %839 : tensor<?x197x768xf32>
    %841 = stablehlo.convert %arg1 : tensor<i64>
    %842 = stablehlo.multiply %841, %c_18 : tensor<i64>
    %843 = stablehlo.convert %842 : tensor<i64>
    %844 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %845 = "stablehlo.case"(%844) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %846 = "stablehlo.case"(%845) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %847 = "stablehlo.case"(%846) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %848 = "stablehlo.case"(%847) ({
      %3547 = stablehlo.compare GE, %843, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %843, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %840, %arg38, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3552 : tensor<?x197x3072xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %840, %3556 : (tensor<?x197x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg38, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3072x768xf32>, tensor<?x768xf32>) -> tensor<3072x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<3072x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<3072x?xf32>) -> tensor<?x3072xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3564 : tensor<?x197x3072xf32>
      }) : (tensor<i32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3551 : tensor<?x197x3072xf32>
    }, {
      %3547 = stablehlo.dot_general %840, %arg38, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3547 : tensor<?x197x3072xf32>
    }) : (tensor<i32>) -> tensor<?x197x3072xf32>
    %849 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %850 = stablehlo.reshape %849 : (tensor<i32>) -> tensor<1xi32>
    %851 = stablehlo.concatenate %850, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %852 = stablehlo.dynamic_broadcast_in_dim %arg39, %851, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %853 = stablehlo.add %848, %852 : tensor<?x197x3072xf32>
    %854 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %855 = stablehlo.reshape %854 : (tensor<i32>) -> tensor<1xi32>
    %856 = stablehlo.concatenate %855, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %857 = stablehlo.dynamic_broadcast_in_dim %cst_1, %856, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %858 = stablehlo.multiply %853, %857 : tensor<?x197x3072xf32>
    %859 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %860 = stablehlo.reshape %859 : (tensor<i32>) -> tensor<1xi32>
    %861 = stablehlo.concatenate %860, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %862 = stablehlo.dynamic_broadcast_in_dim %cst_0, %861, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %863 = stablehlo.multiply %853, %862 : tensor<?x197x3072xf32>
    %864 = stablehlo.composite "chlo.erf" %863 {decomposition = @chlo.erf.impl_1, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %865 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %866 = stablehlo.reshape %865 : (tensor<i32>) -> tensor<1xi32>
    %867 = stablehlo.concatenate %866, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %868 = stablehlo.dynamic_broadcast_in_dim %cst, %867, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %869 = stablehlo.add %868, %864 : tensor<?x197x3072xf32>
    %870 = stablehlo.multiply %858, %869 : tensor<?x197x3072xf32>
    %871 = stablehlo.convert %arg1 : tensor<i64>
    %872 = stablehlo.multiply %871, %c_18 : tensor<i64>
    %873 = stablehlo.convert %872 : tensor<i64>
    %874 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %875 = "stablehlo.case"(%874) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %876 = "stablehlo.case"(%875) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %877 = "stablehlo.case"(%876) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %878 = "stablehlo.case"(%877) ({
      %3547 = stablehlo.compare GE, %873, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %873, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %870, %arg40, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
        stablehlo.return %3552 : tensor<?x197x768xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %870, %3556 : (tensor<?x197x3072xf32>, tensor<2xi32>) -> tensor<?x3072xf32>
        %3558 = stablehlo.dot_general %arg40, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x3072xf32>, tensor<?x3072xf32>) -> tensor<768x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<768x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
        stablehlo.return %3564 : tensor<?x197x768xf32>
      }) : (tensor<i32>) -> tensor<?x197x768xf32>
      stablehlo.return %3551 : tensor<?x197x768xf32>
    }, {
      %3547 = stablehlo.dot_general %870, %arg40, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
      stablehlo.return %3547 : tensor<?x197x768xf32>
    }) : (tensor<i32>) -> tensor<?x197x768xf32>
    %879 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %880 = stablehlo.reshape %879 : (tensor<i32>) -> tensor<1xi32>
    %881 = stablehlo.concatenate %880, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %882 = stablehlo.dynamic_broadcast_in_dim %arg41, %881, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %883 = stablehlo.add %878, %882 : tensor<?x197x768xf32>
    %884 = stablehlo.add %791, %883 : tensor<?x197x768xf32>
    %885 = stablehlo.reduce(%884 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %886 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %887 = stablehlo.reshape %886 : (tensor<i32>) -> tensor<1xi32>
    %888 = stablehlo.concatenate %887, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %889 = stablehlo.dynamic_broadcast_in_dim %885, %888, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %890 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %891 = stablehlo.reshape %890 : (tensor<i32>) -> tensor<1xi32>
    %892 = stablehlo.concatenate %891, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %893 = stablehlo.dynamic_broadcast_in_dim %cst_15, %892, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %894 = stablehlo.divide %889, %893 : tensor<?x197x1xf32>
    %895 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %896 = stablehlo.reshape %895 : (tensor<i32>) -> tensor<1xi32>
    %897 = stablehlo.concatenate %896, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %898 = stablehlo.dynamic_broadcast_in_dim %894, %897, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %899 = stablehlo.subtract %884, %898 : tensor<?x197x768xf32>
    %900 = stablehlo.multiply %899, %899 : tensor<?x197x768xf32>
    %901 = stablehlo.reduce(%900 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %902 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %903 = stablehlo.reshape %902 : (tensor<i32>) -> tensor<1xi32>
    %904 = stablehlo.concatenate %903, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %905 = stablehlo.dynamic_broadcast_in_dim %901, %904, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %906 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %907 = stablehlo.reshape %906 : (tensor<i32>) -> tensor<1xi32>
    %908 = stablehlo.concatenate %907, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %909 = stablehlo.dynamic_broadcast_in_dim %cst_15, %908, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %910 = stablehlo.divide %905, %909 : tensor<?x197x1xf32>
    %911 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %912 = stablehlo.reshape %911 : (tensor<i32>) -> tensor<1xi32>
    %913 = stablehlo.concatenate %912, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %914 = stablehlo.dynamic_broadcast_in_dim %cst_14, %913, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %915 = stablehlo.add %910, %914 : tensor<?x197x1xf32>
    %916 = stablehlo.rsqrt %915 : tensor<?x197x1xf32>
    %917 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %918 = stablehlo.reshape %917 : (tensor<i32>) -> tensor<1xi32>
    %919 = stablehlo.concatenate %918, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %920 = stablehlo.dynamic_broadcast_in_dim %916, %919, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %921 = stablehlo.multiply %899, %920 : tensor<?x197x768xf32>
    %922 = stablehlo.broadcast_in_dim %arg42, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %923 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %924 = stablehlo.reshape %923 : (tensor<i32>) -> tensor<1xi32>
    %925 = stablehlo.concatenate %924, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %926 = stablehlo.dynamic_broadcast_in_dim %922, %925, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %927 = stablehlo.multiply %921, %926 : tensor<?x197x768xf32>
    %928 = stablehlo.broadcast_in_dim %arg43, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %929 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %930 = stablehlo.reshape %929 : (tensor<i32>) -> tensor<1xi32>
    %931 = stablehlo.concatenate %930, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %932 = stablehlo.dynamic_broadcast_in_dim %928, %931, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %933 = stablehlo.add %927, %932 : tensor<?x197x768xf32>
    %934 = stablehlo.transpose %933, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %935 = stablehlo.convert %arg1 : tensor<i64>
    %936 = stablehlo.multiply %935, %c_18 : tensor<i64>
    %937 = stablehlo.convert %936 : tensor<i64>
    %938 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %939 = "stablehlo.case"(%938) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %940 = "stablehlo.case"(%939) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %941 = "stablehlo.case"(%940) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %942 = "stablehlo.case"(%941) ({
      %3547 = stablehlo.compare GE, %937, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %937, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %934, %arg44, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3552 : tensor<197x?x2304xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %934, %3556 : (tensor<197x?x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg44, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2304x768xf32>, tensor<?x768xf32>) -> tensor<2304x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<2304x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<2304x?xf32>) -> tensor<?x2304xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %c_17, %3562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3564 : tensor<197x?x2304xf32>
      }) : (tensor<i32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3551 : tensor<197x?x2304xf32>
    }, {
      %3547 = stablehlo.dot_general %934, %arg44, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3547 : tensor<197x?x2304xf32>
    }) : (tensor<i32>) -> tensor<197x?x2304xf32>
    %943 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %944 = stablehlo.reshape %943 : (tensor<i32>) -> tensor<1xi32>
    %945 = stablehlo.concatenate %c_17, %944, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %946 = stablehlo.dynamic_broadcast_in_dim %arg45, %945, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %947 = stablehlo.add %942, %946 : tensor<197x?x2304xf32>
    %948 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %949 = stablehlo.reshape %948 : (tensor<i32>) -> tensor<1xi32>
    %950 = stablehlo.concatenate %c_17, %949, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %951 = stablehlo.dynamic_reshape %947, %950 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %952 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %953 = stablehlo.reshape %952 : (tensor<i32>) -> tensor<1xi32>
    %954 = stablehlo.concatenate %c_19, %c_17, %953, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %955 = stablehlo.dynamic_broadcast_in_dim %951, %954, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %956 = stablehlo.transpose %955, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %957 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %958 = stablehlo.reshape %957 : (tensor<i32>) -> tensor<1xi32>
    %959 = stablehlo.concatenate %c_10, %c_17, %958, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %960 = stablehlo.dynamic_reshape %956, %959 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %961 = stablehlo.concatenate %c_9, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %962 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %963 = stablehlo.reshape %962 : (tensor<i32>) -> tensor<1xi32>
    %964 = stablehlo.concatenate %c_19, %c_17, %963, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %965 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %966 = stablehlo.real_dynamic_slice %960, %961, %964, %965 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %967 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %968 = stablehlo.reshape %967 : (tensor<i32>) -> tensor<1xi32>
    %969 = stablehlo.concatenate %c_17, %968, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %970 = stablehlo.dynamic_reshape %966, %969 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %971 = stablehlo.concatenate %c_19, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %972 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %973 = stablehlo.reshape %972 : (tensor<i32>) -> tensor<1xi32>
    %974 = stablehlo.concatenate %c_8, %c_17, %973, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %975 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %976 = stablehlo.real_dynamic_slice %960, %971, %974, %975 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %977 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %978 = stablehlo.reshape %977 : (tensor<i32>) -> tensor<1xi32>
    %979 = stablehlo.concatenate %c_17, %978, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %980 = stablehlo.dynamic_reshape %976, %979 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %981 = stablehlo.concatenate %c_8, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %982 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %983 = stablehlo.reshape %982 : (tensor<i32>) -> tensor<1xi32>
    %984 = stablehlo.concatenate %c_10, %c_17, %983, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %985 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %986 = stablehlo.real_dynamic_slice %960, %981, %984, %985 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %987 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %988 = stablehlo.reshape %987 : (tensor<i32>) -> tensor<1xi32>
    %989 = stablehlo.concatenate %c_17, %988, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %990 = stablehlo.dynamic_reshape %986, %989 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %991 = stablehlo.convert %arg1 : tensor<i64>
    %992 = stablehlo.multiply %991, %c_7 : tensor<i64>
    %993 = stablehlo.convert %992 : (tensor<i64>) -> tensor<i32>
    %994 = stablehlo.reshape %993 : (tensor<i32>) -> tensor<1xi32>
    %995 = stablehlo.concatenate %c_17, %994, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %996 = stablehlo.dynamic_reshape %970, %995 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %997 = stablehlo.transpose %996, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %998 = stablehlo.convert %arg1 : tensor<i64>
    %999 = stablehlo.multiply %998, %c_7 : tensor<i64>
    %1000 = stablehlo.convert %999 : (tensor<i64>) -> tensor<i32>
    %1001 = stablehlo.reshape %1000 : (tensor<i32>) -> tensor<1xi32>
    %1002 = stablehlo.concatenate %c_17, %1001, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1003 = stablehlo.dynamic_reshape %980, %1002 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1004 = stablehlo.transpose %1003, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1005 = stablehlo.convert %arg1 : tensor<i64>
    %1006 = stablehlo.multiply %1005, %c_7 : tensor<i64>
    %1007 = stablehlo.convert %1006 : (tensor<i64>) -> tensor<i32>
    %1008 = stablehlo.reshape %1007 : (tensor<i32>) -> tensor<1xi32>
    %1009 = stablehlo.concatenate %c_17, %1008, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1010 = stablehlo.dynamic_reshape %990, %1009 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1011 = stablehlo.transpose %1010, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1012 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1013 = stablehlo.reshape %1012 : (tensor<i32>) -> tensor<1xi32>
    %1014 = stablehlo.concatenate %1013, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1015 = stablehlo.dynamic_reshape %997, %1014 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1016 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1017 = stablehlo.reshape %1016 : (tensor<i32>) -> tensor<1xi32>
    %1018 = stablehlo.concatenate %1017, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1019 = stablehlo.dynamic_reshape %1004, %1018 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1020 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1021 = stablehlo.reshape %1020 : (tensor<i32>) -> tensor<1xi32>
    %1022 = stablehlo.concatenate %1021, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1023 = stablehlo.dynamic_reshape %1011, %1022 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1024 = stablehlo.dot_general %1015, %1019, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %1025 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1026 = stablehlo.reshape %1025 : (tensor<i32>) -> tensor<1xi32>
    %1027 = stablehlo.concatenate %1026, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1028 = stablehlo.dynamic_broadcast_in_dim %cst_4, %1027, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1029 = stablehlo.multiply %1024, %1028 : tensor<?x12x197x197xf32>
    %1030 = stablehlo.reduce(%1029 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1031 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1032 = stablehlo.reshape %1031 : (tensor<i32>) -> tensor<1xi32>
    %1033 = stablehlo.concatenate %1032, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1034 = stablehlo.dynamic_broadcast_in_dim %1030, %1033, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1035 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1036 = stablehlo.reshape %1035 : (tensor<i32>) -> tensor<1xi32>
    %1037 = stablehlo.concatenate %1036, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1038 = stablehlo.dynamic_broadcast_in_dim %1034, %1037, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1039 = stablehlo.subtract %1029, %1038 : tensor<?x12x197x197xf32>
    %1040 = stablehlo.exponential %1039 : tensor<?x12x197x197xf32>
    %1041 = stablehlo.reduce(%1040 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1042 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1043 = stablehlo.reshape %1042 : (tensor<i32>) -> tensor<1xi32>
    %1044 = stablehlo.concatenate %1043, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1045 = stablehlo.dynamic_broadcast_in_dim %1041, %1044, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1046 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1047 = stablehlo.reshape %1046 : (tensor<i32>) -> tensor<1xi32>
    %1048 = stablehlo.concatenate %1047, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1049 = stablehlo.dynamic_broadcast_in_dim %1045, %1048, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1050 = stablehlo.divide %1040, %1049 : tensor<?x12x197x197xf32>
    %1051 = stablehlo.dot_general %1050, %1023, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %1052 = stablehlo.transpose %1051, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %1053 = stablehlo.convert %arg1 : tensor<i64>
    %1054 = stablehlo.multiply %1053, %c_18 : tensor<i64>
    %1055 = stablehlo.convert %1054 : (tensor<i64>) -> tensor<i32>
    %1056 = stablehlo.reshape %1055 : (tensor<i32>) -> tensor<1xi32>
    %1057 = stablehlo.concatenate %1056, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1058 = stablehlo.dynamic_reshape %1052, %1057 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1059 = stablehlo.convert %arg1 : tensor<i64>
    %1060 = stablehlo.multiply %1059, %c_18 : tensor<i64>
    %1061 = stablehlo.convert %1060 : tensor<i64>
    %1062 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1063 = "stablehlo.case"(%1062) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1064 = "stablehlo.case"(%1063) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1065 = "stablehlo.case"(%1064) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1066 = "stablehlo.case"(%1065) ({
      %3547 = stablehlo.compare GE, %1061, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1061, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1058, %arg46, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
        stablehlo.return %3552 : tensor<?x768xf32>
      }, {
        %3552 = stablehlo.dot_general %arg46, %1058, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x768xf32>, tensor<?x768xf32>) -> tensor<768x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<768x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        stablehlo.return %3554 : tensor<?x768xf32>
      }) : (tensor<i32>) -> tensor<?x768xf32>
      stablehlo.return %3551 : tensor<?x768xf32>
    }, {
      %3547 = stablehlo.dot_general %1058, %arg46, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
      stablehlo.return %3547 : tensor<?x768xf32>
    }) : (tensor<i32>) -> tensor<?x768xf32>
    %1067 = stablehlo.convert %arg1 : tensor<i64>
    %1068 = stablehlo.multiply %1067, %c_18 : tensor<i64>
    %1069 = stablehlo.convert %1068 : (tensor<i64>) -> tensor<i32>
    %1070 = stablehlo.reshape %1069 : (tensor<i32>) -> tensor<1xi32>
    %1071 = stablehlo.concatenate %1070, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1072 = stablehlo.dynamic_broadcast_in_dim %arg47, %1071, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1073 = stablehlo.add %1066, %1072 : tensor<?x768xf32>
    %1074 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1075 = stablehlo.reshape %1074 : (tensor<i32>) -> tensor<1xi32>
    %1076 = stablehlo.concatenate %c_17, %1075, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1077 = stablehlo.dynamic_reshape %1073, %1076 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1078 = stablehlo.transpose %1077, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %1079 = stablehlo.add %1078, %884 : tensor<?x197x768xf32>
    %1080 = stablehlo.reduce(%1079 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1081 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1082 = stablehlo.reshape %1081 : (tensor<i32>) -> tensor<1xi32>
    %1083 = stablehlo.concatenate %1082, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1084 = stablehlo.dynamic_broadcast_in_dim %1080, %1083, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1085 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1086 = stablehlo.reshape %1085 : (tensor<i32>) -> tensor<1xi32>
    %1087 = stablehlo.concatenate %1086, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1088 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1087, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1089 = stablehlo.divide %1084, %1088 : tensor<?x197x1xf32>
    %1090 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1091 = stablehlo.reshape %1090 : (tensor<i32>) -> tensor<1xi32>
    %1092 = stablehlo.concatenate %1091, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1093 = stablehlo.dynamic_broadcast_in_dim %1089, %1092, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1094 = stablehlo.subtract %1079, %1093 : tensor<?x197x768xf32>
    %1095 = stablehlo.multiply %1094, %1094 : tensor<?x197x768xf32>
    %1096 = stablehlo.reduce(%1095 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1097 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1098 = stablehlo.reshape %1097 : (tensor<i32>) -> tensor<1xi32>
    %1099 = stablehlo.concatenate %1098, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1100 = stablehlo.dynamic_broadcast_in_dim %1096, %1099, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1101 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1102 = stablehlo.reshape %1101 : (tensor<i32>) -> tensor<1xi32>
    %1103 = stablehlo.concatenate %1102, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1104 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1103, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1105 = stablehlo.divide %1100, %1104 : tensor<?x197x1xf32>
    %1106 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1107 = stablehlo.reshape %1106 : (tensor<i32>) -> tensor<1xi32>
    %1108 = stablehlo.concatenate %1107, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1109 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1108, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1110 = stablehlo.add %1105, %1109 : tensor<?x197x1xf32>
    %1111 = stablehlo.rsqrt %1110 : tensor<?x197x1xf32>
    %1112 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1113 = stablehlo.reshape %1112 : (tensor<i32>) -> tensor<1xi32>
    %1114 = stablehlo.concatenate %1113, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1115 = stablehlo.dynamic_broadcast_in_dim %1111, %1114, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1116 = stablehlo.multiply %1094, %1115 : tensor<?x197x768xf32>
    %1117 = stablehlo.broadcast_in_dim %arg48, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1118 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1119 = stablehlo.reshape %1118 : (tensor<i32>) -> tensor<1xi32>
    %1120 = stablehlo.concatenate %1119, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1121 = stablehlo.dynamic_broadcast_in_dim %1117, %1120, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1122 = stablehlo.multiply %1116, %1121 : tensor<?x197x768xf32>
    %1123 = stablehlo.broadcast_in_dim %arg49, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1124 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1125 = stablehlo.reshape %1124 : (tensor<i32>) -> tensor<1xi32>
    %1126 = stablehlo.concatenate %1125, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1127 = stablehlo.dynamic_broadcast_in_dim %1123, %1126, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1128 = stablehlo.add %1122, %1127 : tensor<?x197x768xf32>
    %1129 = stablehlo.convert %arg1 : tensor<i64>
    %1130 = stablehlo.multiply %1129, %c_18 : tensor<i64>
    %1131 = stablehlo.convert %1130 : tensor<i64>
    %1132 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1133 = "stablehlo.case"(%1132) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1134 = "stablehlo.case"(%1133) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1135 = "stablehlo.case"(%1134) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1136 = "stablehlo.case"(%1135) ({
      %3547 = stablehlo.compare GE, %1131, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1131, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1128, %arg50, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3552 : tensor<?x197x3072xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %1128, %3556 : (tensor<?x197x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg50, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3072x768xf32>, tensor<?x768xf32>) -> tensor<3072x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<3072x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<3072x?xf32>) -> tensor<?x3072xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3564 : tensor<?x197x3072xf32>
      }) : (tensor<i32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3551 : tensor<?x197x3072xf32>
    }, {
      %3547 = stablehlo.dot_general %1128, %arg50, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3547 : tensor<?x197x3072xf32>
    }) : (tensor<i32>) -> tensor<?x197x3072xf32>
    %1137 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1138 = stablehlo.reshape %1137 : (tensor<i32>) -> tensor<1xi32>
    %1139 = stablehlo.concatenate %1138, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1140 = stablehlo.dynamic_broadcast_in_dim %arg51, %1139, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1141 = stablehlo.add %1136, %1140 : tensor<?x197x3072xf32>
    %1142 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1143 = stablehlo.reshape %1142 : (tensor<i32>) -> tensor<1xi32>
    %1144 = stablehlo.concatenate %1143, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1145 = stablehlo.dynamic_broadcast_in_dim %cst_1, %1144, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1146 = stablehlo.multiply %1141, %1145 : tensor<?x197x3072xf32>
    %1147 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1148 = stablehlo.reshape %1147 : (tensor<i32>) -> tensor<1xi32>
    %1149 = stablehlo.concatenate %1148, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1150 = stablehlo.dynamic_broadcast_in_dim %cst_0, %1149, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1151 = stablehlo.multiply %1141, %1150 : tensor<?x197x3072xf32>
    %1152 = stablehlo.composite "chlo.erf" %1151 {decomposition = @chlo.erf.impl_2, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %1153 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1154 = stablehlo.reshape %1153 : (tensor<i32>) -> tensor<1xi32>
    %1155 = stablehlo.concatenate %1154, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1156 = stablehlo.dynamic_broadcast_in_dim %cst, %1155, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1157 = stablehlo.add %1156, %1152 : tensor<?x197x3072xf32>
    %1158 = stablehlo.multiply %1146, %1157 : tensor<?x197x3072xf32>
    %1159 = stablehlo.convert %arg1 : tensor<i64>
    %1160 = stablehlo.multiply %1159, %c_18 : tensor<i64>
    %1161 = stablehlo.convert %1160 : tensor<i64>
    %1162 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1163 = "stablehlo.case"(%1162) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1164 = "stablehlo.case"(%1163) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1165 = "stablehlo.case"(%1164) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1166 = "stablehlo.case"(%1165) ({
      %3547 = stablehlo.compare GE, %1161, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1161, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1158, %arg52, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
        stablehlo.return %3552 : tensor<?x197x768xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %1158, %3556 : (tensor<?x197x3072xf32>, tensor<2xi32>) -> tensor<?x3072xf32>
        %3558 = stablehlo.dot_general %arg52, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x3072xf32>, tensor<?x3072xf32>) -> tensor<768x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<768x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
        stablehlo.return %3564 : tensor<?x197x768xf32>
      }) : (tensor<i32>) -> tensor<?x197x768xf32>
      stablehlo.return %3551 : tensor<?x197x768xf32>
    }, {
      %3547 = stablehlo.dot_general %1158, %arg52, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
      stablehlo.return %3547 : tensor<?x197x768xf32>
    }) : (tensor<i32>) -> tensor<?x197x768xf32>
    %1167 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1168 = stablehlo.reshape %1167 : (tensor<i32>) -> tensor<1xi32>
    %1169 = stablehlo.concatenate %1168, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1170 = stablehlo.dynamic_broadcast_in_dim %arg53, %1169, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1171 = stablehlo.add %1166, %1170 : tensor<?x197x768xf32>
    %1172 = stablehlo.add %1079, %1171 : tensor<?x197x768xf32>
    %1173 = stablehlo.reduce(%1172 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1174 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1175 = stablehlo.reshape %1174 : (tensor<i32>) -> tensor<1xi32>
    %1176 = stablehlo.concatenate %1175, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1177 = stablehlo.dynamic_broadcast_in_dim %1173, %1176, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1178 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1179 = stablehlo.reshape %1178 : (tensor<i32>) -> tensor<1xi32>
    %1180 = stablehlo.concatenate %1179, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1181 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1180, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1182 = stablehlo.divide %1177, %1181 : tensor<?x197x1xf32>
    %1183 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1184 = stablehlo.reshape %1183 : (tensor<i32>) -> tensor<1xi32>
    %1185 = stablehlo.concatenate %1184, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1186 = stablehlo.dynamic_broadcast_in_dim %1182, %1185, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1187 = stablehlo.subtract %1172, %1186 : tensor<?x197x768xf32>
    %1188 = stablehlo.multiply %1187, %1187 : tensor<?x197x768xf32>
    %1189 = stablehlo.reduce(%1188 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1190 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1191 = stablehlo.reshape %1190 : (tensor<i32>) -> tensor<1xi32>
    %1192 = stablehlo.concatenate %1191, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1193 = stablehlo.dynamic_broadcast_in_dim %1189, %1192, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1194 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1195 = stablehlo.reshape %1194 : (tensor<i32>) -> tensor<1xi32>
    %1196 = stablehlo.concatenate %1195, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1197 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1196, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1198 = stablehlo.divide %1193, %1197 : tensor<?x197x1xf32>
    %1199 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1200 = stablehlo.reshape %1199 : (tensor<i32>) -> tensor<1xi32>
    %1201 = stablehlo.concatenate %1200, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1202 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1201, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1203 = stablehlo.add %1198, %1202 : tensor<?x197x1xf32>
    %1204 = stablehlo.rsqrt %1203 : tensor<?x197x1xf32>
    %1205 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1206 = stablehlo.reshape %1205 : (tensor<i32>) -> tensor<1xi32>
    %1207 = stablehlo.concatenate %1206, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1208 = stablehlo.dynamic_broadcast_in_dim %1204, %1207, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1209 = stablehlo.multiply %1187, %1208 : tensor<?x197x768xf32>
    %1210 = stablehlo.broadcast_in_dim %arg54, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1211 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1212 = stablehlo.reshape %1211 : (tensor<i32>) -> tensor<1xi32>
    %1213 = stablehlo.concatenate %1212, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1214 = stablehlo.dynamic_broadcast_in_dim %1210, %1213, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1215 = stablehlo.multiply %1209, %1214 : tensor<?x197x768xf32>
    %1216 = stablehlo.broadcast_in_dim %arg55, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1217 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1218 = stablehlo.reshape %1217 : (tensor<i32>) -> tensor<1xi32>
    %1219 = stablehlo.concatenate %1218, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1220 = stablehlo.dynamic_broadcast_in_dim %1216, %1219, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1221 = stablehlo.add %1215, %1220 : tensor<?x197x768xf32>
    %1222 = stablehlo.transpose %1221, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %1223 = stablehlo.convert %arg1 : tensor<i64>
    %1224 = stablehlo.multiply %1223, %c_18 : tensor<i64>
    %1225 = stablehlo.convert %1224 : tensor<i64>
    %1226 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1227 = "stablehlo.case"(%1226) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1228 = "stablehlo.case"(%1227) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1229 = "stablehlo.case"(%1228) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1230 = "stablehlo.case"(%1229) ({
      %3547 = stablehlo.compare GE, %1225, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1225, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1222, %arg56, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3552 : tensor<197x?x2304xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %1222, %3556 : (tensor<197x?x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg56, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2304x768xf32>, tensor<?x768xf32>) -> tensor<2304x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<2304x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<2304x?xf32>) -> tensor<?x2304xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %c_17, %3562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3564 : tensor<197x?x2304xf32>
      }) : (tensor<i32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3551 : tensor<197x?x2304xf32>
    }, {
      %3547 = stablehlo.dot_general %1222, %arg56, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3547 : tensor<197x?x2304xf32>
    }) : (tensor<i32>) -> tensor<197x?x2304xf32>
    %1231 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1232 = stablehlo.reshape %1231 : (tensor<i32>) -> tensor<1xi32>
    %1233 = stablehlo.concatenate %c_17, %1232, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1234 = stablehlo.dynamic_broadcast_in_dim %arg57, %1233, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %1235 = stablehlo.add %1230, %1234 : tensor<197x?x2304xf32>
    %1236 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1237 = stablehlo.reshape %1236 : (tensor<i32>) -> tensor<1xi32>
    %1238 = stablehlo.concatenate %c_17, %1237, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1239 = stablehlo.dynamic_reshape %1235, %1238 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %1240 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1241 = stablehlo.reshape %1240 : (tensor<i32>) -> tensor<1xi32>
    %1242 = stablehlo.concatenate %c_19, %c_17, %1241, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %1243 = stablehlo.dynamic_broadcast_in_dim %1239, %1242, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %1244 = stablehlo.transpose %1243, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %1245 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1246 = stablehlo.reshape %1245 : (tensor<i32>) -> tensor<1xi32>
    %1247 = stablehlo.concatenate %c_10, %c_17, %1246, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1248 = stablehlo.dynamic_reshape %1244, %1247 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %1249 = stablehlo.concatenate %c_9, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1250 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1251 = stablehlo.reshape %1250 : (tensor<i32>) -> tensor<1xi32>
    %1252 = stablehlo.concatenate %c_19, %c_17, %1251, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1253 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1254 = stablehlo.real_dynamic_slice %1248, %1249, %1252, %1253 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1255 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1256 = stablehlo.reshape %1255 : (tensor<i32>) -> tensor<1xi32>
    %1257 = stablehlo.concatenate %c_17, %1256, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1258 = stablehlo.dynamic_reshape %1254, %1257 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1259 = stablehlo.concatenate %c_19, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1260 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1261 = stablehlo.reshape %1260 : (tensor<i32>) -> tensor<1xi32>
    %1262 = stablehlo.concatenate %c_8, %c_17, %1261, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1263 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1264 = stablehlo.real_dynamic_slice %1248, %1259, %1262, %1263 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1265 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1266 = stablehlo.reshape %1265 : (tensor<i32>) -> tensor<1xi32>
    %1267 = stablehlo.concatenate %c_17, %1266, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1268 = stablehlo.dynamic_reshape %1264, %1267 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1269 = stablehlo.concatenate %c_8, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1270 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1271 = stablehlo.reshape %1270 : (tensor<i32>) -> tensor<1xi32>
    %1272 = stablehlo.concatenate %c_10, %c_17, %1271, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1273 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1274 = stablehlo.real_dynamic_slice %1248, %1269, %1272, %1273 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1275 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1276 = stablehlo.reshape %1275 : (tensor<i32>) -> tensor<1xi32>
    %1277 = stablehlo.concatenate %c_17, %1276, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1278 = stablehlo.dynamic_reshape %1274, %1277 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1279 = stablehlo.convert %arg1 : tensor<i64>
    %1280 = stablehlo.multiply %1279, %c_7 : tensor<i64>
    %1281 = stablehlo.convert %1280 : (tensor<i64>) -> tensor<i32>
    %1282 = stablehlo.reshape %1281 : (tensor<i32>) -> tensor<1xi32>
    %1283 = stablehlo.concatenate %c_17, %1282, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1284 = stablehlo.dynamic_reshape %1258, %1283 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1285 = stablehlo.transpose %1284, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1286 = stablehlo.convert %arg1 : tensor<i64>
    %1287 = stablehlo.multiply %1286, %c_7 : tensor<i64>
    %1288 = stablehlo.convert %1287 : (tensor<i64>) -> tensor<i32>
    %1289 = stablehlo.reshape %1288 : (tensor<i32>) -> tensor<1xi32>
    %1290 = stablehlo.concatenate %c_17, %1289, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1291 = stablehlo.dynamic_reshape %1268, %1290 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1292 = stablehlo.transpose %1291, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1293 = stablehlo.convert %arg1 : tensor<i64>
    %1294 = stablehlo.multiply %1293, %c_7 : tensor<i64>
    %1295 = stablehlo.convert %1294 : (tensor<i64>) -> tensor<i32>
    %1296 = stablehlo.reshape %1295 : (tensor<i32>) -> tensor<1xi32>
    %1297 = stablehlo.concatenate %c_17, %1296, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1298 = stablehlo.dynamic_reshape %1278, %1297 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1299 = stablehlo.transpose %1298, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1300 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1301 = stablehlo.reshape %1300 : (tensor<i32>) -> tensor<1xi32>
    %1302 = stablehlo.concatenate %1301, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1303 = stablehlo.dynamic_reshape %1285, %1302 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1304 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1305 = stablehlo.reshape %1304 : (tensor<i32>) -> tensor<1xi32>
    %1306 = stablehlo.concatenate %1305, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1307 = stablehlo.dynamic_reshape %1292, %1306 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1308 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1309 = stablehlo.reshape %1308 : (tensor<i32>) -> tensor<1xi32>
    %1310 = stablehlo.concatenate %1309, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1311 = stablehlo.dynamic_reshape %1299, %1310 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1312 = stablehlo.dot_general %1303, %1307, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %1313 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1314 = stablehlo.reshape %1313 : (tensor<i32>) -> tensor<1xi32>
    %1315 = stablehlo.concatenate %1314, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1316 = stablehlo.dynamic_broadcast_in_dim %cst_4, %1315, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1317 = stablehlo.multiply %1312, %1316 : tensor<?x12x197x197xf32>
    %1318 = stablehlo.reduce(%1317 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1319 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1320 = stablehlo.reshape %1319 : (tensor<i32>) -> tensor<1xi32>
    %1321 = stablehlo.concatenate %1320, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1322 = stablehlo.dynamic_broadcast_in_dim %1318, %1321, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1323 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1324 = stablehlo.reshape %1323 : (tensor<i32>) -> tensor<1xi32>
    %1325 = stablehlo.concatenate %1324, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1326 = stablehlo.dynamic_broadcast_in_dim %1322, %1325, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1327 = stablehlo.subtract %1317, %1326 : tensor<?x12x197x197xf32>
    %1328 = stablehlo.exponential %1327 : tensor<?x12x197x197xf32>
    %1329 = stablehlo.reduce(%1328 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1330 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1331 = stablehlo.reshape %1330 : (tensor<i32>) -> tensor<1xi32>
    %1332 = stablehlo.concatenate %1331, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1333 = stablehlo.dynamic_broadcast_in_dim %1329, %1332, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1334 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1335 = stablehlo.reshape %1334 : (tensor<i32>) -> tensor<1xi32>
    %1336 = stablehlo.concatenate %1335, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1337 = stablehlo.dynamic_broadcast_in_dim %1333, %1336, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1338 = stablehlo.divide %1328, %1337 : tensor<?x12x197x197xf32>
    %1339 = stablehlo.dot_general %1338, %1311, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %1340 = stablehlo.transpose %1339, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %1341 = stablehlo.convert %arg1 : tensor<i64>
    %1342 = stablehlo.multiply %1341, %c_18 : tensor<i64>
    %1343 = stablehlo.convert %1342 : (tensor<i64>) -> tensor<i32>
    %1344 = stablehlo.reshape %1343 : (tensor<i32>) -> tensor<1xi32>
    %1345 = stablehlo.concatenate %1344, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1346 = stablehlo.dynamic_reshape %1340, %1345 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1347 = stablehlo.convert %arg1 : tensor<i64>
    %1348 = stablehlo.multiply %1347, %c_18 : tensor<i64>
    %1349 = stablehlo.convert %1348 : tensor<i64>
    %1350 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1351 = "stablehlo.case"(%1350) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1352 = "stablehlo.case"(%1351) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1353 = "stablehlo.case"(%1352) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1354 = "stablehlo.case"(%1353) ({
      %3547 = stablehlo.compare GE, %1349, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1349, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1346, %arg58, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
        stablehlo.return %3552 : tensor<?x768xf32>
      }, {
        %3552 = stablehlo.dot_general %arg58, %1346, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x768xf32>, tensor<?x768xf32>) -> tensor<768x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<768x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        stablehlo.return %3554 : tensor<?x768xf32>
      }) : (tensor<i32>) -> tensor<?x768xf32>
      stablehlo.return %3551 : tensor<?x768xf32>
    }, {
      %3547 = stablehlo.dot_general %1346, %arg58, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
      stablehlo.return %3547 : tensor<?x768xf32>
    }) : (tensor<i32>) -> tensor<?x768xf32>
    %1355 = stablehlo.convert %arg1 : tensor<i64>
    %1356 = stablehlo.multiply %1355, %c_18 : tensor<i64>
    %1357 = stablehlo.convert %1356 : (tensor<i64>) -> tensor<i32>
    %1358 = stablehlo.reshape %1357 : (tensor<i32>) -> tensor<1xi32>
    %1359 = stablehlo.concatenate %1358, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1360 = stablehlo.dynamic_broadcast_in_dim %arg59, %1359, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1361 = stablehlo.add %1354, %1360 : tensor<?x768xf32>
    %1362 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1363 = stablehlo.reshape %1362 : (tensor<i32>) -> tensor<1xi32>
    %1364 = stablehlo.concatenate %c_17, %1363, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1365 = stablehlo.dynamic_reshape %1361, %1364 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1366 = stablehlo.transpose %1365, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %1367 = stablehlo.add %1366, %1172 : tensor<?x197x768xf32>
    %1368 = stablehlo.reduce(%1367 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1369 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1370 = stablehlo.reshape %1369 : (tensor<i32>) -> tensor<1xi32>
    %1371 = stablehlo.concatenate %1370, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1372 = stablehlo.dynamic_broadcast_in_dim %1368, %1371, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1373 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1374 = stablehlo.reshape %1373 : (tensor<i32>) -> tensor<1xi32>
    %1375 = stablehlo.concatenate %1374, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1376 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1375, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1377 = stablehlo.divide %1372, %1376 : tensor<?x197x1xf32>
    %1378 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1379 = stablehlo.reshape %1378 : (tensor<i32>) -> tensor<1xi32>
    %1380 = stablehlo.concatenate %1379, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1381 = stablehlo.dynamic_broadcast_in_dim %1377, %1380, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1382 = stablehlo.subtract %1367, %1381 : tensor<?x197x768xf32>
    %1383 = stablehlo.multiply %1382, %1382 : tensor<?x197x768xf32>
    %1384 = stablehlo.reduce(%1383 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1385 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1386 = stablehlo.reshape %1385 : (tensor<i32>) -> tensor<1xi32>
    %1387 = stablehlo.concatenate %1386, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1388 = stablehlo.dynamic_broadcast_in_dim %1384, %1387, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1389 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1390 = stablehlo.reshape %1389 : (tensor<i32>) -> tensor<1xi32>
    %1391 = stablehlo.concatenate %1390, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1392 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1391, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1393 = stablehlo.divide %1388, %1392 : tensor<?x197x1xf32>
    %1394 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1395 = stablehlo.reshape %1394 : (tensor<i32>) -> tensor<1xi32>
    %1396 = stablehlo.concatenate %1395, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1397 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1396, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1398 = stablehlo.add %1393, %1397 : tensor<?x197x1xf32>
    %1399 = stablehlo.rsqrt %1398 : tensor<?x197x1xf32>
    %1400 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1401 = stablehlo.reshape %1400 : (tensor<i32>) -> tensor<1xi32>
    %1402 = stablehlo.concatenate %1401, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1403 = stablehlo.dynamic_broadcast_in_dim %1399, %1402, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1404 = stablehlo.multiply %1382, %1403 : tensor<?x197x768xf32>
    %1405 = stablehlo.broadcast_in_dim %arg60, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1406 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1407 = stablehlo.reshape %1406 : (tensor<i32>) -> tensor<1xi32>
    %1408 = stablehlo.concatenate %1407, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1409 = stablehlo.dynamic_broadcast_in_dim %1405, %1408, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1410 = stablehlo.multiply %1404, %1409 : tensor<?x197x768xf32>
    %1411 = stablehlo.broadcast_in_dim %arg61, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1412 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1413 = stablehlo.reshape %1412 : (tensor<i32>) -> tensor<1xi32>
    %1414 = stablehlo.concatenate %1413, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1415 = stablehlo.dynamic_broadcast_in_dim %1411, %1414, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1416 = stablehlo.add %1410, %1415 : tensor<?x197x768xf32>
    %1417 = stablehlo.convert %arg1 : tensor<i64>
    %1418 = stablehlo.multiply %1417, %c_18 : tensor<i64>
    %1419 = stablehlo.convert %1418 : tensor<i64>
    %1420 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1421 = "stablehlo.case"(%1420) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1422 = "stablehlo.case"(%1421) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1423 = "stablehlo.case"(%1422) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1424 = "stablehlo.case"(%1423) ({
      %3547 = stablehlo.compare GE, %1419, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1419, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1416, %arg62, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3552 : tensor<?x197x3072xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %1416, %3556 : (tensor<?x197x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg62, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3072x768xf32>, tensor<?x768xf32>) -> tensor<3072x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<3072x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<3072x?xf32>) -> tensor<?x3072xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3564 : tensor<?x197x3072xf32>
      }) : (tensor<i32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3551 : tensor<?x197x3072xf32>
    }, {
      %3547 = stablehlo.dot_general %1416, %arg62, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3547 : tensor<?x197x3072xf32>
    }) : (tensor<i32>) -> tensor<?x197x3072xf32>
    %1425 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1426 = stablehlo.reshape %1425 : (tensor<i32>) -> tensor<1xi32>
    %1427 = stablehlo.concatenate %1426, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1428 = stablehlo.dynamic_broadcast_in_dim %arg63, %1427, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1429 = stablehlo.add %1424, %1428 : tensor<?x197x3072xf32>
    %1430 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1431 = stablehlo.reshape %1430 : (tensor<i32>) -> tensor<1xi32>
    %1432 = stablehlo.concatenate %1431, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1433 = stablehlo.dynamic_broadcast_in_dim %cst_1, %1432, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1434 = stablehlo.multiply %1429, %1433 : tensor<?x197x3072xf32>
    %1435 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1436 = stablehlo.reshape %1435 : (tensor<i32>) -> tensor<1xi32>
    %1437 = stablehlo.concatenate %1436, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1438 = stablehlo.dynamic_broadcast_in_dim %cst_0, %1437, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1439 = stablehlo.multiply %1429, %1438 : tensor<?x197x3072xf32>
    %1440 = stablehlo.composite "chlo.erf" %1439 {decomposition = @chlo.erf.impl_3, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %1441 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1442 = stablehlo.reshape %1441 : (tensor<i32>) -> tensor<1xi32>
    %1443 = stablehlo.concatenate %1442, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1444 = stablehlo.dynamic_broadcast_in_dim %cst, %1443, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1445 = stablehlo.add %1444, %1440 : tensor<?x197x3072xf32>
    %1446 = stablehlo.multiply %1434, %1445 : tensor<?x197x3072xf32>
    %1447 = stablehlo.convert %arg1 : tensor<i64>
    %1448 = stablehlo.multiply %1447, %c_18 : tensor<i64>
    %1449 = stablehlo.convert %1448 : tensor<i64>
    %1450 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1451 = "stablehlo.case"(%1450) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1452 = "stablehlo.case"(%1451) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1453 = "stablehlo.case"(%1452) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1454 = "stablehlo.case"(%1453) ({
      %3547 = stablehlo.compare GE, %1449, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1449, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1446, %arg64, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
        stablehlo.return %3552 : tensor<?x197x768xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %1446, %3556 : (tensor<?x197x3072xf32>, tensor<2xi32>) -> tensor<?x3072xf32>
        %3558 = stablehlo.dot_general %arg64, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x3072xf32>, tensor<?x3072xf32>) -> tensor<768x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<768x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
        stablehlo.return %3564 : tensor<?x197x768xf32>
      }) : (tensor<i32>) -> tensor<?x197x768xf32>
      stablehlo.return %3551 : tensor<?x197x768xf32>
    }, {
      %3547 = stablehlo.dot_general %1446, %arg64, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
      stablehlo.return %3547 : tensor<?x197x768xf32>
    }) : (tensor<i32>) -> tensor<?x197x768xf32>
    %1455 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1456 = stablehlo.reshape %1455 : (tensor<i32>) -> tensor<1xi32>
    %1457 = stablehlo.concatenate %1456, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1458 = stablehlo.dynamic_broadcast_in_dim %arg65, %1457, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1459 = stablehlo.add %1454, %1458 : tensor<?x197x768xf32>
    %1460 = stablehlo.add %1367, %1459 : tensor<?x197x768xf32>
    %1461 = stablehlo.reduce(%1460 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1462 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1463 = stablehlo.reshape %1462 : (tensor<i32>) -> tensor<1xi32>
    %1464 = stablehlo.concatenate %1463, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1465 = stablehlo.dynamic_broadcast_in_dim %1461, %1464, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1466 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1467 = stablehlo.reshape %1466 : (tensor<i32>) -> tensor<1xi32>
    %1468 = stablehlo.concatenate %1467, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1469 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1468, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1470 = stablehlo.divide %1465, %1469 : tensor<?x197x1xf32>
    %1471 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1472 = stablehlo.reshape %1471 : (tensor<i32>) -> tensor<1xi32>
    %1473 = stablehlo.concatenate %1472, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1474 = stablehlo.dynamic_broadcast_in_dim %1470, %1473, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1475 = stablehlo.subtract %1460, %1474 : tensor<?x197x768xf32>
    %1476 = stablehlo.multiply %1475, %1475 : tensor<?x197x768xf32>
    %1477 = stablehlo.reduce(%1476 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1478 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1479 = stablehlo.reshape %1478 : (tensor<i32>) -> tensor<1xi32>
    %1480 = stablehlo.concatenate %1479, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1481 = stablehlo.dynamic_broadcast_in_dim %1477, %1480, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1482 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1483 = stablehlo.reshape %1482 : (tensor<i32>) -> tensor<1xi32>
    %1484 = stablehlo.concatenate %1483, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1485 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1484, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1486 = stablehlo.divide %1481, %1485 : tensor<?x197x1xf32>
    %1487 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1488 = stablehlo.reshape %1487 : (tensor<i32>) -> tensor<1xi32>
    %1489 = stablehlo.concatenate %1488, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1490 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1489, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1491 = stablehlo.add %1486, %1490 : tensor<?x197x1xf32>
    %1492 = stablehlo.rsqrt %1491 : tensor<?x197x1xf32>
    %1493 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1494 = stablehlo.reshape %1493 : (tensor<i32>) -> tensor<1xi32>
    %1495 = stablehlo.concatenate %1494, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1496 = stablehlo.dynamic_broadcast_in_dim %1492, %1495, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1497 = stablehlo.multiply %1475, %1496 : tensor<?x197x768xf32>
    %1498 = stablehlo.broadcast_in_dim %arg66, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1499 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1500 = stablehlo.reshape %1499 : (tensor<i32>) -> tensor<1xi32>
    %1501 = stablehlo.concatenate %1500, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1502 = stablehlo.dynamic_broadcast_in_dim %1498, %1501, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1503 = stablehlo.multiply %1497, %1502 : tensor<?x197x768xf32>
    %1504 = stablehlo.broadcast_in_dim %arg67, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1505 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1506 = stablehlo.reshape %1505 : (tensor<i32>) -> tensor<1xi32>
    %1507 = stablehlo.concatenate %1506, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1508 = stablehlo.dynamic_broadcast_in_dim %1504, %1507, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1509 = stablehlo.add %1503, %1508 : tensor<?x197x768xf32>
    %1510 = stablehlo.transpose %1509, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %1511 = stablehlo.convert %arg1 : tensor<i64>
    %1512 = stablehlo.multiply %1511, %c_18 : tensor<i64>
    %1513 = stablehlo.convert %1512 : tensor<i64>
    %1514 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1515 = "stablehlo.case"(%1514) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1516 = "stablehlo.case"(%1515) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1517 = "stablehlo.case"(%1516) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1518 = "stablehlo.case"(%1517) ({
      %3547 = stablehlo.compare GE, %1513, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1513, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1510, %arg68, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3552 : tensor<197x?x2304xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %1510, %3556 : (tensor<197x?x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg68, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2304x768xf32>, tensor<?x768xf32>) -> tensor<2304x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<2304x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<2304x?xf32>) -> tensor<?x2304xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %c_17, %3562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3564 : tensor<197x?x2304xf32>
      }) : (tensor<i32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3551 : tensor<197x?x2304xf32>
    }, {
      %3547 = stablehlo.dot_general %1510, %arg68, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3547 : tensor<197x?x2304xf32>
    }) : (tensor<i32>) -> tensor<197x?x2304xf32>
    %1519 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1520 = stablehlo.reshape %1519 : (tensor<i32>) -> tensor<1xi32>
    %1521 = stablehlo.concatenate %c_17, %1520, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1522 = stablehlo.dynamic_broadcast_in_dim %arg69, %1521, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %1523 = stablehlo.add %1518, %1522 : tensor<197x?x2304xf32>
    %1524 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1525 = stablehlo.reshape %1524 : (tensor<i32>) -> tensor<1xi32>
    %1526 = stablehlo.concatenate %c_17, %1525, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1527 = stablehlo.dynamic_reshape %1523, %1526 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %1528 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1529 = stablehlo.reshape %1528 : (tensor<i32>) -> tensor<1xi32>
    %1530 = stablehlo.concatenate %c_19, %c_17, %1529, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %1531 = stablehlo.dynamic_broadcast_in_dim %1527, %1530, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %1532 = stablehlo.transpose %1531, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %1533 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1534 = stablehlo.reshape %1533 : (tensor<i32>) -> tensor<1xi32>
    %1535 = stablehlo.concatenate %c_10, %c_17, %1534, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1536 = stablehlo.dynamic_reshape %1532, %1535 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %1537 = stablehlo.concatenate %c_9, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1538 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1539 = stablehlo.reshape %1538 : (tensor<i32>) -> tensor<1xi32>
    %1540 = stablehlo.concatenate %c_19, %c_17, %1539, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1541 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1542 = stablehlo.real_dynamic_slice %1536, %1537, %1540, %1541 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1543 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1544 = stablehlo.reshape %1543 : (tensor<i32>) -> tensor<1xi32>
    %1545 = stablehlo.concatenate %c_17, %1544, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1546 = stablehlo.dynamic_reshape %1542, %1545 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1547 = stablehlo.concatenate %c_19, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1548 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1549 = stablehlo.reshape %1548 : (tensor<i32>) -> tensor<1xi32>
    %1550 = stablehlo.concatenate %c_8, %c_17, %1549, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1551 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1552 = stablehlo.real_dynamic_slice %1536, %1547, %1550, %1551 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1553 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1554 = stablehlo.reshape %1553 : (tensor<i32>) -> tensor<1xi32>
    %1555 = stablehlo.concatenate %c_17, %1554, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1556 = stablehlo.dynamic_reshape %1552, %1555 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1557 = stablehlo.concatenate %c_8, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1558 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1559 = stablehlo.reshape %1558 : (tensor<i32>) -> tensor<1xi32>
    %1560 = stablehlo.concatenate %c_10, %c_17, %1559, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1561 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1562 = stablehlo.real_dynamic_slice %1536, %1557, %1560, %1561 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1563 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1564 = stablehlo.reshape %1563 : (tensor<i32>) -> tensor<1xi32>
    %1565 = stablehlo.concatenate %c_17, %1564, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1566 = stablehlo.dynamic_reshape %1562, %1565 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1567 = stablehlo.convert %arg1 : tensor<i64>
    %1568 = stablehlo.multiply %1567, %c_7 : tensor<i64>
    %1569 = stablehlo.convert %1568 : (tensor<i64>) -> tensor<i32>
    %1570 = stablehlo.reshape %1569 : (tensor<i32>) -> tensor<1xi32>
    %1571 = stablehlo.concatenate %c_17, %1570, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1572 = stablehlo.dynamic_reshape %1546, %1571 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1573 = stablehlo.transpose %1572, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1574 = stablehlo.convert %arg1 : tensor<i64>
    %1575 = stablehlo.multiply %1574, %c_7 : tensor<i64>
    %1576 = stablehlo.convert %1575 : (tensor<i64>) -> tensor<i32>
    %1577 = stablehlo.reshape %1576 : (tensor<i32>) -> tensor<1xi32>
    %1578 = stablehlo.concatenate %c_17, %1577, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1579 = stablehlo.dynamic_reshape %1556, %1578 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1580 = stablehlo.transpose %1579, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1581 = stablehlo.convert %arg1 : tensor<i64>
    %1582 = stablehlo.multiply %1581, %c_7 : tensor<i64>
    %1583 = stablehlo.convert %1582 : (tensor<i64>) -> tensor<i32>
    %1584 = stablehlo.reshape %1583 : (tensor<i32>) -> tensor<1xi32>
    %1585 = stablehlo.concatenate %c_17, %1584, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1586 = stablehlo.dynamic_reshape %1566, %1585 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1587 = stablehlo.transpose %1586, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1588 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1589 = stablehlo.reshape %1588 : (tensor<i32>) -> tensor<1xi32>
    %1590 = stablehlo.concatenate %1589, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1591 = stablehlo.dynamic_reshape %1573, %1590 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1592 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1593 = stablehlo.reshape %1592 : (tensor<i32>) -> tensor<1xi32>
    %1594 = stablehlo.concatenate %1593, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1595 = stablehlo.dynamic_reshape %1580, %1594 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1596 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1597 = stablehlo.reshape %1596 : (tensor<i32>) -> tensor<1xi32>
    %1598 = stablehlo.concatenate %1597, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1599 = stablehlo.dynamic_reshape %1587, %1598 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1600 = stablehlo.dot_general %1591, %1595, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %1601 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1602 = stablehlo.reshape %1601 : (tensor<i32>) -> tensor<1xi32>
    %1603 = stablehlo.concatenate %1602, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1604 = stablehlo.dynamic_broadcast_in_dim %cst_4, %1603, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1605 = stablehlo.multiply %1600, %1604 : tensor<?x12x197x197xf32>
    %1606 = stablehlo.reduce(%1605 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1607 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1608 = stablehlo.reshape %1607 : (tensor<i32>) -> tensor<1xi32>
    %1609 = stablehlo.concatenate %1608, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1610 = stablehlo.dynamic_broadcast_in_dim %1606, %1609, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1611 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1612 = stablehlo.reshape %1611 : (tensor<i32>) -> tensor<1xi32>
    %1613 = stablehlo.concatenate %1612, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1614 = stablehlo.dynamic_broadcast_in_dim %1610, %1613, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1615 = stablehlo.subtract %1605, %1614 : tensor<?x12x197x197xf32>
    %1616 = stablehlo.exponential %1615 : tensor<?x12x197x197xf32>
    %1617 = stablehlo.reduce(%1616 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1618 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1619 = stablehlo.reshape %1618 : (tensor<i32>) -> tensor<1xi32>
    %1620 = stablehlo.concatenate %1619, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1621 = stablehlo.dynamic_broadcast_in_dim %1617, %1620, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1622 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1623 = stablehlo.reshape %1622 : (tensor<i32>) -> tensor<1xi32>
    %1624 = stablehlo.concatenate %1623, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1625 = stablehlo.dynamic_broadcast_in_dim %1621, %1624, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1626 = stablehlo.divide %1616, %1625 : tensor<?x12x197x197xf32>
    %1627 = stablehlo.dot_general %1626, %1599, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %1628 = stablehlo.transpose %1627, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %1629 = stablehlo.convert %arg1 : tensor<i64>
    %1630 = stablehlo.multiply %1629, %c_18 : tensor<i64>
    %1631 = stablehlo.convert %1630 : (tensor<i64>) -> tensor<i32>
    %1632 = stablehlo.reshape %1631 : (tensor<i32>) -> tensor<1xi32>
    %1633 = stablehlo.concatenate %1632, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1634 = stablehlo.dynamic_reshape %1628, %1633 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1635 = stablehlo.convert %arg1 : tensor<i64>
    %1636 = stablehlo.multiply %1635, %c_18 : tensor<i64>
    %1637 = stablehlo.convert %1636 : tensor<i64>
    %1638 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1639 = "stablehlo.case"(%1638) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1640 = "stablehlo.case"(%1639) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1641 = "stablehlo.case"(%1640) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1642 = "stablehlo.case"(%1641) ({
      %3547 = stablehlo.compare GE, %1637, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1637, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1634, %arg70, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
        stablehlo.return %3552 : tensor<?x768xf32>
      }, {
        %3552 = stablehlo.dot_general %arg70, %1634, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x768xf32>, tensor<?x768xf32>) -> tensor<768x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<768x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        stablehlo.return %3554 : tensor<?x768xf32>
      }) : (tensor<i32>) -> tensor<?x768xf32>
      stablehlo.return %3551 : tensor<?x768xf32>
    }, {
      %3547 = stablehlo.dot_general %1634, %arg70, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
      stablehlo.return %3547 : tensor<?x768xf32>
    }) : (tensor<i32>) -> tensor<?x768xf32>
    %1643 = stablehlo.convert %arg1 : tensor<i64>
    %1644 = stablehlo.multiply %1643, %c_18 : tensor<i64>
    %1645 = stablehlo.convert %1644 : (tensor<i64>) -> tensor<i32>
    %1646 = stablehlo.reshape %1645 : (tensor<i32>) -> tensor<1xi32>
    %1647 = stablehlo.concatenate %1646, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1648 = stablehlo.dynamic_broadcast_in_dim %arg71, %1647, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1649 = stablehlo.add %1642, %1648 : tensor<?x768xf32>
    %1650 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1651 = stablehlo.reshape %1650 : (tensor<i32>) -> tensor<1xi32>
    %1652 = stablehlo.concatenate %c_17, %1651, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1653 = stablehlo.dynamic_reshape %1649, %1652 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1654 = stablehlo.transpose %1653, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %1655 = stablehlo.add %1654, %1460 : tensor<?x197x768xf32>
    %1656 = stablehlo.reduce(%1655 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1657 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1658 = stablehlo.reshape %1657 : (tensor<i32>) -> tensor<1xi32>
    %1659 = stablehlo.concatenate %1658, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1660 = stablehlo.dynamic_broadcast_in_dim %1656, %1659, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1661 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1662 = stablehlo.reshape %1661 : (tensor<i32>) -> tensor<1xi32>
    %1663 = stablehlo.concatenate %1662, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1664 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1663, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1665 = stablehlo.divide %1660, %1664 : tensor<?x197x1xf32>
    %1666 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1667 = stablehlo.reshape %1666 : (tensor<i32>) -> tensor<1xi32>
    %1668 = stablehlo.concatenate %1667, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1669 = stablehlo.dynamic_broadcast_in_dim %1665, %1668, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1670 = stablehlo.subtract %1655, %1669 : tensor<?x197x768xf32>
    %1671 = stablehlo.multiply %1670, %1670 : tensor<?x197x768xf32>
    %1672 = stablehlo.reduce(%1671 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1673 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1674 = stablehlo.reshape %1673 : (tensor<i32>) -> tensor<1xi32>
    %1675 = stablehlo.concatenate %1674, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1676 = stablehlo.dynamic_broadcast_in_dim %1672, %1675, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1677 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1678 = stablehlo.reshape %1677 : (tensor<i32>) -> tensor<1xi32>
    %1679 = stablehlo.concatenate %1678, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1680 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1679, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1681 = stablehlo.divide %1676, %1680 : tensor<?x197x1xf32>
    %1682 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1683 = stablehlo.reshape %1682 : (tensor<i32>) -> tensor<1xi32>
    %1684 = stablehlo.concatenate %1683, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1685 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1684, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1686 = stablehlo.add %1681, %1685 : tensor<?x197x1xf32>
    %1687 = stablehlo.rsqrt %1686 : tensor<?x197x1xf32>
    %1688 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1689 = stablehlo.reshape %1688 : (tensor<i32>) -> tensor<1xi32>
    %1690 = stablehlo.concatenate %1689, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1691 = stablehlo.dynamic_broadcast_in_dim %1687, %1690, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1692 = stablehlo.multiply %1670, %1691 : tensor<?x197x768xf32>
    %1693 = stablehlo.broadcast_in_dim %arg72, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1694 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1695 = stablehlo.reshape %1694 : (tensor<i32>) -> tensor<1xi32>
    %1696 = stablehlo.concatenate %1695, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1697 = stablehlo.dynamic_broadcast_in_dim %1693, %1696, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1698 = stablehlo.multiply %1692, %1697 : tensor<?x197x768xf32>
    %1699 = stablehlo.broadcast_in_dim %arg73, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1700 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1701 = stablehlo.reshape %1700 : (tensor<i32>) -> tensor<1xi32>
    %1702 = stablehlo.concatenate %1701, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1703 = stablehlo.dynamic_broadcast_in_dim %1699, %1702, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1704 = stablehlo.add %1698, %1703 : tensor<?x197x768xf32>
    %1705 = stablehlo.convert %arg1 : tensor<i64>
    %1706 = stablehlo.multiply %1705, %c_18 : tensor<i64>
    %1707 = stablehlo.convert %1706 : tensor<i64>
    %1708 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1709 = "stablehlo.case"(%1708) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1710 = "stablehlo.case"(%1709) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1711 = "stablehlo.case"(%1710) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1712 = "stablehlo.case"(%1711) ({
      %3547 = stablehlo.compare GE, %1707, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1707, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1704, %arg74, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3552 : tensor<?x197x3072xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %1704, %3556 : (tensor<?x197x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg74, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3072x768xf32>, tensor<?x768xf32>) -> tensor<3072x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<3072x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<3072x?xf32>) -> tensor<?x3072xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3564 : tensor<?x197x3072xf32>
      }) : (tensor<i32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3551 : tensor<?x197x3072xf32>
    }, {
      %3547 = stablehlo.dot_general %1704, %arg74, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3547 : tensor<?x197x3072xf32>
    }) : (tensor<i32>) -> tensor<?x197x3072xf32>
    %1713 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1714 = stablehlo.reshape %1713 : (tensor<i32>) -> tensor<1xi32>
    %1715 = stablehlo.concatenate %1714, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1716 = stablehlo.dynamic_broadcast_in_dim %arg75, %1715, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1717 = stablehlo.add %1712, %1716 : tensor<?x197x3072xf32>
    %1718 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1719 = stablehlo.reshape %1718 : (tensor<i32>) -> tensor<1xi32>
    %1720 = stablehlo.concatenate %1719, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1721 = stablehlo.dynamic_broadcast_in_dim %cst_1, %1720, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1722 = stablehlo.multiply %1717, %1721 : tensor<?x197x3072xf32>
    %1723 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1724 = stablehlo.reshape %1723 : (tensor<i32>) -> tensor<1xi32>
    %1725 = stablehlo.concatenate %1724, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1726 = stablehlo.dynamic_broadcast_in_dim %cst_0, %1725, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1727 = stablehlo.multiply %1717, %1726 : tensor<?x197x3072xf32>
    %1728 = stablehlo.composite "chlo.erf" %1727 {decomposition = @chlo.erf.impl_4, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %1729 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1730 = stablehlo.reshape %1729 : (tensor<i32>) -> tensor<1xi32>
    %1731 = stablehlo.concatenate %1730, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1732 = stablehlo.dynamic_broadcast_in_dim %cst, %1731, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %1733 = stablehlo.add %1732, %1728 : tensor<?x197x3072xf32>
    %1734 = stablehlo.multiply %1722, %1733 : tensor<?x197x3072xf32>
    %1735 = stablehlo.convert %arg1 : tensor<i64>
    %1736 = stablehlo.multiply %1735, %c_18 : tensor<i64>
    %1737 = stablehlo.convert %1736 : tensor<i64>
    %1738 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1739 = "stablehlo.case"(%1738) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1740 = "stablehlo.case"(%1739) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1741 = "stablehlo.case"(%1740) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1742 = "stablehlo.case"(%1741) ({
      %3547 = stablehlo.compare GE, %1737, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1737, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1734, %arg76, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
        stablehlo.return %3552 : tensor<?x197x768xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %1734, %3556 : (tensor<?x197x3072xf32>, tensor<2xi32>) -> tensor<?x3072xf32>
        %3558 = stablehlo.dot_general %arg76, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x3072xf32>, tensor<?x3072xf32>) -> tensor<768x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<768x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
        stablehlo.return %3564 : tensor<?x197x768xf32>
      }) : (tensor<i32>) -> tensor<?x197x768xf32>
      stablehlo.return %3551 : tensor<?x197x768xf32>
    }, {
      %3547 = stablehlo.dot_general %1734, %arg76, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
      stablehlo.return %3547 : tensor<?x197x768xf32>
    }) : (tensor<i32>) -> tensor<?x197x768xf32>
    %1743 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1744 = stablehlo.reshape %1743 : (tensor<i32>) -> tensor<1xi32>
    %1745 = stablehlo.concatenate %1744, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1746 = stablehlo.dynamic_broadcast_in_dim %arg77, %1745, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1747 = stablehlo.add %1742, %1746 : tensor<?x197x768xf32>
    %1748 = stablehlo.add %1655, %1747 : tensor<?x197x768xf32>
    %1749 = stablehlo.reduce(%1748 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1750 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1751 = stablehlo.reshape %1750 : (tensor<i32>) -> tensor<1xi32>
    %1752 = stablehlo.concatenate %1751, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1753 = stablehlo.dynamic_broadcast_in_dim %1749, %1752, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1754 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1755 = stablehlo.reshape %1754 : (tensor<i32>) -> tensor<1xi32>
    %1756 = stablehlo.concatenate %1755, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1757 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1756, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1758 = stablehlo.divide %1753, %1757 : tensor<?x197x1xf32>
    %1759 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1760 = stablehlo.reshape %1759 : (tensor<i32>) -> tensor<1xi32>
    %1761 = stablehlo.concatenate %1760, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1762 = stablehlo.dynamic_broadcast_in_dim %1758, %1761, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1763 = stablehlo.subtract %1748, %1762 : tensor<?x197x768xf32>
    %1764 = stablehlo.multiply %1763, %1763 : tensor<?x197x768xf32>
    %1765 = stablehlo.reduce(%1764 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1766 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1767 = stablehlo.reshape %1766 : (tensor<i32>) -> tensor<1xi32>
    %1768 = stablehlo.concatenate %1767, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1769 = stablehlo.dynamic_broadcast_in_dim %1765, %1768, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1770 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1771 = stablehlo.reshape %1770 : (tensor<i32>) -> tensor<1xi32>
    %1772 = stablehlo.concatenate %1771, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1773 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1772, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1774 = stablehlo.divide %1769, %1773 : tensor<?x197x1xf32>
    %1775 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1776 = stablehlo.reshape %1775 : (tensor<i32>) -> tensor<1xi32>
    %1777 = stablehlo.concatenate %1776, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1778 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1777, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1779 = stablehlo.add %1774, %1778 : tensor<?x197x1xf32>
    %1780 = stablehlo.rsqrt %1779 : tensor<?x197x1xf32>
    %1781 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1782 = stablehlo.reshape %1781 : (tensor<i32>) -> tensor<1xi32>
    %1783 = stablehlo.concatenate %1782, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1784 = stablehlo.dynamic_broadcast_in_dim %1780, %1783, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1785 = stablehlo.multiply %1763, %1784 : tensor<?x197x768xf32>
    %1786 = stablehlo.broadcast_in_dim %arg78, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1787 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1788 = stablehlo.reshape %1787 : (tensor<i32>) -> tensor<1xi32>
    %1789 = stablehlo.concatenate %1788, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1790 = stablehlo.dynamic_broadcast_in_dim %1786, %1789, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1791 = stablehlo.multiply %1785, %1790 : tensor<?x197x768xf32>
    %1792 = stablehlo.broadcast_in_dim %arg79, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1793 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1794 = stablehlo.reshape %1793 : (tensor<i32>) -> tensor<1xi32>
    %1795 = stablehlo.concatenate %1794, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1796 = stablehlo.dynamic_broadcast_in_dim %1792, %1795, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1797 = stablehlo.add %1791, %1796 : tensor<?x197x768xf32>
    %1798 = stablehlo.transpose %1797, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %1799 = stablehlo.convert %arg1 : tensor<i64>
    %1800 = stablehlo.multiply %1799, %c_18 : tensor<i64>
    %1801 = stablehlo.convert %1800 : tensor<i64>
    %1802 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1803 = "stablehlo.case"(%1802) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1804 = "stablehlo.case"(%1803) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1805 = "stablehlo.case"(%1804) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1806 = "stablehlo.case"(%1805) ({
      %3547 = stablehlo.compare GE, %1801, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1801, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1798, %arg80, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3552 : tensor<197x?x2304xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %1798, %3556 : (tensor<197x?x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg80, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2304x768xf32>, tensor<?x768xf32>) -> tensor<2304x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<2304x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<2304x?xf32>) -> tensor<?x2304xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %c_17, %3562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3564 : tensor<197x?x2304xf32>
      }) : (tensor<i32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3551 : tensor<197x?x2304xf32>
    }, {
      %3547 = stablehlo.dot_general %1798, %arg80, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3547 : tensor<197x?x2304xf32>
    }) : (tensor<i32>) -> tensor<197x?x2304xf32>
    %1807 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1808 = stablehlo.reshape %1807 : (tensor<i32>) -> tensor<1xi32>
    %1809 = stablehlo.concatenate %c_17, %1808, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1810 = stablehlo.dynamic_broadcast_in_dim %arg81, %1809, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %1811 = stablehlo.add %1806, %1810 : tensor<197x?x2304xf32>
    %1812 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1813 = stablehlo.reshape %1812 : (tensor<i32>) -> tensor<1xi32>
    %1814 = stablehlo.concatenate %c_17, %1813, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1815 = stablehlo.dynamic_reshape %1811, %1814 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %1816 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1817 = stablehlo.reshape %1816 : (tensor<i32>) -> tensor<1xi32>
    %1818 = stablehlo.concatenate %c_19, %c_17, %1817, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %1819 = stablehlo.dynamic_broadcast_in_dim %1815, %1818, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %1820 = stablehlo.transpose %1819, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %1821 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1822 = stablehlo.reshape %1821 : (tensor<i32>) -> tensor<1xi32>
    %1823 = stablehlo.concatenate %c_10, %c_17, %1822, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1824 = stablehlo.dynamic_reshape %1820, %1823 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %1825 = stablehlo.concatenate %c_9, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1826 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1827 = stablehlo.reshape %1826 : (tensor<i32>) -> tensor<1xi32>
    %1828 = stablehlo.concatenate %c_19, %c_17, %1827, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1829 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1830 = stablehlo.real_dynamic_slice %1824, %1825, %1828, %1829 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1831 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1832 = stablehlo.reshape %1831 : (tensor<i32>) -> tensor<1xi32>
    %1833 = stablehlo.concatenate %c_17, %1832, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1834 = stablehlo.dynamic_reshape %1830, %1833 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1835 = stablehlo.concatenate %c_19, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1836 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1837 = stablehlo.reshape %1836 : (tensor<i32>) -> tensor<1xi32>
    %1838 = stablehlo.concatenate %c_8, %c_17, %1837, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1839 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1840 = stablehlo.real_dynamic_slice %1824, %1835, %1838, %1839 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1841 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1842 = stablehlo.reshape %1841 : (tensor<i32>) -> tensor<1xi32>
    %1843 = stablehlo.concatenate %c_17, %1842, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1844 = stablehlo.dynamic_reshape %1840, %1843 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1845 = stablehlo.concatenate %c_8, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1846 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1847 = stablehlo.reshape %1846 : (tensor<i32>) -> tensor<1xi32>
    %1848 = stablehlo.concatenate %c_10, %c_17, %1847, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1849 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1850 = stablehlo.real_dynamic_slice %1824, %1845, %1848, %1849 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %1851 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1852 = stablehlo.reshape %1851 : (tensor<i32>) -> tensor<1xi32>
    %1853 = stablehlo.concatenate %c_17, %1852, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1854 = stablehlo.dynamic_reshape %1850, %1853 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1855 = stablehlo.convert %arg1 : tensor<i64>
    %1856 = stablehlo.multiply %1855, %c_7 : tensor<i64>
    %1857 = stablehlo.convert %1856 : (tensor<i64>) -> tensor<i32>
    %1858 = stablehlo.reshape %1857 : (tensor<i32>) -> tensor<1xi32>
    %1859 = stablehlo.concatenate %c_17, %1858, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1860 = stablehlo.dynamic_reshape %1834, %1859 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1861 = stablehlo.transpose %1860, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1862 = stablehlo.convert %arg1 : tensor<i64>
    %1863 = stablehlo.multiply %1862, %c_7 : tensor<i64>
    %1864 = stablehlo.convert %1863 : (tensor<i64>) -> tensor<i32>
    %1865 = stablehlo.reshape %1864 : (tensor<i32>) -> tensor<1xi32>
    %1866 = stablehlo.concatenate %c_17, %1865, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1867 = stablehlo.dynamic_reshape %1844, %1866 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1868 = stablehlo.transpose %1867, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1869 = stablehlo.convert %arg1 : tensor<i64>
    %1870 = stablehlo.multiply %1869, %c_7 : tensor<i64>
    %1871 = stablehlo.convert %1870 : (tensor<i64>) -> tensor<i32>
    %1872 = stablehlo.reshape %1871 : (tensor<i32>) -> tensor<1xi32>
    %1873 = stablehlo.concatenate %c_17, %1872, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1874 = stablehlo.dynamic_reshape %1854, %1873 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %1875 = stablehlo.transpose %1874, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %1876 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1877 = stablehlo.reshape %1876 : (tensor<i32>) -> tensor<1xi32>
    %1878 = stablehlo.concatenate %1877, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1879 = stablehlo.dynamic_reshape %1861, %1878 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1880 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1881 = stablehlo.reshape %1880 : (tensor<i32>) -> tensor<1xi32>
    %1882 = stablehlo.concatenate %1881, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1883 = stablehlo.dynamic_reshape %1868, %1882 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1884 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1885 = stablehlo.reshape %1884 : (tensor<i32>) -> tensor<1xi32>
    %1886 = stablehlo.concatenate %1885, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1887 = stablehlo.dynamic_reshape %1875, %1886 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %1888 = stablehlo.dot_general %1879, %1883, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %1889 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1890 = stablehlo.reshape %1889 : (tensor<i32>) -> tensor<1xi32>
    %1891 = stablehlo.concatenate %1890, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1892 = stablehlo.dynamic_broadcast_in_dim %cst_4, %1891, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1893 = stablehlo.multiply %1888, %1892 : tensor<?x12x197x197xf32>
    %1894 = stablehlo.reduce(%1893 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1895 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1896 = stablehlo.reshape %1895 : (tensor<i32>) -> tensor<1xi32>
    %1897 = stablehlo.concatenate %1896, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1898 = stablehlo.dynamic_broadcast_in_dim %1894, %1897, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1899 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1900 = stablehlo.reshape %1899 : (tensor<i32>) -> tensor<1xi32>
    %1901 = stablehlo.concatenate %1900, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1902 = stablehlo.dynamic_broadcast_in_dim %1898, %1901, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1903 = stablehlo.subtract %1893, %1902 : tensor<?x12x197x197xf32>
    %1904 = stablehlo.exponential %1903 : tensor<?x12x197x197xf32>
    %1905 = stablehlo.reduce(%1904 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %1906 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1907 = stablehlo.reshape %1906 : (tensor<i32>) -> tensor<1xi32>
    %1908 = stablehlo.concatenate %1907, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1909 = stablehlo.dynamic_broadcast_in_dim %1905, %1908, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %1910 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1911 = stablehlo.reshape %1910 : (tensor<i32>) -> tensor<1xi32>
    %1912 = stablehlo.concatenate %1911, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %1913 = stablehlo.dynamic_broadcast_in_dim %1909, %1912, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %1914 = stablehlo.divide %1904, %1913 : tensor<?x12x197x197xf32>
    %1915 = stablehlo.dot_general %1914, %1887, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %1916 = stablehlo.transpose %1915, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %1917 = stablehlo.convert %arg1 : tensor<i64>
    %1918 = stablehlo.multiply %1917, %c_18 : tensor<i64>
    %1919 = stablehlo.convert %1918 : (tensor<i64>) -> tensor<i32>
    %1920 = stablehlo.reshape %1919 : (tensor<i32>) -> tensor<1xi32>
    %1921 = stablehlo.concatenate %1920, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1922 = stablehlo.dynamic_reshape %1916, %1921 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1923 = stablehlo.convert %arg1 : tensor<i64>
    %1924 = stablehlo.multiply %1923, %c_18 : tensor<i64>
    %1925 = stablehlo.convert %1924 : tensor<i64>
    %1926 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1927 = "stablehlo.case"(%1926) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1928 = "stablehlo.case"(%1927) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1929 = "stablehlo.case"(%1928) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1930 = "stablehlo.case"(%1929) ({
      %3547 = stablehlo.compare GE, %1925, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1925, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1922, %arg82, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
        stablehlo.return %3552 : tensor<?x768xf32>
      }, {
        %3552 = stablehlo.dot_general %arg82, %1922, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x768xf32>, tensor<?x768xf32>) -> tensor<768x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<768x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        stablehlo.return %3554 : tensor<?x768xf32>
      }) : (tensor<i32>) -> tensor<?x768xf32>
      stablehlo.return %3551 : tensor<?x768xf32>
    }, {
      %3547 = stablehlo.dot_general %1922, %arg82, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
      stablehlo.return %3547 : tensor<?x768xf32>
    }) : (tensor<i32>) -> tensor<?x768xf32>
    %1931 = stablehlo.convert %arg1 : tensor<i64>
    %1932 = stablehlo.multiply %1931, %c_18 : tensor<i64>
    %1933 = stablehlo.convert %1932 : (tensor<i64>) -> tensor<i32>
    %1934 = stablehlo.reshape %1933 : (tensor<i32>) -> tensor<1xi32>
    %1935 = stablehlo.concatenate %1934, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %1936 = stablehlo.dynamic_broadcast_in_dim %arg83, %1935, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %1937 = stablehlo.add %1930, %1936 : tensor<?x768xf32>
    %1938 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1939 = stablehlo.reshape %1938 : (tensor<i32>) -> tensor<1xi32>
    %1940 = stablehlo.concatenate %c_17, %1939, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1941 = stablehlo.dynamic_reshape %1937, %1940 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %1942 = stablehlo.transpose %1941, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %1943 = stablehlo.add %1942, %1748 : tensor<?x197x768xf32>
    %1944 = stablehlo.reduce(%1943 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1945 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1946 = stablehlo.reshape %1945 : (tensor<i32>) -> tensor<1xi32>
    %1947 = stablehlo.concatenate %1946, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1948 = stablehlo.dynamic_broadcast_in_dim %1944, %1947, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1949 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1950 = stablehlo.reshape %1949 : (tensor<i32>) -> tensor<1xi32>
    %1951 = stablehlo.concatenate %1950, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1952 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1951, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1953 = stablehlo.divide %1948, %1952 : tensor<?x197x1xf32>
    %1954 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1955 = stablehlo.reshape %1954 : (tensor<i32>) -> tensor<1xi32>
    %1956 = stablehlo.concatenate %1955, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1957 = stablehlo.dynamic_broadcast_in_dim %1953, %1956, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1958 = stablehlo.subtract %1943, %1957 : tensor<?x197x768xf32>
    %1959 = stablehlo.multiply %1958, %1958 : tensor<?x197x768xf32>
    %1960 = stablehlo.reduce(%1959 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %1961 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1962 = stablehlo.reshape %1961 : (tensor<i32>) -> tensor<1xi32>
    %1963 = stablehlo.concatenate %1962, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1964 = stablehlo.dynamic_broadcast_in_dim %1960, %1963, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1965 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1966 = stablehlo.reshape %1965 : (tensor<i32>) -> tensor<1xi32>
    %1967 = stablehlo.concatenate %1966, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1968 = stablehlo.dynamic_broadcast_in_dim %cst_15, %1967, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1969 = stablehlo.divide %1964, %1968 : tensor<?x197x1xf32>
    %1970 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1971 = stablehlo.reshape %1970 : (tensor<i32>) -> tensor<1xi32>
    %1972 = stablehlo.concatenate %1971, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1973 = stablehlo.dynamic_broadcast_in_dim %cst_14, %1972, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %1974 = stablehlo.add %1969, %1973 : tensor<?x197x1xf32>
    %1975 = stablehlo.rsqrt %1974 : tensor<?x197x1xf32>
    %1976 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1977 = stablehlo.reshape %1976 : (tensor<i32>) -> tensor<1xi32>
    %1978 = stablehlo.concatenate %1977, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1979 = stablehlo.dynamic_broadcast_in_dim %1975, %1978, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1980 = stablehlo.multiply %1958, %1979 : tensor<?x197x768xf32>
    %1981 = stablehlo.broadcast_in_dim %arg84, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1982 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1983 = stablehlo.reshape %1982 : (tensor<i32>) -> tensor<1xi32>
    %1984 = stablehlo.concatenate %1983, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1985 = stablehlo.dynamic_broadcast_in_dim %1981, %1984, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1986 = stablehlo.multiply %1980, %1985 : tensor<?x197x768xf32>
    %1987 = stablehlo.broadcast_in_dim %arg85, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1988 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %1989 = stablehlo.reshape %1988 : (tensor<i32>) -> tensor<1xi32>
    %1990 = stablehlo.concatenate %1989, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %1991 = stablehlo.dynamic_broadcast_in_dim %1987, %1990, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %1992 = stablehlo.add %1986, %1991 : tensor<?x197x768xf32>
    %1993 = stablehlo.convert %arg1 : tensor<i64>
    %1994 = stablehlo.multiply %1993, %c_18 : tensor<i64>
    %1995 = stablehlo.convert %1994 : tensor<i64>
    %1996 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %1997 = "stablehlo.case"(%1996) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1998 = "stablehlo.case"(%1997) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %1999 = "stablehlo.case"(%1998) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2000 = "stablehlo.case"(%1999) ({
      %3547 = stablehlo.compare GE, %1995, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %1995, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %1992, %arg86, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3552 : tensor<?x197x3072xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %1992, %3556 : (tensor<?x197x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg86, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3072x768xf32>, tensor<?x768xf32>) -> tensor<3072x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<3072x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<3072x?xf32>) -> tensor<?x3072xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3564 : tensor<?x197x3072xf32>
      }) : (tensor<i32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3551 : tensor<?x197x3072xf32>
    }, {
      %3547 = stablehlo.dot_general %1992, %arg86, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3547 : tensor<?x197x3072xf32>
    }) : (tensor<i32>) -> tensor<?x197x3072xf32>
    %2001 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2002 = stablehlo.reshape %2001 : (tensor<i32>) -> tensor<1xi32>
    %2003 = stablehlo.concatenate %2002, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2004 = stablehlo.dynamic_broadcast_in_dim %arg87, %2003, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2005 = stablehlo.add %2000, %2004 : tensor<?x197x3072xf32>
    %2006 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2007 = stablehlo.reshape %2006 : (tensor<i32>) -> tensor<1xi32>
    %2008 = stablehlo.concatenate %2007, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2009 = stablehlo.dynamic_broadcast_in_dim %cst_1, %2008, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2010 = stablehlo.multiply %2005, %2009 : tensor<?x197x3072xf32>
    %2011 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2012 = stablehlo.reshape %2011 : (tensor<i32>) -> tensor<1xi32>
    %2013 = stablehlo.concatenate %2012, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2014 = stablehlo.dynamic_broadcast_in_dim %cst_0, %2013, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2015 = stablehlo.multiply %2005, %2014 : tensor<?x197x3072xf32>
    %2016 = stablehlo.composite "chlo.erf" %2015 {decomposition = @chlo.erf.impl_5, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %2017 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2018 = stablehlo.reshape %2017 : (tensor<i32>) -> tensor<1xi32>
    %2019 = stablehlo.concatenate %2018, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2020 = stablehlo.dynamic_broadcast_in_dim %cst, %2019, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2021 = stablehlo.add %2020, %2016 : tensor<?x197x3072xf32>
    %2022 = stablehlo.multiply %2010, %2021 : tensor<?x197x3072xf32>
    %2023 = stablehlo.convert %arg1 : tensor<i64>
    %2024 = stablehlo.multiply %2023, %c_18 : tensor<i64>
    %2025 = stablehlo.convert %2024 : tensor<i64>
    %2026 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2027 = "stablehlo.case"(%2026) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2028 = "stablehlo.case"(%2027) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2029 = "stablehlo.case"(%2028) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2030 = "stablehlo.case"(%2029) ({
      %3547 = stablehlo.compare GE, %2025, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2025, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2022, %arg88, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
        stablehlo.return %3552 : tensor<?x197x768xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %2022, %3556 : (tensor<?x197x3072xf32>, tensor<2xi32>) -> tensor<?x3072xf32>
        %3558 = stablehlo.dot_general %arg88, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x3072xf32>, tensor<?x3072xf32>) -> tensor<768x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<768x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
        stablehlo.return %3564 : tensor<?x197x768xf32>
      }) : (tensor<i32>) -> tensor<?x197x768xf32>
      stablehlo.return %3551 : tensor<?x197x768xf32>
    }, {
      %3547 = stablehlo.dot_general %2022, %arg88, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
      stablehlo.return %3547 : tensor<?x197x768xf32>
    }) : (tensor<i32>) -> tensor<?x197x768xf32>
    %2031 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2032 = stablehlo.reshape %2031 : (tensor<i32>) -> tensor<1xi32>
    %2033 = stablehlo.concatenate %2032, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2034 = stablehlo.dynamic_broadcast_in_dim %arg89, %2033, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2035 = stablehlo.add %2030, %2034 : tensor<?x197x768xf32>
    %2036 = stablehlo.add %1943, %2035 : tensor<?x197x768xf32>
    %2037 = stablehlo.reduce(%2036 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2038 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2039 = stablehlo.reshape %2038 : (tensor<i32>) -> tensor<1xi32>
    %2040 = stablehlo.concatenate %2039, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2041 = stablehlo.dynamic_broadcast_in_dim %2037, %2040, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2042 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2043 = stablehlo.reshape %2042 : (tensor<i32>) -> tensor<1xi32>
    %2044 = stablehlo.concatenate %2043, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2045 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2044, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2046 = stablehlo.divide %2041, %2045 : tensor<?x197x1xf32>
    %2047 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2048 = stablehlo.reshape %2047 : (tensor<i32>) -> tensor<1xi32>
    %2049 = stablehlo.concatenate %2048, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2050 = stablehlo.dynamic_broadcast_in_dim %2046, %2049, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2051 = stablehlo.subtract %2036, %2050 : tensor<?x197x768xf32>
    %2052 = stablehlo.multiply %2051, %2051 : tensor<?x197x768xf32>
    %2053 = stablehlo.reduce(%2052 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2054 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2055 = stablehlo.reshape %2054 : (tensor<i32>) -> tensor<1xi32>
    %2056 = stablehlo.concatenate %2055, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2057 = stablehlo.dynamic_broadcast_in_dim %2053, %2056, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2058 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2059 = stablehlo.reshape %2058 : (tensor<i32>) -> tensor<1xi32>
    %2060 = stablehlo.concatenate %2059, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2061 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2060, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2062 = stablehlo.divide %2057, %2061 : tensor<?x197x1xf32>
    %2063 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2064 = stablehlo.reshape %2063 : (tensor<i32>) -> tensor<1xi32>
    %2065 = stablehlo.concatenate %2064, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2066 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2065, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2067 = stablehlo.add %2062, %2066 : tensor<?x197x1xf32>
    %2068 = stablehlo.rsqrt %2067 : tensor<?x197x1xf32>
    %2069 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2070 = stablehlo.reshape %2069 : (tensor<i32>) -> tensor<1xi32>
    %2071 = stablehlo.concatenate %2070, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2072 = stablehlo.dynamic_broadcast_in_dim %2068, %2071, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2073 = stablehlo.multiply %2051, %2072 : tensor<?x197x768xf32>
    %2074 = stablehlo.broadcast_in_dim %arg90, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2075 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2076 = stablehlo.reshape %2075 : (tensor<i32>) -> tensor<1xi32>
    %2077 = stablehlo.concatenate %2076, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2078 = stablehlo.dynamic_broadcast_in_dim %2074, %2077, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2079 = stablehlo.multiply %2073, %2078 : tensor<?x197x768xf32>
    %2080 = stablehlo.broadcast_in_dim %arg91, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2081 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2082 = stablehlo.reshape %2081 : (tensor<i32>) -> tensor<1xi32>
    %2083 = stablehlo.concatenate %2082, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2084 = stablehlo.dynamic_broadcast_in_dim %2080, %2083, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2085 = stablehlo.add %2079, %2084 : tensor<?x197x768xf32>
    %2086 = stablehlo.transpose %2085, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %2087 = stablehlo.convert %arg1 : tensor<i64>
    %2088 = stablehlo.multiply %2087, %c_18 : tensor<i64>
    %2089 = stablehlo.convert %2088 : tensor<i64>
    %2090 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2091 = "stablehlo.case"(%2090) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2092 = "stablehlo.case"(%2091) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2093 = "stablehlo.case"(%2092) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2094 = "stablehlo.case"(%2093) ({
      %3547 = stablehlo.compare GE, %2089, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2089, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2086, %arg92, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3552 : tensor<197x?x2304xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %2086, %3556 : (tensor<197x?x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg92, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2304x768xf32>, tensor<?x768xf32>) -> tensor<2304x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<2304x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<2304x?xf32>) -> tensor<?x2304xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %c_17, %3562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3564 : tensor<197x?x2304xf32>
      }) : (tensor<i32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3551 : tensor<197x?x2304xf32>
    }, {
      %3547 = stablehlo.dot_general %2086, %arg92, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3547 : tensor<197x?x2304xf32>
    }) : (tensor<i32>) -> tensor<197x?x2304xf32>
    %2095 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2096 = stablehlo.reshape %2095 : (tensor<i32>) -> tensor<1xi32>
    %2097 = stablehlo.concatenate %c_17, %2096, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2098 = stablehlo.dynamic_broadcast_in_dim %arg93, %2097, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %2099 = stablehlo.add %2094, %2098 : tensor<197x?x2304xf32>
    %2100 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2101 = stablehlo.reshape %2100 : (tensor<i32>) -> tensor<1xi32>
    %2102 = stablehlo.concatenate %c_17, %2101, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2103 = stablehlo.dynamic_reshape %2099, %2102 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %2104 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2105 = stablehlo.reshape %2104 : (tensor<i32>) -> tensor<1xi32>
    %2106 = stablehlo.concatenate %c_19, %c_17, %2105, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %2107 = stablehlo.dynamic_broadcast_in_dim %2103, %2106, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %2108 = stablehlo.transpose %2107, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %2109 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2110 = stablehlo.reshape %2109 : (tensor<i32>) -> tensor<1xi32>
    %2111 = stablehlo.concatenate %c_10, %c_17, %2110, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2112 = stablehlo.dynamic_reshape %2108, %2111 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %2113 = stablehlo.concatenate %c_9, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2114 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2115 = stablehlo.reshape %2114 : (tensor<i32>) -> tensor<1xi32>
    %2116 = stablehlo.concatenate %c_19, %c_17, %2115, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2117 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2118 = stablehlo.real_dynamic_slice %2112, %2113, %2116, %2117 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2119 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2120 = stablehlo.reshape %2119 : (tensor<i32>) -> tensor<1xi32>
    %2121 = stablehlo.concatenate %c_17, %2120, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2122 = stablehlo.dynamic_reshape %2118, %2121 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2123 = stablehlo.concatenate %c_19, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2124 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2125 = stablehlo.reshape %2124 : (tensor<i32>) -> tensor<1xi32>
    %2126 = stablehlo.concatenate %c_8, %c_17, %2125, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2127 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2128 = stablehlo.real_dynamic_slice %2112, %2123, %2126, %2127 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2129 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2130 = stablehlo.reshape %2129 : (tensor<i32>) -> tensor<1xi32>
    %2131 = stablehlo.concatenate %c_17, %2130, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2132 = stablehlo.dynamic_reshape %2128, %2131 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2133 = stablehlo.concatenate %c_8, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2134 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2135 = stablehlo.reshape %2134 : (tensor<i32>) -> tensor<1xi32>
    %2136 = stablehlo.concatenate %c_10, %c_17, %2135, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2137 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2138 = stablehlo.real_dynamic_slice %2112, %2133, %2136, %2137 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2139 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2140 = stablehlo.reshape %2139 : (tensor<i32>) -> tensor<1xi32>
    %2141 = stablehlo.concatenate %c_17, %2140, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2142 = stablehlo.dynamic_reshape %2138, %2141 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2143 = stablehlo.convert %arg1 : tensor<i64>
    %2144 = stablehlo.multiply %2143, %c_7 : tensor<i64>
    %2145 = stablehlo.convert %2144 : (tensor<i64>) -> tensor<i32>
    %2146 = stablehlo.reshape %2145 : (tensor<i32>) -> tensor<1xi32>
    %2147 = stablehlo.concatenate %c_17, %2146, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2148 = stablehlo.dynamic_reshape %2122, %2147 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2149 = stablehlo.transpose %2148, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2150 = stablehlo.convert %arg1 : tensor<i64>
    %2151 = stablehlo.multiply %2150, %c_7 : tensor<i64>
    %2152 = stablehlo.convert %2151 : (tensor<i64>) -> tensor<i32>
    %2153 = stablehlo.reshape %2152 : (tensor<i32>) -> tensor<1xi32>
    %2154 = stablehlo.concatenate %c_17, %2153, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2155 = stablehlo.dynamic_reshape %2132, %2154 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2156 = stablehlo.transpose %2155, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2157 = stablehlo.convert %arg1 : tensor<i64>
    %2158 = stablehlo.multiply %2157, %c_7 : tensor<i64>
    %2159 = stablehlo.convert %2158 : (tensor<i64>) -> tensor<i32>
    %2160 = stablehlo.reshape %2159 : (tensor<i32>) -> tensor<1xi32>
    %2161 = stablehlo.concatenate %c_17, %2160, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2162 = stablehlo.dynamic_reshape %2142, %2161 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2163 = stablehlo.transpose %2162, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2164 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2165 = stablehlo.reshape %2164 : (tensor<i32>) -> tensor<1xi32>
    %2166 = stablehlo.concatenate %2165, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2167 = stablehlo.dynamic_reshape %2149, %2166 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2168 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2169 = stablehlo.reshape %2168 : (tensor<i32>) -> tensor<1xi32>
    %2170 = stablehlo.concatenate %2169, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2171 = stablehlo.dynamic_reshape %2156, %2170 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2172 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2173 = stablehlo.reshape %2172 : (tensor<i32>) -> tensor<1xi32>
    %2174 = stablehlo.concatenate %2173, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2175 = stablehlo.dynamic_reshape %2163, %2174 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2176 = stablehlo.dot_general %2167, %2171, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %2177 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2178 = stablehlo.reshape %2177 : (tensor<i32>) -> tensor<1xi32>
    %2179 = stablehlo.concatenate %2178, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2180 = stablehlo.dynamic_broadcast_in_dim %cst_4, %2179, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2181 = stablehlo.multiply %2176, %2180 : tensor<?x12x197x197xf32>
    %2182 = stablehlo.reduce(%2181 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %2183 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2184 = stablehlo.reshape %2183 : (tensor<i32>) -> tensor<1xi32>
    %2185 = stablehlo.concatenate %2184, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2186 = stablehlo.dynamic_broadcast_in_dim %2182, %2185, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %2187 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2188 = stablehlo.reshape %2187 : (tensor<i32>) -> tensor<1xi32>
    %2189 = stablehlo.concatenate %2188, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2190 = stablehlo.dynamic_broadcast_in_dim %2186, %2189, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2191 = stablehlo.subtract %2181, %2190 : tensor<?x12x197x197xf32>
    %2192 = stablehlo.exponential %2191 : tensor<?x12x197x197xf32>
    %2193 = stablehlo.reduce(%2192 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %2194 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2195 = stablehlo.reshape %2194 : (tensor<i32>) -> tensor<1xi32>
    %2196 = stablehlo.concatenate %2195, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2197 = stablehlo.dynamic_broadcast_in_dim %2193, %2196, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %2198 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2199 = stablehlo.reshape %2198 : (tensor<i32>) -> tensor<1xi32>
    %2200 = stablehlo.concatenate %2199, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2201 = stablehlo.dynamic_broadcast_in_dim %2197, %2200, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2202 = stablehlo.divide %2192, %2201 : tensor<?x12x197x197xf32>
    %2203 = stablehlo.dot_general %2202, %2175, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %2204 = stablehlo.transpose %2203, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %2205 = stablehlo.convert %arg1 : tensor<i64>
    %2206 = stablehlo.multiply %2205, %c_18 : tensor<i64>
    %2207 = stablehlo.convert %2206 : (tensor<i64>) -> tensor<i32>
    %2208 = stablehlo.reshape %2207 : (tensor<i32>) -> tensor<1xi32>
    %2209 = stablehlo.concatenate %2208, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2210 = stablehlo.dynamic_reshape %2204, %2209 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2211 = stablehlo.convert %arg1 : tensor<i64>
    %2212 = stablehlo.multiply %2211, %c_18 : tensor<i64>
    %2213 = stablehlo.convert %2212 : tensor<i64>
    %2214 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2215 = "stablehlo.case"(%2214) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2216 = "stablehlo.case"(%2215) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2217 = "stablehlo.case"(%2216) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2218 = "stablehlo.case"(%2217) ({
      %3547 = stablehlo.compare GE, %2213, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2213, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2210, %arg94, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
        stablehlo.return %3552 : tensor<?x768xf32>
      }, {
        %3552 = stablehlo.dot_general %arg94, %2210, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x768xf32>, tensor<?x768xf32>) -> tensor<768x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<768x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        stablehlo.return %3554 : tensor<?x768xf32>
      }) : (tensor<i32>) -> tensor<?x768xf32>
      stablehlo.return %3551 : tensor<?x768xf32>
    }, {
      %3547 = stablehlo.dot_general %2210, %arg94, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
      stablehlo.return %3547 : tensor<?x768xf32>
    }) : (tensor<i32>) -> tensor<?x768xf32>
    %2219 = stablehlo.convert %arg1 : tensor<i64>
    %2220 = stablehlo.multiply %2219, %c_18 : tensor<i64>
    %2221 = stablehlo.convert %2220 : (tensor<i64>) -> tensor<i32>
    %2222 = stablehlo.reshape %2221 : (tensor<i32>) -> tensor<1xi32>
    %2223 = stablehlo.concatenate %2222, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2224 = stablehlo.dynamic_broadcast_in_dim %arg95, %2223, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2225 = stablehlo.add %2218, %2224 : tensor<?x768xf32>
    %2226 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2227 = stablehlo.reshape %2226 : (tensor<i32>) -> tensor<1xi32>
    %2228 = stablehlo.concatenate %c_17, %2227, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2229 = stablehlo.dynamic_reshape %2225, %2228 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2230 = stablehlo.transpose %2229, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %2231 = stablehlo.add %2230, %2036 : tensor<?x197x768xf32>
    %2232 = stablehlo.reduce(%2231 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2233 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2234 = stablehlo.reshape %2233 : (tensor<i32>) -> tensor<1xi32>
    %2235 = stablehlo.concatenate %2234, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2236 = stablehlo.dynamic_broadcast_in_dim %2232, %2235, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2237 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2238 = stablehlo.reshape %2237 : (tensor<i32>) -> tensor<1xi32>
    %2239 = stablehlo.concatenate %2238, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2240 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2239, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2241 = stablehlo.divide %2236, %2240 : tensor<?x197x1xf32>
    %2242 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2243 = stablehlo.reshape %2242 : (tensor<i32>) -> tensor<1xi32>
    %2244 = stablehlo.concatenate %2243, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2245 = stablehlo.dynamic_broadcast_in_dim %2241, %2244, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2246 = stablehlo.subtract %2231, %2245 : tensor<?x197x768xf32>
    %2247 = stablehlo.multiply %2246, %2246 : tensor<?x197x768xf32>
    %2248 = stablehlo.reduce(%2247 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2249 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2250 = stablehlo.reshape %2249 : (tensor<i32>) -> tensor<1xi32>
    %2251 = stablehlo.concatenate %2250, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2252 = stablehlo.dynamic_broadcast_in_dim %2248, %2251, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2253 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2254 = stablehlo.reshape %2253 : (tensor<i32>) -> tensor<1xi32>
    %2255 = stablehlo.concatenate %2254, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2256 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2255, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2257 = stablehlo.divide %2252, %2256 : tensor<?x197x1xf32>
    %2258 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2259 = stablehlo.reshape %2258 : (tensor<i32>) -> tensor<1xi32>
    %2260 = stablehlo.concatenate %2259, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2261 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2260, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2262 = stablehlo.add %2257, %2261 : tensor<?x197x1xf32>
    %2263 = stablehlo.rsqrt %2262 : tensor<?x197x1xf32>
    %2264 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2265 = stablehlo.reshape %2264 : (tensor<i32>) -> tensor<1xi32>
    %2266 = stablehlo.concatenate %2265, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2267 = stablehlo.dynamic_broadcast_in_dim %2263, %2266, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2268 = stablehlo.multiply %2246, %2267 : tensor<?x197x768xf32>
    %2269 = stablehlo.broadcast_in_dim %arg96, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2270 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2271 = stablehlo.reshape %2270 : (tensor<i32>) -> tensor<1xi32>
    %2272 = stablehlo.concatenate %2271, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2273 = stablehlo.dynamic_broadcast_in_dim %2269, %2272, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2274 = stablehlo.multiply %2268, %2273 : tensor<?x197x768xf32>
    %2275 = stablehlo.broadcast_in_dim %arg97, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2276 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2277 = stablehlo.reshape %2276 : (tensor<i32>) -> tensor<1xi32>
    %2278 = stablehlo.concatenate %2277, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2279 = stablehlo.dynamic_broadcast_in_dim %2275, %2278, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2280 = stablehlo.add %2274, %2279 : tensor<?x197x768xf32>
    %2281 = stablehlo.convert %arg1 : tensor<i64>
    %2282 = stablehlo.multiply %2281, %c_18 : tensor<i64>
    %2283 = stablehlo.convert %2282 : tensor<i64>
    %2284 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2285 = "stablehlo.case"(%2284) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2286 = "stablehlo.case"(%2285) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2287 = "stablehlo.case"(%2286) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2288 = "stablehlo.case"(%2287) ({
      %3547 = stablehlo.compare GE, %2283, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2283, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2280, %arg98, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3552 : tensor<?x197x3072xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %2280, %3556 : (tensor<?x197x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg98, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3072x768xf32>, tensor<?x768xf32>) -> tensor<3072x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<3072x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<3072x?xf32>) -> tensor<?x3072xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3564 : tensor<?x197x3072xf32>
      }) : (tensor<i32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3551 : tensor<?x197x3072xf32>
    }, {
      %3547 = stablehlo.dot_general %2280, %arg98, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3547 : tensor<?x197x3072xf32>
    }) : (tensor<i32>) -> tensor<?x197x3072xf32>
    %2289 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2290 = stablehlo.reshape %2289 : (tensor<i32>) -> tensor<1xi32>
    %2291 = stablehlo.concatenate %2290, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2292 = stablehlo.dynamic_broadcast_in_dim %arg99, %2291, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2293 = stablehlo.add %2288, %2292 : tensor<?x197x3072xf32>
    %2294 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2295 = stablehlo.reshape %2294 : (tensor<i32>) -> tensor<1xi32>
    %2296 = stablehlo.concatenate %2295, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2297 = stablehlo.dynamic_broadcast_in_dim %cst_1, %2296, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2298 = stablehlo.multiply %2293, %2297 : tensor<?x197x3072xf32>
    %2299 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2300 = stablehlo.reshape %2299 : (tensor<i32>) -> tensor<1xi32>
    %2301 = stablehlo.concatenate %2300, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2302 = stablehlo.dynamic_broadcast_in_dim %cst_0, %2301, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2303 = stablehlo.multiply %2293, %2302 : tensor<?x197x3072xf32>
    %2304 = stablehlo.composite "chlo.erf" %2303 {decomposition = @chlo.erf.impl_6, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %2305 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2306 = stablehlo.reshape %2305 : (tensor<i32>) -> tensor<1xi32>
    %2307 = stablehlo.concatenate %2306, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2308 = stablehlo.dynamic_broadcast_in_dim %cst, %2307, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2309 = stablehlo.add %2308, %2304 : tensor<?x197x3072xf32>
    %2310 = stablehlo.multiply %2298, %2309 : tensor<?x197x3072xf32>
    %2311 = stablehlo.convert %arg1 : tensor<i64>
    %2312 = stablehlo.multiply %2311, %c_18 : tensor<i64>
    %2313 = stablehlo.convert %2312 : tensor<i64>
    %2314 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2315 = "stablehlo.case"(%2314) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2316 = "stablehlo.case"(%2315) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2317 = "stablehlo.case"(%2316) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2318 = "stablehlo.case"(%2317) ({
      %3547 = stablehlo.compare GE, %2313, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2313, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2310, %arg100, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
        stablehlo.return %3552 : tensor<?x197x768xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %2310, %3556 : (tensor<?x197x3072xf32>, tensor<2xi32>) -> tensor<?x3072xf32>
        %3558 = stablehlo.dot_general %arg100, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x3072xf32>, tensor<?x3072xf32>) -> tensor<768x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<768x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
        stablehlo.return %3564 : tensor<?x197x768xf32>
      }) : (tensor<i32>) -> tensor<?x197x768xf32>
      stablehlo.return %3551 : tensor<?x197x768xf32>
    }, {
      %3547 = stablehlo.dot_general %2310, %arg100, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
      stablehlo.return %3547 : tensor<?x197x768xf32>
    }) : (tensor<i32>) -> tensor<?x197x768xf32>
    %2319 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2320 = stablehlo.reshape %2319 : (tensor<i32>) -> tensor<1xi32>
    %2321 = stablehlo.concatenate %2320, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2322 = stablehlo.dynamic_broadcast_in_dim %arg101, %2321, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2323 = stablehlo.add %2318, %2322 : tensor<?x197x768xf32>
    %2324 = stablehlo.add %2231, %2323 : tensor<?x197x768xf32>
    %2325 = stablehlo.reduce(%2324 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2326 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2327 = stablehlo.reshape %2326 : (tensor<i32>) -> tensor<1xi32>
    %2328 = stablehlo.concatenate %2327, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2329 = stablehlo.dynamic_broadcast_in_dim %2325, %2328, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2330 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2331 = stablehlo.reshape %2330 : (tensor<i32>) -> tensor<1xi32>
    %2332 = stablehlo.concatenate %2331, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2333 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2332, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2334 = stablehlo.divide %2329, %2333 : tensor<?x197x1xf32>
    %2335 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2336 = stablehlo.reshape %2335 : (tensor<i32>) -> tensor<1xi32>
    %2337 = stablehlo.concatenate %2336, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2338 = stablehlo.dynamic_broadcast_in_dim %2334, %2337, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2339 = stablehlo.subtract %2324, %2338 : tensor<?x197x768xf32>
    %2340 = stablehlo.multiply %2339, %2339 : tensor<?x197x768xf32>
    %2341 = stablehlo.reduce(%2340 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2342 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2343 = stablehlo.reshape %2342 : (tensor<i32>) -> tensor<1xi32>
    %2344 = stablehlo.concatenate %2343, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2345 = stablehlo.dynamic_broadcast_in_dim %2341, %2344, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2346 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2347 = stablehlo.reshape %2346 : (tensor<i32>) -> tensor<1xi32>
    %2348 = stablehlo.concatenate %2347, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2349 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2348, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2350 = stablehlo.divide %2345, %2349 : tensor<?x197x1xf32>
    %2351 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2352 = stablehlo.reshape %2351 : (tensor<i32>) -> tensor<1xi32>
    %2353 = stablehlo.concatenate %2352, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2354 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2353, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2355 = stablehlo.add %2350, %2354 : tensor<?x197x1xf32>
    %2356 = stablehlo.rsqrt %2355 : tensor<?x197x1xf32>
    %2357 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2358 = stablehlo.reshape %2357 : (tensor<i32>) -> tensor<1xi32>
    %2359 = stablehlo.concatenate %2358, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2360 = stablehlo.dynamic_broadcast_in_dim %2356, %2359, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2361 = stablehlo.multiply %2339, %2360 : tensor<?x197x768xf32>
    %2362 = stablehlo.broadcast_in_dim %arg102, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2363 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2364 = stablehlo.reshape %2363 : (tensor<i32>) -> tensor<1xi32>
    %2365 = stablehlo.concatenate %2364, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2366 = stablehlo.dynamic_broadcast_in_dim %2362, %2365, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2367 = stablehlo.multiply %2361, %2366 : tensor<?x197x768xf32>
    %2368 = stablehlo.broadcast_in_dim %arg103, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2369 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2370 = stablehlo.reshape %2369 : (tensor<i32>) -> tensor<1xi32>
    %2371 = stablehlo.concatenate %2370, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2372 = stablehlo.dynamic_broadcast_in_dim %2368, %2371, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2373 = stablehlo.add %2367, %2372 : tensor<?x197x768xf32>
    %2374 = stablehlo.transpose %2373, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %2375 = stablehlo.convert %arg1 : tensor<i64>
    %2376 = stablehlo.multiply %2375, %c_18 : tensor<i64>
    %2377 = stablehlo.convert %2376 : tensor<i64>
    %2378 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2379 = "stablehlo.case"(%2378) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2380 = "stablehlo.case"(%2379) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2381 = "stablehlo.case"(%2380) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2382 = "stablehlo.case"(%2381) ({
      %3547 = stablehlo.compare GE, %2377, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2377, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2374, %arg104, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3552 : tensor<197x?x2304xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %2374, %3556 : (tensor<197x?x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg104, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2304x768xf32>, tensor<?x768xf32>) -> tensor<2304x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<2304x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<2304x?xf32>) -> tensor<?x2304xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %c_17, %3562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3564 : tensor<197x?x2304xf32>
      }) : (tensor<i32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3551 : tensor<197x?x2304xf32>
    }, {
      %3547 = stablehlo.dot_general %2374, %arg104, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3547 : tensor<197x?x2304xf32>
    }) : (tensor<i32>) -> tensor<197x?x2304xf32>
    %2383 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2384 = stablehlo.reshape %2383 : (tensor<i32>) -> tensor<1xi32>
    %2385 = stablehlo.concatenate %c_17, %2384, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2386 = stablehlo.dynamic_broadcast_in_dim %arg105, %2385, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %2387 = stablehlo.add %2382, %2386 : tensor<197x?x2304xf32>
    %2388 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2389 = stablehlo.reshape %2388 : (tensor<i32>) -> tensor<1xi32>
    %2390 = stablehlo.concatenate %c_17, %2389, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2391 = stablehlo.dynamic_reshape %2387, %2390 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %2392 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2393 = stablehlo.reshape %2392 : (tensor<i32>) -> tensor<1xi32>
    %2394 = stablehlo.concatenate %c_19, %c_17, %2393, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %2395 = stablehlo.dynamic_broadcast_in_dim %2391, %2394, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %2396 = stablehlo.transpose %2395, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %2397 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2398 = stablehlo.reshape %2397 : (tensor<i32>) -> tensor<1xi32>
    %2399 = stablehlo.concatenate %c_10, %c_17, %2398, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2400 = stablehlo.dynamic_reshape %2396, %2399 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %2401 = stablehlo.concatenate %c_9, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2402 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2403 = stablehlo.reshape %2402 : (tensor<i32>) -> tensor<1xi32>
    %2404 = stablehlo.concatenate %c_19, %c_17, %2403, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2405 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2406 = stablehlo.real_dynamic_slice %2400, %2401, %2404, %2405 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2407 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2408 = stablehlo.reshape %2407 : (tensor<i32>) -> tensor<1xi32>
    %2409 = stablehlo.concatenate %c_17, %2408, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2410 = stablehlo.dynamic_reshape %2406, %2409 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2411 = stablehlo.concatenate %c_19, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2412 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2413 = stablehlo.reshape %2412 : (tensor<i32>) -> tensor<1xi32>
    %2414 = stablehlo.concatenate %c_8, %c_17, %2413, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2415 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2416 = stablehlo.real_dynamic_slice %2400, %2411, %2414, %2415 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2417 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2418 = stablehlo.reshape %2417 : (tensor<i32>) -> tensor<1xi32>
    %2419 = stablehlo.concatenate %c_17, %2418, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2420 = stablehlo.dynamic_reshape %2416, %2419 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2421 = stablehlo.concatenate %c_8, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2422 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2423 = stablehlo.reshape %2422 : (tensor<i32>) -> tensor<1xi32>
    %2424 = stablehlo.concatenate %c_10, %c_17, %2423, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2425 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2426 = stablehlo.real_dynamic_slice %2400, %2421, %2424, %2425 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2427 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2428 = stablehlo.reshape %2427 : (tensor<i32>) -> tensor<1xi32>
    %2429 = stablehlo.concatenate %c_17, %2428, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2430 = stablehlo.dynamic_reshape %2426, %2429 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2431 = stablehlo.convert %arg1 : tensor<i64>
    %2432 = stablehlo.multiply %2431, %c_7 : tensor<i64>
    %2433 = stablehlo.convert %2432 : (tensor<i64>) -> tensor<i32>
    %2434 = stablehlo.reshape %2433 : (tensor<i32>) -> tensor<1xi32>
    %2435 = stablehlo.concatenate %c_17, %2434, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2436 = stablehlo.dynamic_reshape %2410, %2435 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2437 = stablehlo.transpose %2436, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2438 = stablehlo.convert %arg1 : tensor<i64>
    %2439 = stablehlo.multiply %2438, %c_7 : tensor<i64>
    %2440 = stablehlo.convert %2439 : (tensor<i64>) -> tensor<i32>
    %2441 = stablehlo.reshape %2440 : (tensor<i32>) -> tensor<1xi32>
    %2442 = stablehlo.concatenate %c_17, %2441, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2443 = stablehlo.dynamic_reshape %2420, %2442 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2444 = stablehlo.transpose %2443, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2445 = stablehlo.convert %arg1 : tensor<i64>
    %2446 = stablehlo.multiply %2445, %c_7 : tensor<i64>
    %2447 = stablehlo.convert %2446 : (tensor<i64>) -> tensor<i32>
    %2448 = stablehlo.reshape %2447 : (tensor<i32>) -> tensor<1xi32>
    %2449 = stablehlo.concatenate %c_17, %2448, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2450 = stablehlo.dynamic_reshape %2430, %2449 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2451 = stablehlo.transpose %2450, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2452 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2453 = stablehlo.reshape %2452 : (tensor<i32>) -> tensor<1xi32>
    %2454 = stablehlo.concatenate %2453, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2455 = stablehlo.dynamic_reshape %2437, %2454 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2456 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2457 = stablehlo.reshape %2456 : (tensor<i32>) -> tensor<1xi32>
    %2458 = stablehlo.concatenate %2457, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2459 = stablehlo.dynamic_reshape %2444, %2458 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2460 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2461 = stablehlo.reshape %2460 : (tensor<i32>) -> tensor<1xi32>
    %2462 = stablehlo.concatenate %2461, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2463 = stablehlo.dynamic_reshape %2451, %2462 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2464 = stablehlo.dot_general %2455, %2459, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %2465 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2466 = stablehlo.reshape %2465 : (tensor<i32>) -> tensor<1xi32>
    %2467 = stablehlo.concatenate %2466, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2468 = stablehlo.dynamic_broadcast_in_dim %cst_4, %2467, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2469 = stablehlo.multiply %2464, %2468 : tensor<?x12x197x197xf32>
    %2470 = stablehlo.reduce(%2469 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %2471 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2472 = stablehlo.reshape %2471 : (tensor<i32>) -> tensor<1xi32>
    %2473 = stablehlo.concatenate %2472, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2474 = stablehlo.dynamic_broadcast_in_dim %2470, %2473, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %2475 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2476 = stablehlo.reshape %2475 : (tensor<i32>) -> tensor<1xi32>
    %2477 = stablehlo.concatenate %2476, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2478 = stablehlo.dynamic_broadcast_in_dim %2474, %2477, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2479 = stablehlo.subtract %2469, %2478 : tensor<?x12x197x197xf32>
    %2480 = stablehlo.exponential %2479 : tensor<?x12x197x197xf32>
    %2481 = stablehlo.reduce(%2480 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %2482 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2483 = stablehlo.reshape %2482 : (tensor<i32>) -> tensor<1xi32>
    %2484 = stablehlo.concatenate %2483, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2485 = stablehlo.dynamic_broadcast_in_dim %2481, %2484, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %2486 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2487 = stablehlo.reshape %2486 : (tensor<i32>) -> tensor<1xi32>
    %2488 = stablehlo.concatenate %2487, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2489 = stablehlo.dynamic_broadcast_in_dim %2485, %2488, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2490 = stablehlo.divide %2480, %2489 : tensor<?x12x197x197xf32>
    %2491 = stablehlo.dot_general %2490, %2463, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %2492 = stablehlo.transpose %2491, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %2493 = stablehlo.convert %arg1 : tensor<i64>
    %2494 = stablehlo.multiply %2493, %c_18 : tensor<i64>
    %2495 = stablehlo.convert %2494 : (tensor<i64>) -> tensor<i32>
    %2496 = stablehlo.reshape %2495 : (tensor<i32>) -> tensor<1xi32>
    %2497 = stablehlo.concatenate %2496, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2498 = stablehlo.dynamic_reshape %2492, %2497 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2499 = stablehlo.convert %arg1 : tensor<i64>
    %2500 = stablehlo.multiply %2499, %c_18 : tensor<i64>
    %2501 = stablehlo.convert %2500 : tensor<i64>
    %2502 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2503 = "stablehlo.case"(%2502) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2504 = "stablehlo.case"(%2503) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2505 = "stablehlo.case"(%2504) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2506 = "stablehlo.case"(%2505) ({
      %3547 = stablehlo.compare GE, %2501, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2501, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2498, %arg106, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
        stablehlo.return %3552 : tensor<?x768xf32>
      }, {
        %3552 = stablehlo.dot_general %arg106, %2498, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x768xf32>, tensor<?x768xf32>) -> tensor<768x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<768x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        stablehlo.return %3554 : tensor<?x768xf32>
      }) : (tensor<i32>) -> tensor<?x768xf32>
      stablehlo.return %3551 : tensor<?x768xf32>
    }, {
      %3547 = stablehlo.dot_general %2498, %arg106, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
      stablehlo.return %3547 : tensor<?x768xf32>
    }) : (tensor<i32>) -> tensor<?x768xf32>
    %2507 = stablehlo.convert %arg1 : tensor<i64>
    %2508 = stablehlo.multiply %2507, %c_18 : tensor<i64>
    %2509 = stablehlo.convert %2508 : (tensor<i64>) -> tensor<i32>
    %2510 = stablehlo.reshape %2509 : (tensor<i32>) -> tensor<1xi32>
    %2511 = stablehlo.concatenate %2510, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2512 = stablehlo.dynamic_broadcast_in_dim %arg107, %2511, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2513 = stablehlo.add %2506, %2512 : tensor<?x768xf32>
    %2514 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2515 = stablehlo.reshape %2514 : (tensor<i32>) -> tensor<1xi32>
    %2516 = stablehlo.concatenate %c_17, %2515, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2517 = stablehlo.dynamic_reshape %2513, %2516 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2518 = stablehlo.transpose %2517, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %2519 = stablehlo.add %2518, %2324 : tensor<?x197x768xf32>
    %2520 = stablehlo.reduce(%2519 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2521 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2522 = stablehlo.reshape %2521 : (tensor<i32>) -> tensor<1xi32>
    %2523 = stablehlo.concatenate %2522, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2524 = stablehlo.dynamic_broadcast_in_dim %2520, %2523, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2525 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2526 = stablehlo.reshape %2525 : (tensor<i32>) -> tensor<1xi32>
    %2527 = stablehlo.concatenate %2526, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2528 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2527, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2529 = stablehlo.divide %2524, %2528 : tensor<?x197x1xf32>
    %2530 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2531 = stablehlo.reshape %2530 : (tensor<i32>) -> tensor<1xi32>
    %2532 = stablehlo.concatenate %2531, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2533 = stablehlo.dynamic_broadcast_in_dim %2529, %2532, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2534 = stablehlo.subtract %2519, %2533 : tensor<?x197x768xf32>
    %2535 = stablehlo.multiply %2534, %2534 : tensor<?x197x768xf32>
    %2536 = stablehlo.reduce(%2535 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2537 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2538 = stablehlo.reshape %2537 : (tensor<i32>) -> tensor<1xi32>
    %2539 = stablehlo.concatenate %2538, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2540 = stablehlo.dynamic_broadcast_in_dim %2536, %2539, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2541 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2542 = stablehlo.reshape %2541 : (tensor<i32>) -> tensor<1xi32>
    %2543 = stablehlo.concatenate %2542, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2544 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2543, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2545 = stablehlo.divide %2540, %2544 : tensor<?x197x1xf32>
    %2546 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2547 = stablehlo.reshape %2546 : (tensor<i32>) -> tensor<1xi32>
    %2548 = stablehlo.concatenate %2547, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2549 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2548, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2550 = stablehlo.add %2545, %2549 : tensor<?x197x1xf32>
    %2551 = stablehlo.rsqrt %2550 : tensor<?x197x1xf32>
    %2552 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2553 = stablehlo.reshape %2552 : (tensor<i32>) -> tensor<1xi32>
    %2554 = stablehlo.concatenate %2553, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2555 = stablehlo.dynamic_broadcast_in_dim %2551, %2554, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2556 = stablehlo.multiply %2534, %2555 : tensor<?x197x768xf32>
    %2557 = stablehlo.broadcast_in_dim %arg108, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2558 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2559 = stablehlo.reshape %2558 : (tensor<i32>) -> tensor<1xi32>
    %2560 = stablehlo.concatenate %2559, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2561 = stablehlo.dynamic_broadcast_in_dim %2557, %2560, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2562 = stablehlo.multiply %2556, %2561 : tensor<?x197x768xf32>
    %2563 = stablehlo.broadcast_in_dim %arg109, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2564 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2565 = stablehlo.reshape %2564 : (tensor<i32>) -> tensor<1xi32>
    %2566 = stablehlo.concatenate %2565, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2567 = stablehlo.dynamic_broadcast_in_dim %2563, %2566, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2568 = stablehlo.add %2562, %2567 : tensor<?x197x768xf32>
    %2569 = stablehlo.convert %arg1 : tensor<i64>
    %2570 = stablehlo.multiply %2569, %c_18 : tensor<i64>
    %2571 = stablehlo.convert %2570 : tensor<i64>
    %2572 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2573 = "stablehlo.case"(%2572) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2574 = "stablehlo.case"(%2573) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2575 = "stablehlo.case"(%2574) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2576 = "stablehlo.case"(%2575) ({
      %3547 = stablehlo.compare GE, %2571, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2571, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2568, %arg110, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3552 : tensor<?x197x3072xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %2568, %3556 : (tensor<?x197x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg110, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3072x768xf32>, tensor<?x768xf32>) -> tensor<3072x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<3072x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<3072x?xf32>) -> tensor<?x3072xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3564 : tensor<?x197x3072xf32>
      }) : (tensor<i32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3551 : tensor<?x197x3072xf32>
    }, {
      %3547 = stablehlo.dot_general %2568, %arg110, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3547 : tensor<?x197x3072xf32>
    }) : (tensor<i32>) -> tensor<?x197x3072xf32>
    %2577 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2578 = stablehlo.reshape %2577 : (tensor<i32>) -> tensor<1xi32>
    %2579 = stablehlo.concatenate %2578, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2580 = stablehlo.dynamic_broadcast_in_dim %arg111, %2579, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2581 = stablehlo.add %2576, %2580 : tensor<?x197x3072xf32>
    %2582 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2583 = stablehlo.reshape %2582 : (tensor<i32>) -> tensor<1xi32>
    %2584 = stablehlo.concatenate %2583, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2585 = stablehlo.dynamic_broadcast_in_dim %cst_1, %2584, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2586 = stablehlo.multiply %2581, %2585 : tensor<?x197x3072xf32>
    %2587 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2588 = stablehlo.reshape %2587 : (tensor<i32>) -> tensor<1xi32>
    %2589 = stablehlo.concatenate %2588, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2590 = stablehlo.dynamic_broadcast_in_dim %cst_0, %2589, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2591 = stablehlo.multiply %2581, %2590 : tensor<?x197x3072xf32>
    %2592 = stablehlo.composite "chlo.erf" %2591 {decomposition = @chlo.erf.impl_7, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %2593 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2594 = stablehlo.reshape %2593 : (tensor<i32>) -> tensor<1xi32>
    %2595 = stablehlo.concatenate %2594, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2596 = stablehlo.dynamic_broadcast_in_dim %cst, %2595, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2597 = stablehlo.add %2596, %2592 : tensor<?x197x3072xf32>
    %2598 = stablehlo.multiply %2586, %2597 : tensor<?x197x3072xf32>
    %2599 = stablehlo.convert %arg1 : tensor<i64>
    %2600 = stablehlo.multiply %2599, %c_18 : tensor<i64>
    %2601 = stablehlo.convert %2600 : tensor<i64>
    %2602 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2603 = "stablehlo.case"(%2602) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2604 = "stablehlo.case"(%2603) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2605 = "stablehlo.case"(%2604) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2606 = "stablehlo.case"(%2605) ({
      %3547 = stablehlo.compare GE, %2601, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2601, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2598, %arg112, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
        stablehlo.return %3552 : tensor<?x197x768xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %2598, %3556 : (tensor<?x197x3072xf32>, tensor<2xi32>) -> tensor<?x3072xf32>
        %3558 = stablehlo.dot_general %arg112, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x3072xf32>, tensor<?x3072xf32>) -> tensor<768x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<768x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
        stablehlo.return %3564 : tensor<?x197x768xf32>
      }) : (tensor<i32>) -> tensor<?x197x768xf32>
      stablehlo.return %3551 : tensor<?x197x768xf32>
    }, {
      %3547 = stablehlo.dot_general %2598, %arg112, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
      stablehlo.return %3547 : tensor<?x197x768xf32>
    }) : (tensor<i32>) -> tensor<?x197x768xf32>
    %2607 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2608 = stablehlo.reshape %2607 : (tensor<i32>) -> tensor<1xi32>
    %2609 = stablehlo.concatenate %2608, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2610 = stablehlo.dynamic_broadcast_in_dim %arg113, %2609, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2611 = stablehlo.add %2606, %2610 : tensor<?x197x768xf32>
    %2612 = stablehlo.add %2519, %2611 : tensor<?x197x768xf32>
    %2613 = stablehlo.reduce(%2612 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2614 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2615 = stablehlo.reshape %2614 : (tensor<i32>) -> tensor<1xi32>
    %2616 = stablehlo.concatenate %2615, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2617 = stablehlo.dynamic_broadcast_in_dim %2613, %2616, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2618 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2619 = stablehlo.reshape %2618 : (tensor<i32>) -> tensor<1xi32>
    %2620 = stablehlo.concatenate %2619, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2621 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2620, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2622 = stablehlo.divide %2617, %2621 : tensor<?x197x1xf32>
    %2623 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2624 = stablehlo.reshape %2623 : (tensor<i32>) -> tensor<1xi32>
    %2625 = stablehlo.concatenate %2624, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2626 = stablehlo.dynamic_broadcast_in_dim %2622, %2625, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2627 = stablehlo.subtract %2612, %2626 : tensor<?x197x768xf32>
    %2628 = stablehlo.multiply %2627, %2627 : tensor<?x197x768xf32>
    %2629 = stablehlo.reduce(%2628 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2630 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2631 = stablehlo.reshape %2630 : (tensor<i32>) -> tensor<1xi32>
    %2632 = stablehlo.concatenate %2631, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2633 = stablehlo.dynamic_broadcast_in_dim %2629, %2632, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2634 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2635 = stablehlo.reshape %2634 : (tensor<i32>) -> tensor<1xi32>
    %2636 = stablehlo.concatenate %2635, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2637 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2636, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2638 = stablehlo.divide %2633, %2637 : tensor<?x197x1xf32>
    %2639 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2640 = stablehlo.reshape %2639 : (tensor<i32>) -> tensor<1xi32>
    %2641 = stablehlo.concatenate %2640, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2642 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2641, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2643 = stablehlo.add %2638, %2642 : tensor<?x197x1xf32>
    %2644 = stablehlo.rsqrt %2643 : tensor<?x197x1xf32>
    %2645 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2646 = stablehlo.reshape %2645 : (tensor<i32>) -> tensor<1xi32>
    %2647 = stablehlo.concatenate %2646, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2648 = stablehlo.dynamic_broadcast_in_dim %2644, %2647, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2649 = stablehlo.multiply %2627, %2648 : tensor<?x197x768xf32>
    %2650 = stablehlo.broadcast_in_dim %arg114, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2651 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2652 = stablehlo.reshape %2651 : (tensor<i32>) -> tensor<1xi32>
    %2653 = stablehlo.concatenate %2652, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2654 = stablehlo.dynamic_broadcast_in_dim %2650, %2653, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2655 = stablehlo.multiply %2649, %2654 : tensor<?x197x768xf32>
    %2656 = stablehlo.broadcast_in_dim %arg115, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2657 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2658 = stablehlo.reshape %2657 : (tensor<i32>) -> tensor<1xi32>
    %2659 = stablehlo.concatenate %2658, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2660 = stablehlo.dynamic_broadcast_in_dim %2656, %2659, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2661 = stablehlo.add %2655, %2660 : tensor<?x197x768xf32>
    %2662 = stablehlo.transpose %2661, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %2663 = stablehlo.convert %arg1 : tensor<i64>
    %2664 = stablehlo.multiply %2663, %c_18 : tensor<i64>
    %2665 = stablehlo.convert %2664 : tensor<i64>
    %2666 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2667 = "stablehlo.case"(%2666) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2668 = "stablehlo.case"(%2667) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2669 = "stablehlo.case"(%2668) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2670 = "stablehlo.case"(%2669) ({
      %3547 = stablehlo.compare GE, %2665, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2665, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2662, %arg116, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3552 : tensor<197x?x2304xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %2662, %3556 : (tensor<197x?x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg116, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2304x768xf32>, tensor<?x768xf32>) -> tensor<2304x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<2304x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<2304x?xf32>) -> tensor<?x2304xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %c_17, %3562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3564 : tensor<197x?x2304xf32>
      }) : (tensor<i32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3551 : tensor<197x?x2304xf32>
    }, {
      %3547 = stablehlo.dot_general %2662, %arg116, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3547 : tensor<197x?x2304xf32>
    }) : (tensor<i32>) -> tensor<197x?x2304xf32>
    %2671 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2672 = stablehlo.reshape %2671 : (tensor<i32>) -> tensor<1xi32>
    %2673 = stablehlo.concatenate %c_17, %2672, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2674 = stablehlo.dynamic_broadcast_in_dim %arg117, %2673, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %2675 = stablehlo.add %2670, %2674 : tensor<197x?x2304xf32>
    %2676 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2677 = stablehlo.reshape %2676 : (tensor<i32>) -> tensor<1xi32>
    %2678 = stablehlo.concatenate %c_17, %2677, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2679 = stablehlo.dynamic_reshape %2675, %2678 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %2680 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2681 = stablehlo.reshape %2680 : (tensor<i32>) -> tensor<1xi32>
    %2682 = stablehlo.concatenate %c_19, %c_17, %2681, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %2683 = stablehlo.dynamic_broadcast_in_dim %2679, %2682, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %2684 = stablehlo.transpose %2683, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %2685 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2686 = stablehlo.reshape %2685 : (tensor<i32>) -> tensor<1xi32>
    %2687 = stablehlo.concatenate %c_10, %c_17, %2686, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2688 = stablehlo.dynamic_reshape %2684, %2687 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %2689 = stablehlo.concatenate %c_9, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2690 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2691 = stablehlo.reshape %2690 : (tensor<i32>) -> tensor<1xi32>
    %2692 = stablehlo.concatenate %c_19, %c_17, %2691, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2693 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2694 = stablehlo.real_dynamic_slice %2688, %2689, %2692, %2693 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2695 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2696 = stablehlo.reshape %2695 : (tensor<i32>) -> tensor<1xi32>
    %2697 = stablehlo.concatenate %c_17, %2696, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2698 = stablehlo.dynamic_reshape %2694, %2697 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2699 = stablehlo.concatenate %c_19, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2700 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2701 = stablehlo.reshape %2700 : (tensor<i32>) -> tensor<1xi32>
    %2702 = stablehlo.concatenate %c_8, %c_17, %2701, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2703 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2704 = stablehlo.real_dynamic_slice %2688, %2699, %2702, %2703 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2705 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2706 = stablehlo.reshape %2705 : (tensor<i32>) -> tensor<1xi32>
    %2707 = stablehlo.concatenate %c_17, %2706, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2708 = stablehlo.dynamic_reshape %2704, %2707 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2709 = stablehlo.concatenate %c_8, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2710 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2711 = stablehlo.reshape %2710 : (tensor<i32>) -> tensor<1xi32>
    %2712 = stablehlo.concatenate %c_10, %c_17, %2711, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2713 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2714 = stablehlo.real_dynamic_slice %2688, %2709, %2712, %2713 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2715 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2716 = stablehlo.reshape %2715 : (tensor<i32>) -> tensor<1xi32>
    %2717 = stablehlo.concatenate %c_17, %2716, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2718 = stablehlo.dynamic_reshape %2714, %2717 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2719 = stablehlo.convert %arg1 : tensor<i64>
    %2720 = stablehlo.multiply %2719, %c_7 : tensor<i64>
    %2721 = stablehlo.convert %2720 : (tensor<i64>) -> tensor<i32>
    %2722 = stablehlo.reshape %2721 : (tensor<i32>) -> tensor<1xi32>
    %2723 = stablehlo.concatenate %c_17, %2722, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2724 = stablehlo.dynamic_reshape %2698, %2723 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2725 = stablehlo.transpose %2724, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2726 = stablehlo.convert %arg1 : tensor<i64>
    %2727 = stablehlo.multiply %2726, %c_7 : tensor<i64>
    %2728 = stablehlo.convert %2727 : (tensor<i64>) -> tensor<i32>
    %2729 = stablehlo.reshape %2728 : (tensor<i32>) -> tensor<1xi32>
    %2730 = stablehlo.concatenate %c_17, %2729, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2731 = stablehlo.dynamic_reshape %2708, %2730 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2732 = stablehlo.transpose %2731, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2733 = stablehlo.convert %arg1 : tensor<i64>
    %2734 = stablehlo.multiply %2733, %c_7 : tensor<i64>
    %2735 = stablehlo.convert %2734 : (tensor<i64>) -> tensor<i32>
    %2736 = stablehlo.reshape %2735 : (tensor<i32>) -> tensor<1xi32>
    %2737 = stablehlo.concatenate %c_17, %2736, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2738 = stablehlo.dynamic_reshape %2718, %2737 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %2739 = stablehlo.transpose %2738, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %2740 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2741 = stablehlo.reshape %2740 : (tensor<i32>) -> tensor<1xi32>
    %2742 = stablehlo.concatenate %2741, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2743 = stablehlo.dynamic_reshape %2725, %2742 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2744 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2745 = stablehlo.reshape %2744 : (tensor<i32>) -> tensor<1xi32>
    %2746 = stablehlo.concatenate %2745, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2747 = stablehlo.dynamic_reshape %2732, %2746 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2748 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2749 = stablehlo.reshape %2748 : (tensor<i32>) -> tensor<1xi32>
    %2750 = stablehlo.concatenate %2749, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2751 = stablehlo.dynamic_reshape %2739, %2750 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %2752 = stablehlo.dot_general %2743, %2747, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %2753 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2754 = stablehlo.reshape %2753 : (tensor<i32>) -> tensor<1xi32>
    %2755 = stablehlo.concatenate %2754, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2756 = stablehlo.dynamic_broadcast_in_dim %cst_4, %2755, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2757 = stablehlo.multiply %2752, %2756 : tensor<?x12x197x197xf32>
    %2758 = stablehlo.reduce(%2757 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %2759 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2760 = stablehlo.reshape %2759 : (tensor<i32>) -> tensor<1xi32>
    %2761 = stablehlo.concatenate %2760, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2762 = stablehlo.dynamic_broadcast_in_dim %2758, %2761, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %2763 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2764 = stablehlo.reshape %2763 : (tensor<i32>) -> tensor<1xi32>
    %2765 = stablehlo.concatenate %2764, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2766 = stablehlo.dynamic_broadcast_in_dim %2762, %2765, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2767 = stablehlo.subtract %2757, %2766 : tensor<?x12x197x197xf32>
    %2768 = stablehlo.exponential %2767 : tensor<?x12x197x197xf32>
    %2769 = stablehlo.reduce(%2768 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %2770 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2771 = stablehlo.reshape %2770 : (tensor<i32>) -> tensor<1xi32>
    %2772 = stablehlo.concatenate %2771, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2773 = stablehlo.dynamic_broadcast_in_dim %2769, %2772, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %2774 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2775 = stablehlo.reshape %2774 : (tensor<i32>) -> tensor<1xi32>
    %2776 = stablehlo.concatenate %2775, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2777 = stablehlo.dynamic_broadcast_in_dim %2773, %2776, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %2778 = stablehlo.divide %2768, %2777 : tensor<?x12x197x197xf32>
    %2779 = stablehlo.dot_general %2778, %2751, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %2780 = stablehlo.transpose %2779, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %2781 = stablehlo.convert %arg1 : tensor<i64>
    %2782 = stablehlo.multiply %2781, %c_18 : tensor<i64>
    %2783 = stablehlo.convert %2782 : (tensor<i64>) -> tensor<i32>
    %2784 = stablehlo.reshape %2783 : (tensor<i32>) -> tensor<1xi32>
    %2785 = stablehlo.concatenate %2784, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2786 = stablehlo.dynamic_reshape %2780, %2785 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2787 = stablehlo.convert %arg1 : tensor<i64>
    %2788 = stablehlo.multiply %2787, %c_18 : tensor<i64>
    %2789 = stablehlo.convert %2788 : tensor<i64>
    %2790 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2791 = "stablehlo.case"(%2790) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2792 = "stablehlo.case"(%2791) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2793 = "stablehlo.case"(%2792) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2794 = "stablehlo.case"(%2793) ({
      %3547 = stablehlo.compare GE, %2789, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2789, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2786, %arg118, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
        stablehlo.return %3552 : tensor<?x768xf32>
      }, {
        %3552 = stablehlo.dot_general %arg118, %2786, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x768xf32>, tensor<?x768xf32>) -> tensor<768x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<768x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        stablehlo.return %3554 : tensor<?x768xf32>
      }) : (tensor<i32>) -> tensor<?x768xf32>
      stablehlo.return %3551 : tensor<?x768xf32>
    }, {
      %3547 = stablehlo.dot_general %2786, %arg118, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
      stablehlo.return %3547 : tensor<?x768xf32>
    }) : (tensor<i32>) -> tensor<?x768xf32>
    %2795 = stablehlo.convert %arg1 : tensor<i64>
    %2796 = stablehlo.multiply %2795, %c_18 : tensor<i64>
    %2797 = stablehlo.convert %2796 : (tensor<i64>) -> tensor<i32>
    %2798 = stablehlo.reshape %2797 : (tensor<i32>) -> tensor<1xi32>
    %2799 = stablehlo.concatenate %2798, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %2800 = stablehlo.dynamic_broadcast_in_dim %arg119, %2799, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %2801 = stablehlo.add %2794, %2800 : tensor<?x768xf32>
    %2802 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2803 = stablehlo.reshape %2802 : (tensor<i32>) -> tensor<1xi32>
    %2804 = stablehlo.concatenate %c_17, %2803, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2805 = stablehlo.dynamic_reshape %2801, %2804 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2806 = stablehlo.transpose %2805, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %2807 = stablehlo.add %2806, %2612 : tensor<?x197x768xf32>
    %2808 = stablehlo.reduce(%2807 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2809 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2810 = stablehlo.reshape %2809 : (tensor<i32>) -> tensor<1xi32>
    %2811 = stablehlo.concatenate %2810, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2812 = stablehlo.dynamic_broadcast_in_dim %2808, %2811, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2813 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2814 = stablehlo.reshape %2813 : (tensor<i32>) -> tensor<1xi32>
    %2815 = stablehlo.concatenate %2814, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2816 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2815, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2817 = stablehlo.divide %2812, %2816 : tensor<?x197x1xf32>
    %2818 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2819 = stablehlo.reshape %2818 : (tensor<i32>) -> tensor<1xi32>
    %2820 = stablehlo.concatenate %2819, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2821 = stablehlo.dynamic_broadcast_in_dim %2817, %2820, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2822 = stablehlo.subtract %2807, %2821 : tensor<?x197x768xf32>
    %2823 = stablehlo.multiply %2822, %2822 : tensor<?x197x768xf32>
    %2824 = stablehlo.reduce(%2823 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2825 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2826 = stablehlo.reshape %2825 : (tensor<i32>) -> tensor<1xi32>
    %2827 = stablehlo.concatenate %2826, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2828 = stablehlo.dynamic_broadcast_in_dim %2824, %2827, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2829 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2830 = stablehlo.reshape %2829 : (tensor<i32>) -> tensor<1xi32>
    %2831 = stablehlo.concatenate %2830, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2832 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2831, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2833 = stablehlo.divide %2828, %2832 : tensor<?x197x1xf32>
    %2834 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2835 = stablehlo.reshape %2834 : (tensor<i32>) -> tensor<1xi32>
    %2836 = stablehlo.concatenate %2835, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2837 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2836, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2838 = stablehlo.add %2833, %2837 : tensor<?x197x1xf32>
    %2839 = stablehlo.rsqrt %2838 : tensor<?x197x1xf32>
    %2840 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2841 = stablehlo.reshape %2840 : (tensor<i32>) -> tensor<1xi32>
    %2842 = stablehlo.concatenate %2841, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2843 = stablehlo.dynamic_broadcast_in_dim %2839, %2842, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2844 = stablehlo.multiply %2822, %2843 : tensor<?x197x768xf32>
    %2845 = stablehlo.broadcast_in_dim %arg120, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2846 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2847 = stablehlo.reshape %2846 : (tensor<i32>) -> tensor<1xi32>
    %2848 = stablehlo.concatenate %2847, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2849 = stablehlo.dynamic_broadcast_in_dim %2845, %2848, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2850 = stablehlo.multiply %2844, %2849 : tensor<?x197x768xf32>
    %2851 = stablehlo.broadcast_in_dim %arg121, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2852 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2853 = stablehlo.reshape %2852 : (tensor<i32>) -> tensor<1xi32>
    %2854 = stablehlo.concatenate %2853, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2855 = stablehlo.dynamic_broadcast_in_dim %2851, %2854, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2856 = stablehlo.add %2850, %2855 : tensor<?x197x768xf32>
    %2857 = stablehlo.convert %arg1 : tensor<i64>
    %2858 = stablehlo.multiply %2857, %c_18 : tensor<i64>
    %2859 = stablehlo.convert %2858 : tensor<i64>
    %2860 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2861 = "stablehlo.case"(%2860) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2862 = "stablehlo.case"(%2861) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2863 = "stablehlo.case"(%2862) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2864 = "stablehlo.case"(%2863) ({
      %3547 = stablehlo.compare GE, %2859, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2859, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2856, %arg122, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3552 : tensor<?x197x3072xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %2856, %3556 : (tensor<?x197x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg122, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3072x768xf32>, tensor<?x768xf32>) -> tensor<3072x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<3072x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<3072x?xf32>) -> tensor<?x3072xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3564 : tensor<?x197x3072xf32>
      }) : (tensor<i32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3551 : tensor<?x197x3072xf32>
    }, {
      %3547 = stablehlo.dot_general %2856, %arg122, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3547 : tensor<?x197x3072xf32>
    }) : (tensor<i32>) -> tensor<?x197x3072xf32>
    %2865 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2866 = stablehlo.reshape %2865 : (tensor<i32>) -> tensor<1xi32>
    %2867 = stablehlo.concatenate %2866, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2868 = stablehlo.dynamic_broadcast_in_dim %arg123, %2867, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2869 = stablehlo.add %2864, %2868 : tensor<?x197x3072xf32>
    %2870 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2871 = stablehlo.reshape %2870 : (tensor<i32>) -> tensor<1xi32>
    %2872 = stablehlo.concatenate %2871, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2873 = stablehlo.dynamic_broadcast_in_dim %cst_1, %2872, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2874 = stablehlo.multiply %2869, %2873 : tensor<?x197x3072xf32>
    %2875 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2876 = stablehlo.reshape %2875 : (tensor<i32>) -> tensor<1xi32>
    %2877 = stablehlo.concatenate %2876, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2878 = stablehlo.dynamic_broadcast_in_dim %cst_0, %2877, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2879 = stablehlo.multiply %2869, %2878 : tensor<?x197x3072xf32>
    %2880 = stablehlo.composite "chlo.erf" %2879 {decomposition = @chlo.erf.impl_8, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %2881 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2882 = stablehlo.reshape %2881 : (tensor<i32>) -> tensor<1xi32>
    %2883 = stablehlo.concatenate %2882, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2884 = stablehlo.dynamic_broadcast_in_dim %cst, %2883, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %2885 = stablehlo.add %2884, %2880 : tensor<?x197x3072xf32>
    %2886 = stablehlo.multiply %2874, %2885 : tensor<?x197x3072xf32>
    %2887 = stablehlo.convert %arg1 : tensor<i64>
    %2888 = stablehlo.multiply %2887, %c_18 : tensor<i64>
    %2889 = stablehlo.convert %2888 : tensor<i64>
    %2890 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2891 = "stablehlo.case"(%2890) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2892 = "stablehlo.case"(%2891) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2893 = "stablehlo.case"(%2892) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2894 = "stablehlo.case"(%2893) ({
      %3547 = stablehlo.compare GE, %2889, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2889, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2886, %arg124, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
        stablehlo.return %3552 : tensor<?x197x768xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %2886, %3556 : (tensor<?x197x3072xf32>, tensor<2xi32>) -> tensor<?x3072xf32>
        %3558 = stablehlo.dot_general %arg124, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x3072xf32>, tensor<?x3072xf32>) -> tensor<768x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<768x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
        stablehlo.return %3564 : tensor<?x197x768xf32>
      }) : (tensor<i32>) -> tensor<?x197x768xf32>
      stablehlo.return %3551 : tensor<?x197x768xf32>
    }, {
      %3547 = stablehlo.dot_general %2886, %arg124, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
      stablehlo.return %3547 : tensor<?x197x768xf32>
    }) : (tensor<i32>) -> tensor<?x197x768xf32>
    %2895 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2896 = stablehlo.reshape %2895 : (tensor<i32>) -> tensor<1xi32>
    %2897 = stablehlo.concatenate %2896, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2898 = stablehlo.dynamic_broadcast_in_dim %arg125, %2897, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2899 = stablehlo.add %2894, %2898 : tensor<?x197x768xf32>
    %2900 = stablehlo.add %2807, %2899 : tensor<?x197x768xf32>
    %2901 = stablehlo.reduce(%2900 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2902 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2903 = stablehlo.reshape %2902 : (tensor<i32>) -> tensor<1xi32>
    %2904 = stablehlo.concatenate %2903, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2905 = stablehlo.dynamic_broadcast_in_dim %2901, %2904, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2906 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2907 = stablehlo.reshape %2906 : (tensor<i32>) -> tensor<1xi32>
    %2908 = stablehlo.concatenate %2907, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2909 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2908, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2910 = stablehlo.divide %2905, %2909 : tensor<?x197x1xf32>
    %2911 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2912 = stablehlo.reshape %2911 : (tensor<i32>) -> tensor<1xi32>
    %2913 = stablehlo.concatenate %2912, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2914 = stablehlo.dynamic_broadcast_in_dim %2910, %2913, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2915 = stablehlo.subtract %2900, %2914 : tensor<?x197x768xf32>
    %2916 = stablehlo.multiply %2915, %2915 : tensor<?x197x768xf32>
    %2917 = stablehlo.reduce(%2916 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %2918 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2919 = stablehlo.reshape %2918 : (tensor<i32>) -> tensor<1xi32>
    %2920 = stablehlo.concatenate %2919, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2921 = stablehlo.dynamic_broadcast_in_dim %2917, %2920, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2922 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2923 = stablehlo.reshape %2922 : (tensor<i32>) -> tensor<1xi32>
    %2924 = stablehlo.concatenate %2923, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2925 = stablehlo.dynamic_broadcast_in_dim %cst_15, %2924, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2926 = stablehlo.divide %2921, %2925 : tensor<?x197x1xf32>
    %2927 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2928 = stablehlo.reshape %2927 : (tensor<i32>) -> tensor<1xi32>
    %2929 = stablehlo.concatenate %2928, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2930 = stablehlo.dynamic_broadcast_in_dim %cst_14, %2929, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %2931 = stablehlo.add %2926, %2930 : tensor<?x197x1xf32>
    %2932 = stablehlo.rsqrt %2931 : tensor<?x197x1xf32>
    %2933 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2934 = stablehlo.reshape %2933 : (tensor<i32>) -> tensor<1xi32>
    %2935 = stablehlo.concatenate %2934, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2936 = stablehlo.dynamic_broadcast_in_dim %2932, %2935, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2937 = stablehlo.multiply %2915, %2936 : tensor<?x197x768xf32>
    %2938 = stablehlo.broadcast_in_dim %arg126, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2939 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2940 = stablehlo.reshape %2939 : (tensor<i32>) -> tensor<1xi32>
    %2941 = stablehlo.concatenate %2940, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2942 = stablehlo.dynamic_broadcast_in_dim %2938, %2941, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2943 = stablehlo.multiply %2937, %2942 : tensor<?x197x768xf32>
    %2944 = stablehlo.broadcast_in_dim %arg127, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %2945 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2946 = stablehlo.reshape %2945 : (tensor<i32>) -> tensor<1xi32>
    %2947 = stablehlo.concatenate %2946, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2948 = stablehlo.dynamic_broadcast_in_dim %2944, %2947, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %2949 = stablehlo.add %2943, %2948 : tensor<?x197x768xf32>
    %2950 = stablehlo.transpose %2949, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %2951 = stablehlo.convert %arg1 : tensor<i64>
    %2952 = stablehlo.multiply %2951, %c_18 : tensor<i64>
    %2953 = stablehlo.convert %2952 : tensor<i64>
    %2954 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %2955 = "stablehlo.case"(%2954) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2956 = "stablehlo.case"(%2955) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2957 = "stablehlo.case"(%2956) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %2958 = "stablehlo.case"(%2957) ({
      %3547 = stablehlo.compare GE, %2953, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %2953, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %2950, %arg128, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3552 : tensor<197x?x2304xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %2950, %3556 : (tensor<197x?x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg128, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2304x768xf32>, tensor<?x768xf32>) -> tensor<2304x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<2304x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<2304x?xf32>) -> tensor<?x2304xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %c_17, %3562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3564 : tensor<197x?x2304xf32>
      }) : (tensor<i32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3551 : tensor<197x?x2304xf32>
    }, {
      %3547 = stablehlo.dot_general %2950, %arg128, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3547 : tensor<197x?x2304xf32>
    }) : (tensor<i32>) -> tensor<197x?x2304xf32>
    %2959 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2960 = stablehlo.reshape %2959 : (tensor<i32>) -> tensor<1xi32>
    %2961 = stablehlo.concatenate %c_17, %2960, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2962 = stablehlo.dynamic_broadcast_in_dim %arg129, %2961, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %2963 = stablehlo.add %2958, %2962 : tensor<197x?x2304xf32>
    %2964 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2965 = stablehlo.reshape %2964 : (tensor<i32>) -> tensor<1xi32>
    %2966 = stablehlo.concatenate %c_17, %2965, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2967 = stablehlo.dynamic_reshape %2963, %2966 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %2968 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2969 = stablehlo.reshape %2968 : (tensor<i32>) -> tensor<1xi32>
    %2970 = stablehlo.concatenate %c_19, %c_17, %2969, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %2971 = stablehlo.dynamic_broadcast_in_dim %2967, %2970, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %2972 = stablehlo.transpose %2971, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %2973 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2974 = stablehlo.reshape %2973 : (tensor<i32>) -> tensor<1xi32>
    %2975 = stablehlo.concatenate %c_10, %c_17, %2974, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2976 = stablehlo.dynamic_reshape %2972, %2975 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %2977 = stablehlo.concatenate %c_9, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2978 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2979 = stablehlo.reshape %2978 : (tensor<i32>) -> tensor<1xi32>
    %2980 = stablehlo.concatenate %c_19, %c_17, %2979, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2981 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2982 = stablehlo.real_dynamic_slice %2976, %2977, %2980, %2981 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2983 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2984 = stablehlo.reshape %2983 : (tensor<i32>) -> tensor<1xi32>
    %2985 = stablehlo.concatenate %c_17, %2984, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2986 = stablehlo.dynamic_reshape %2982, %2985 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2987 = stablehlo.concatenate %c_19, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2988 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2989 = stablehlo.reshape %2988 : (tensor<i32>) -> tensor<1xi32>
    %2990 = stablehlo.concatenate %c_8, %c_17, %2989, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2991 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2992 = stablehlo.real_dynamic_slice %2976, %2987, %2990, %2991 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %2993 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2994 = stablehlo.reshape %2993 : (tensor<i32>) -> tensor<1xi32>
    %2995 = stablehlo.concatenate %c_17, %2994, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %2996 = stablehlo.dynamic_reshape %2992, %2995 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %2997 = stablehlo.concatenate %c_8, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %2998 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %2999 = stablehlo.reshape %2998 : (tensor<i32>) -> tensor<1xi32>
    %3000 = stablehlo.concatenate %c_10, %c_17, %2999, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3001 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3002 = stablehlo.real_dynamic_slice %2976, %2997, %3000, %3001 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %3003 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3004 = stablehlo.reshape %3003 : (tensor<i32>) -> tensor<1xi32>
    %3005 = stablehlo.concatenate %c_17, %3004, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3006 = stablehlo.dynamic_reshape %3002, %3005 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %3007 = stablehlo.convert %arg1 : tensor<i64>
    %3008 = stablehlo.multiply %3007, %c_7 : tensor<i64>
    %3009 = stablehlo.convert %3008 : (tensor<i64>) -> tensor<i32>
    %3010 = stablehlo.reshape %3009 : (tensor<i32>) -> tensor<1xi32>
    %3011 = stablehlo.concatenate %c_17, %3010, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3012 = stablehlo.dynamic_reshape %2986, %3011 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %3013 = stablehlo.transpose %3012, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %3014 = stablehlo.convert %arg1 : tensor<i64>
    %3015 = stablehlo.multiply %3014, %c_7 : tensor<i64>
    %3016 = stablehlo.convert %3015 : (tensor<i64>) -> tensor<i32>
    %3017 = stablehlo.reshape %3016 : (tensor<i32>) -> tensor<1xi32>
    %3018 = stablehlo.concatenate %c_17, %3017, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3019 = stablehlo.dynamic_reshape %2996, %3018 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %3020 = stablehlo.transpose %3019, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %3021 = stablehlo.convert %arg1 : tensor<i64>
    %3022 = stablehlo.multiply %3021, %c_7 : tensor<i64>
    %3023 = stablehlo.convert %3022 : (tensor<i64>) -> tensor<i32>
    %3024 = stablehlo.reshape %3023 : (tensor<i32>) -> tensor<1xi32>
    %3025 = stablehlo.concatenate %c_17, %3024, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3026 = stablehlo.dynamic_reshape %3006, %3025 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %3027 = stablehlo.transpose %3026, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %3028 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3029 = stablehlo.reshape %3028 : (tensor<i32>) -> tensor<1xi32>
    %3030 = stablehlo.concatenate %3029, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3031 = stablehlo.dynamic_reshape %3013, %3030 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %3032 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3033 = stablehlo.reshape %3032 : (tensor<i32>) -> tensor<1xi32>
    %3034 = stablehlo.concatenate %3033, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3035 = stablehlo.dynamic_reshape %3020, %3034 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %3036 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3037 = stablehlo.reshape %3036 : (tensor<i32>) -> tensor<1xi32>
    %3038 = stablehlo.concatenate %3037, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3039 = stablehlo.dynamic_reshape %3027, %3038 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %3040 = stablehlo.dot_general %3031, %3035, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %3041 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3042 = stablehlo.reshape %3041 : (tensor<i32>) -> tensor<1xi32>
    %3043 = stablehlo.concatenate %3042, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3044 = stablehlo.dynamic_broadcast_in_dim %cst_4, %3043, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %3045 = stablehlo.multiply %3040, %3044 : tensor<?x12x197x197xf32>
    %3046 = stablehlo.reduce(%3045 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %3047 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3048 = stablehlo.reshape %3047 : (tensor<i32>) -> tensor<1xi32>
    %3049 = stablehlo.concatenate %3048, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3050 = stablehlo.dynamic_broadcast_in_dim %3046, %3049, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %3051 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3052 = stablehlo.reshape %3051 : (tensor<i32>) -> tensor<1xi32>
    %3053 = stablehlo.concatenate %3052, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3054 = stablehlo.dynamic_broadcast_in_dim %3050, %3053, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %3055 = stablehlo.subtract %3045, %3054 : tensor<?x12x197x197xf32>
    %3056 = stablehlo.exponential %3055 : tensor<?x12x197x197xf32>
    %3057 = stablehlo.reduce(%3056 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %3058 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3059 = stablehlo.reshape %3058 : (tensor<i32>) -> tensor<1xi32>
    %3060 = stablehlo.concatenate %3059, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3061 = stablehlo.dynamic_broadcast_in_dim %3057, %3060, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %3062 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3063 = stablehlo.reshape %3062 : (tensor<i32>) -> tensor<1xi32>
    %3064 = stablehlo.concatenate %3063, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3065 = stablehlo.dynamic_broadcast_in_dim %3061, %3064, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %3066 = stablehlo.divide %3056, %3065 : tensor<?x12x197x197xf32>
    %3067 = stablehlo.dot_general %3066, %3039, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %3068 = stablehlo.transpose %3067, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %3069 = stablehlo.convert %arg1 : tensor<i64>
    %3070 = stablehlo.multiply %3069, %c_18 : tensor<i64>
    %3071 = stablehlo.convert %3070 : (tensor<i64>) -> tensor<i32>
    %3072 = stablehlo.reshape %3071 : (tensor<i32>) -> tensor<1xi32>
    %3073 = stablehlo.concatenate %3072, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %3074 = stablehlo.dynamic_reshape %3068, %3073 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %3075 = stablehlo.convert %arg1 : tensor<i64>
    %3076 = stablehlo.multiply %3075, %c_18 : tensor<i64>
    %3077 = stablehlo.convert %3076 : tensor<i64>
    %3078 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %3079 = "stablehlo.case"(%3078) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3080 = "stablehlo.case"(%3079) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3081 = "stablehlo.case"(%3080) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3082 = "stablehlo.case"(%3081) ({
      %3547 = stablehlo.compare GE, %3077, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %3077, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %3074, %arg130, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
        stablehlo.return %3552 : tensor<?x768xf32>
      }, {
        %3552 = stablehlo.dot_general %arg130, %3074, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x768xf32>, tensor<?x768xf32>) -> tensor<768x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<768x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        stablehlo.return %3554 : tensor<?x768xf32>
      }) : (tensor<i32>) -> tensor<?x768xf32>
      stablehlo.return %3551 : tensor<?x768xf32>
    }, {
      %3547 = stablehlo.dot_general %3074, %arg130, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
      stablehlo.return %3547 : tensor<?x768xf32>
    }) : (tensor<i32>) -> tensor<?x768xf32>
    %3083 = stablehlo.convert %arg1 : tensor<i64>
    %3084 = stablehlo.multiply %3083, %c_18 : tensor<i64>
    %3085 = stablehlo.convert %3084 : (tensor<i64>) -> tensor<i32>
    %3086 = stablehlo.reshape %3085 : (tensor<i32>) -> tensor<1xi32>
    %3087 = stablehlo.concatenate %3086, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %3088 = stablehlo.dynamic_broadcast_in_dim %arg131, %3087, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %3089 = stablehlo.add %3082, %3088 : tensor<?x768xf32>
    %3090 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3091 = stablehlo.reshape %3090 : (tensor<i32>) -> tensor<1xi32>
    %3092 = stablehlo.concatenate %c_17, %3091, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3093 = stablehlo.dynamic_reshape %3089, %3092 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %3094 = stablehlo.transpose %3093, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %3095 = stablehlo.add %3094, %2900 : tensor<?x197x768xf32>
    %3096 = stablehlo.reduce(%3095 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %3097 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3098 = stablehlo.reshape %3097 : (tensor<i32>) -> tensor<1xi32>
    %3099 = stablehlo.concatenate %3098, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3100 = stablehlo.dynamic_broadcast_in_dim %3096, %3099, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3101 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3102 = stablehlo.reshape %3101 : (tensor<i32>) -> tensor<1xi32>
    %3103 = stablehlo.concatenate %3102, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3104 = stablehlo.dynamic_broadcast_in_dim %cst_15, %3103, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3105 = stablehlo.divide %3100, %3104 : tensor<?x197x1xf32>
    %3106 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3107 = stablehlo.reshape %3106 : (tensor<i32>) -> tensor<1xi32>
    %3108 = stablehlo.concatenate %3107, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3109 = stablehlo.dynamic_broadcast_in_dim %3105, %3108, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3110 = stablehlo.subtract %3095, %3109 : tensor<?x197x768xf32>
    %3111 = stablehlo.multiply %3110, %3110 : tensor<?x197x768xf32>
    %3112 = stablehlo.reduce(%3111 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %3113 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3114 = stablehlo.reshape %3113 : (tensor<i32>) -> tensor<1xi32>
    %3115 = stablehlo.concatenate %3114, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3116 = stablehlo.dynamic_broadcast_in_dim %3112, %3115, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3117 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3118 = stablehlo.reshape %3117 : (tensor<i32>) -> tensor<1xi32>
    %3119 = stablehlo.concatenate %3118, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3120 = stablehlo.dynamic_broadcast_in_dim %cst_15, %3119, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3121 = stablehlo.divide %3116, %3120 : tensor<?x197x1xf32>
    %3122 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3123 = stablehlo.reshape %3122 : (tensor<i32>) -> tensor<1xi32>
    %3124 = stablehlo.concatenate %3123, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3125 = stablehlo.dynamic_broadcast_in_dim %cst_14, %3124, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3126 = stablehlo.add %3121, %3125 : tensor<?x197x1xf32>
    %3127 = stablehlo.rsqrt %3126 : tensor<?x197x1xf32>
    %3128 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3129 = stablehlo.reshape %3128 : (tensor<i32>) -> tensor<1xi32>
    %3130 = stablehlo.concatenate %3129, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3131 = stablehlo.dynamic_broadcast_in_dim %3127, %3130, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3132 = stablehlo.multiply %3110, %3131 : tensor<?x197x768xf32>
    %3133 = stablehlo.broadcast_in_dim %arg132, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3134 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3135 = stablehlo.reshape %3134 : (tensor<i32>) -> tensor<1xi32>
    %3136 = stablehlo.concatenate %3135, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3137 = stablehlo.dynamic_broadcast_in_dim %3133, %3136, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3138 = stablehlo.multiply %3132, %3137 : tensor<?x197x768xf32>
    %3139 = stablehlo.broadcast_in_dim %arg133, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3140 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3141 = stablehlo.reshape %3140 : (tensor<i32>) -> tensor<1xi32>
    %3142 = stablehlo.concatenate %3141, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3143 = stablehlo.dynamic_broadcast_in_dim %3139, %3142, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3144 = stablehlo.add %3138, %3143 : tensor<?x197x768xf32>
    %3145 = stablehlo.convert %arg1 : tensor<i64>
    %3146 = stablehlo.multiply %3145, %c_18 : tensor<i64>
    %3147 = stablehlo.convert %3146 : tensor<i64>
    %3148 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %3149 = "stablehlo.case"(%3148) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3150 = "stablehlo.case"(%3149) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3151 = "stablehlo.case"(%3150) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3152 = "stablehlo.case"(%3151) ({
      %3547 = stablehlo.compare GE, %3147, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %3147, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %3144, %arg134, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3552 : tensor<?x197x3072xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %3144, %3556 : (tensor<?x197x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg134, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3072x768xf32>, tensor<?x768xf32>) -> tensor<3072x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<3072x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<3072x?xf32>) -> tensor<?x3072xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3564 : tensor<?x197x3072xf32>
      }) : (tensor<i32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3551 : tensor<?x197x3072xf32>
    }, {
      %3547 = stablehlo.dot_general %3144, %arg134, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3547 : tensor<?x197x3072xf32>
    }) : (tensor<i32>) -> tensor<?x197x3072xf32>
    %3153 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3154 = stablehlo.reshape %3153 : (tensor<i32>) -> tensor<1xi32>
    %3155 = stablehlo.concatenate %3154, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3156 = stablehlo.dynamic_broadcast_in_dim %arg135, %3155, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %3157 = stablehlo.add %3152, %3156 : tensor<?x197x3072xf32>
    %3158 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3159 = stablehlo.reshape %3158 : (tensor<i32>) -> tensor<1xi32>
    %3160 = stablehlo.concatenate %3159, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3161 = stablehlo.dynamic_broadcast_in_dim %cst_1, %3160, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %3162 = stablehlo.multiply %3157, %3161 : tensor<?x197x3072xf32>
    %3163 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3164 = stablehlo.reshape %3163 : (tensor<i32>) -> tensor<1xi32>
    %3165 = stablehlo.concatenate %3164, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3166 = stablehlo.dynamic_broadcast_in_dim %cst_0, %3165, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %3167 = stablehlo.multiply %3157, %3166 : tensor<?x197x3072xf32>
    %3168 = stablehlo.composite "chlo.erf" %3167 {decomposition = @chlo.erf.impl_9, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %3169 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3170 = stablehlo.reshape %3169 : (tensor<i32>) -> tensor<1xi32>
    %3171 = stablehlo.concatenate %3170, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3172 = stablehlo.dynamic_broadcast_in_dim %cst, %3171, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %3173 = stablehlo.add %3172, %3168 : tensor<?x197x3072xf32>
    %3174 = stablehlo.multiply %3162, %3173 : tensor<?x197x3072xf32>
    %3175 = stablehlo.convert %arg1 : tensor<i64>
    %3176 = stablehlo.multiply %3175, %c_18 : tensor<i64>
    %3177 = stablehlo.convert %3176 : tensor<i64>
    %3178 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %3179 = "stablehlo.case"(%3178) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3180 = "stablehlo.case"(%3179) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3181 = "stablehlo.case"(%3180) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3182 = "stablehlo.case"(%3181) ({
      %3547 = stablehlo.compare GE, %3177, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %3177, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %3174, %arg136, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
        stablehlo.return %3552 : tensor<?x197x768xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %3174, %3556 : (tensor<?x197x3072xf32>, tensor<2xi32>) -> tensor<?x3072xf32>
        %3558 = stablehlo.dot_general %arg136, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x3072xf32>, tensor<?x3072xf32>) -> tensor<768x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<768x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
        stablehlo.return %3564 : tensor<?x197x768xf32>
      }) : (tensor<i32>) -> tensor<?x197x768xf32>
      stablehlo.return %3551 : tensor<?x197x768xf32>
    }, {
      %3547 = stablehlo.dot_general %3174, %arg136, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
      stablehlo.return %3547 : tensor<?x197x768xf32>
    }) : (tensor<i32>) -> tensor<?x197x768xf32>
    %3183 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3184 = stablehlo.reshape %3183 : (tensor<i32>) -> tensor<1xi32>
    %3185 = stablehlo.concatenate %3184, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3186 = stablehlo.dynamic_broadcast_in_dim %arg137, %3185, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3187 = stablehlo.add %3182, %3186 : tensor<?x197x768xf32>
    %3188 = stablehlo.add %3095, %3187 : tensor<?x197x768xf32>
    %3189 = stablehlo.reduce(%3188 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %3190 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3191 = stablehlo.reshape %3190 : (tensor<i32>) -> tensor<1xi32>
    %3192 = stablehlo.concatenate %3191, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3193 = stablehlo.dynamic_broadcast_in_dim %3189, %3192, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3194 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3195 = stablehlo.reshape %3194 : (tensor<i32>) -> tensor<1xi32>
    %3196 = stablehlo.concatenate %3195, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3197 = stablehlo.dynamic_broadcast_in_dim %cst_15, %3196, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3198 = stablehlo.divide %3193, %3197 : tensor<?x197x1xf32>
    %3199 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3200 = stablehlo.reshape %3199 : (tensor<i32>) -> tensor<1xi32>
    %3201 = stablehlo.concatenate %3200, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3202 = stablehlo.dynamic_broadcast_in_dim %3198, %3201, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3203 = stablehlo.subtract %3188, %3202 : tensor<?x197x768xf32>
    %3204 = stablehlo.multiply %3203, %3203 : tensor<?x197x768xf32>
    %3205 = stablehlo.reduce(%3204 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %3206 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3207 = stablehlo.reshape %3206 : (tensor<i32>) -> tensor<1xi32>
    %3208 = stablehlo.concatenate %3207, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3209 = stablehlo.dynamic_broadcast_in_dim %3205, %3208, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3210 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3211 = stablehlo.reshape %3210 : (tensor<i32>) -> tensor<1xi32>
    %3212 = stablehlo.concatenate %3211, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3213 = stablehlo.dynamic_broadcast_in_dim %cst_15, %3212, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3214 = stablehlo.divide %3209, %3213 : tensor<?x197x1xf32>
    %3215 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3216 = stablehlo.reshape %3215 : (tensor<i32>) -> tensor<1xi32>
    %3217 = stablehlo.concatenate %3216, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3218 = stablehlo.dynamic_broadcast_in_dim %cst_14, %3217, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3219 = stablehlo.add %3214, %3218 : tensor<?x197x1xf32>
    %3220 = stablehlo.rsqrt %3219 : tensor<?x197x1xf32>
    %3221 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3222 = stablehlo.reshape %3221 : (tensor<i32>) -> tensor<1xi32>
    %3223 = stablehlo.concatenate %3222, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3224 = stablehlo.dynamic_broadcast_in_dim %3220, %3223, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3225 = stablehlo.multiply %3203, %3224 : tensor<?x197x768xf32>
    %3226 = stablehlo.broadcast_in_dim %arg138, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3227 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3228 = stablehlo.reshape %3227 : (tensor<i32>) -> tensor<1xi32>
    %3229 = stablehlo.concatenate %3228, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3230 = stablehlo.dynamic_broadcast_in_dim %3226, %3229, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3231 = stablehlo.multiply %3225, %3230 : tensor<?x197x768xf32>
    %3232 = stablehlo.broadcast_in_dim %arg139, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3233 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3234 = stablehlo.reshape %3233 : (tensor<i32>) -> tensor<1xi32>
    %3235 = stablehlo.concatenate %3234, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3236 = stablehlo.dynamic_broadcast_in_dim %3232, %3235, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3237 = stablehlo.add %3231, %3236 : tensor<?x197x768xf32>
    %3238 = stablehlo.transpose %3237, dims = [1, 0, 2] : (tensor<?x197x768xf32>) -> tensor<197x?x768xf32>
    %3239 = stablehlo.convert %arg1 : tensor<i64>
    %3240 = stablehlo.multiply %3239, %c_18 : tensor<i64>
    %3241 = stablehlo.convert %3240 : tensor<i64>
    %3242 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %3243 = "stablehlo.case"(%3242) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3244 = "stablehlo.case"(%3243) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3245 = "stablehlo.case"(%3244) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3246 = "stablehlo.case"(%3245) ({
      %3547 = stablehlo.compare GE, %3241, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %3241, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %3238, %arg140, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3552 : tensor<197x?x2304xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %3238, %3556 : (tensor<197x?x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg140, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<2304x768xf32>, tensor<?x768xf32>) -> tensor<2304x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<2304x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<2304x?xf32>) -> tensor<?x2304xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %c_17, %3562, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
        stablehlo.return %3564 : tensor<197x?x2304xf32>
      }) : (tensor<i32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3551 : tensor<197x?x2304xf32>
    }, {
      %3547 = stablehlo.dot_general %3238, %arg140, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x?x768xf32>, tensor<2304x768xf32>) -> tensor<197x?x2304xf32>
      stablehlo.return %3547 : tensor<197x?x2304xf32>
    }) : (tensor<i32>) -> tensor<197x?x2304xf32>
    %3247 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3248 = stablehlo.reshape %3247 : (tensor<i32>) -> tensor<1xi32>
    %3249 = stablehlo.concatenate %c_17, %3248, %c_11, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3250 = stablehlo.dynamic_broadcast_in_dim %arg141, %3249, dims = [2] : (tensor<2304xf32>, tensor<3xi32>) -> tensor<197x?x2304xf32>
    %3251 = stablehlo.add %3246, %3250 : tensor<197x?x2304xf32>
    %3252 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3253 = stablehlo.reshape %3252 : (tensor<i32>) -> tensor<1xi32>
    %3254 = stablehlo.concatenate %c_17, %3253, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3255 = stablehlo.dynamic_reshape %3251, %3254 : (tensor<197x?x2304xf32>, tensor<4xi32>) -> tensor<197x?x3x768xf32>
    %3256 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3257 = stablehlo.reshape %3256 : (tensor<i32>) -> tensor<1xi32>
    %3258 = stablehlo.concatenate %c_19, %c_17, %3257, %c_10, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<5xi32>
    %3259 = stablehlo.dynamic_broadcast_in_dim %3255, %3258, dims = [1, 2, 3, 4] : (tensor<197x?x3x768xf32>, tensor<5xi32>) -> tensor<1x197x?x3x768xf32>
    %3260 = stablehlo.transpose %3259, dims = [3, 1, 2, 0, 4] : (tensor<1x197x?x3x768xf32>) -> tensor<3x197x?x1x768xf32>
    %3261 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3262 = stablehlo.reshape %3261 : (tensor<i32>) -> tensor<1xi32>
    %3263 = stablehlo.concatenate %c_10, %c_17, %3262, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3264 = stablehlo.dynamic_reshape %3260, %3263 : (tensor<3x197x?x1x768xf32>, tensor<4xi32>) -> tensor<3x197x?x768xf32>
    %3265 = stablehlo.concatenate %c_9, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3266 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3267 = stablehlo.reshape %3266 : (tensor<i32>) -> tensor<1xi32>
    %3268 = stablehlo.concatenate %c_19, %c_17, %3267, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3269 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3270 = stablehlo.real_dynamic_slice %3264, %3265, %3268, %3269 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %3271 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3272 = stablehlo.reshape %3271 : (tensor<i32>) -> tensor<1xi32>
    %3273 = stablehlo.concatenate %c_17, %3272, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3274 = stablehlo.dynamic_reshape %3270, %3273 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %3275 = stablehlo.concatenate %c_19, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3276 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3277 = stablehlo.reshape %3276 : (tensor<i32>) -> tensor<1xi32>
    %3278 = stablehlo.concatenate %c_8, %c_17, %3277, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3279 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3280 = stablehlo.real_dynamic_slice %3264, %3275, %3278, %3279 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %3281 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3282 = stablehlo.reshape %3281 : (tensor<i32>) -> tensor<1xi32>
    %3283 = stablehlo.concatenate %c_17, %3282, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3284 = stablehlo.dynamic_reshape %3280, %3283 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %3285 = stablehlo.concatenate %c_8, %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3286 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3287 = stablehlo.reshape %3286 : (tensor<i32>) -> tensor<1xi32>
    %3288 = stablehlo.concatenate %c_10, %c_17, %3287, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3289 = stablehlo.concatenate %c_19, %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3290 = stablehlo.real_dynamic_slice %3264, %3285, %3288, %3289 : (tensor<3x197x?x768xf32>, tensor<4xi32>, tensor<4xi32>, tensor<4xi32>) -> tensor<1x197x?x768xf32>
    %3291 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3292 = stablehlo.reshape %3291 : (tensor<i32>) -> tensor<1xi32>
    %3293 = stablehlo.concatenate %c_17, %3292, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3294 = stablehlo.dynamic_reshape %3290, %3293 : (tensor<1x197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %3295 = stablehlo.convert %arg1 : tensor<i64>
    %3296 = stablehlo.multiply %3295, %c_7 : tensor<i64>
    %3297 = stablehlo.convert %3296 : (tensor<i64>) -> tensor<i32>
    %3298 = stablehlo.reshape %3297 : (tensor<i32>) -> tensor<1xi32>
    %3299 = stablehlo.concatenate %c_17, %3298, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3300 = stablehlo.dynamic_reshape %3274, %3299 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %3301 = stablehlo.transpose %3300, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %3302 = stablehlo.convert %arg1 : tensor<i64>
    %3303 = stablehlo.multiply %3302, %c_7 : tensor<i64>
    %3304 = stablehlo.convert %3303 : (tensor<i64>) -> tensor<i32>
    %3305 = stablehlo.reshape %3304 : (tensor<i32>) -> tensor<1xi32>
    %3306 = stablehlo.concatenate %c_17, %3305, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3307 = stablehlo.dynamic_reshape %3284, %3306 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %3308 = stablehlo.transpose %3307, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %3309 = stablehlo.convert %arg1 : tensor<i64>
    %3310 = stablehlo.multiply %3309, %c_7 : tensor<i64>
    %3311 = stablehlo.convert %3310 : (tensor<i64>) -> tensor<i32>
    %3312 = stablehlo.reshape %3311 : (tensor<i32>) -> tensor<1xi32>
    %3313 = stablehlo.concatenate %c_17, %3312, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3314 = stablehlo.dynamic_reshape %3294, %3313 : (tensor<197x?x768xf32>, tensor<3xi32>) -> tensor<197x?x64xf32>
    %3315 = stablehlo.transpose %3314, dims = [1, 0, 2] : (tensor<197x?x64xf32>) -> tensor<?x197x64xf32>
    %3316 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3317 = stablehlo.reshape %3316 : (tensor<i32>) -> tensor<1xi32>
    %3318 = stablehlo.concatenate %3317, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3319 = stablehlo.dynamic_reshape %3301, %3318 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %3320 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3321 = stablehlo.reshape %3320 : (tensor<i32>) -> tensor<1xi32>
    %3322 = stablehlo.concatenate %3321, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3323 = stablehlo.dynamic_reshape %3308, %3322 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %3324 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3325 = stablehlo.reshape %3324 : (tensor<i32>) -> tensor<1xi32>
    %3326 = stablehlo.concatenate %3325, %c_5, %c_17, %c_6, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3327 = stablehlo.dynamic_reshape %3315, %3326 : (tensor<?x197x64xf32>, tensor<4xi32>) -> tensor<?x12x197x64xf32>
    %3328 = stablehlo.dot_general %3319, %3323, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x64xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x197xf32>
    %3329 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3330 = stablehlo.reshape %3329 : (tensor<i32>) -> tensor<1xi32>
    %3331 = stablehlo.concatenate %3330, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3332 = stablehlo.dynamic_broadcast_in_dim %cst_4, %3331, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %3333 = stablehlo.multiply %3328, %3332 : tensor<?x12x197x197xf32>
    %3334 = stablehlo.reduce(%3333 init: %cst_3) applies stablehlo.maximum across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %3335 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3336 = stablehlo.reshape %3335 : (tensor<i32>) -> tensor<1xi32>
    %3337 = stablehlo.concatenate %3336, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3338 = stablehlo.dynamic_broadcast_in_dim %3334, %3337, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %3339 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3340 = stablehlo.reshape %3339 : (tensor<i32>) -> tensor<1xi32>
    %3341 = stablehlo.concatenate %3340, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3342 = stablehlo.dynamic_broadcast_in_dim %3338, %3341, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %3343 = stablehlo.subtract %3333, %3342 : tensor<?x12x197x197xf32>
    %3344 = stablehlo.exponential %3343 : tensor<?x12x197x197xf32>
    %3345 = stablehlo.reduce(%3344 init: %cst_16) applies stablehlo.add across dimensions = [3] : (tensor<?x12x197x197xf32>, tensor<f32>) -> tensor<?x12x197xf32>
    %3346 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3347 = stablehlo.reshape %3346 : (tensor<i32>) -> tensor<1xi32>
    %3348 = stablehlo.concatenate %3347, %c_5, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3349 = stablehlo.dynamic_broadcast_in_dim %3345, %3348, dims = [0, 1, 2] : (tensor<?x12x197xf32>, tensor<4xi32>) -> tensor<?x12x197x1xf32>
    %3350 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3351 = stablehlo.reshape %3350 : (tensor<i32>) -> tensor<1xi32>
    %3352 = stablehlo.concatenate %3351, %c_5, %c_17, %c_17, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %3353 = stablehlo.dynamic_broadcast_in_dim %3349, %3352, dims = [0, 1, 2, 3] : (tensor<?x12x197x1xf32>, tensor<4xi32>) -> tensor<?x12x197x197xf32>
    %3354 = stablehlo.divide %3344, %3353 : tensor<?x12x197x197xf32>
    %3355 = stablehlo.dot_general %3354, %3327, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<?x12x197x197xf32>, tensor<?x12x197x64xf32>) -> tensor<?x12x197x64xf32>
    %3356 = stablehlo.transpose %3355, dims = [2, 0, 1, 3] : (tensor<?x12x197x64xf32>) -> tensor<197x?x12x64xf32>
    %3357 = stablehlo.convert %arg1 : tensor<i64>
    %3358 = stablehlo.multiply %3357, %c_18 : tensor<i64>
    %3359 = stablehlo.convert %3358 : (tensor<i64>) -> tensor<i32>
    %3360 = stablehlo.reshape %3359 : (tensor<i32>) -> tensor<1xi32>
    %3361 = stablehlo.concatenate %3360, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %3362 = stablehlo.dynamic_reshape %3356, %3361 : (tensor<197x?x12x64xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %3363 = stablehlo.convert %arg1 : tensor<i64>
    %3364 = stablehlo.multiply %3363, %c_18 : tensor<i64>
    %3365 = stablehlo.convert %3364 : tensor<i64>
    %3366 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %3367 = "stablehlo.case"(%3366) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3368 = "stablehlo.case"(%3367) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3369 = "stablehlo.case"(%3368) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3370 = "stablehlo.case"(%3369) ({
      %3547 = stablehlo.compare GE, %3365, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %3365, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %3362, %arg142, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
        stablehlo.return %3552 : tensor<?x768xf32>
      }, {
        %3552 = stablehlo.dot_general %arg142, %3362, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x768xf32>, tensor<?x768xf32>) -> tensor<768x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<768x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        stablehlo.return %3554 : tensor<?x768xf32>
      }) : (tensor<i32>) -> tensor<?x768xf32>
      stablehlo.return %3551 : tensor<?x768xf32>
    }, {
      %3547 = stablehlo.dot_general %3362, %arg142, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<768x768xf32>) -> tensor<?x768xf32>
      stablehlo.return %3547 : tensor<?x768xf32>
    }) : (tensor<i32>) -> tensor<?x768xf32>
    %3371 = stablehlo.convert %arg1 : tensor<i64>
    %3372 = stablehlo.multiply %3371, %c_18 : tensor<i64>
    %3373 = stablehlo.convert %3372 : (tensor<i64>) -> tensor<i32>
    %3374 = stablehlo.reshape %3373 : (tensor<i32>) -> tensor<1xi32>
    %3375 = stablehlo.concatenate %3374, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %3376 = stablehlo.dynamic_broadcast_in_dim %arg143, %3375, dims = [1] : (tensor<768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %3377 = stablehlo.add %3370, %3376 : tensor<?x768xf32>
    %3378 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3379 = stablehlo.reshape %3378 : (tensor<i32>) -> tensor<1xi32>
    %3380 = stablehlo.concatenate %c_17, %3379, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3381 = stablehlo.dynamic_reshape %3377, %3380 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<197x?x768xf32>
    %3382 = stablehlo.transpose %3381, dims = [1, 0, 2] : (tensor<197x?x768xf32>) -> tensor<?x197x768xf32>
    %3383 = stablehlo.add %3382, %3188 : tensor<?x197x768xf32>
    %3384 = stablehlo.reduce(%3383 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %3385 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3386 = stablehlo.reshape %3385 : (tensor<i32>) -> tensor<1xi32>
    %3387 = stablehlo.concatenate %3386, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3388 = stablehlo.dynamic_broadcast_in_dim %3384, %3387, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3389 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3390 = stablehlo.reshape %3389 : (tensor<i32>) -> tensor<1xi32>
    %3391 = stablehlo.concatenate %3390, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3392 = stablehlo.dynamic_broadcast_in_dim %cst_15, %3391, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3393 = stablehlo.divide %3388, %3392 : tensor<?x197x1xf32>
    %3394 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3395 = stablehlo.reshape %3394 : (tensor<i32>) -> tensor<1xi32>
    %3396 = stablehlo.concatenate %3395, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3397 = stablehlo.dynamic_broadcast_in_dim %3393, %3396, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3398 = stablehlo.subtract %3383, %3397 : tensor<?x197x768xf32>
    %3399 = stablehlo.multiply %3398, %3398 : tensor<?x197x768xf32>
    %3400 = stablehlo.reduce(%3399 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %3401 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3402 = stablehlo.reshape %3401 : (tensor<i32>) -> tensor<1xi32>
    %3403 = stablehlo.concatenate %3402, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3404 = stablehlo.dynamic_broadcast_in_dim %3400, %3403, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3405 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3406 = stablehlo.reshape %3405 : (tensor<i32>) -> tensor<1xi32>
    %3407 = stablehlo.concatenate %3406, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3408 = stablehlo.dynamic_broadcast_in_dim %cst_15, %3407, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3409 = stablehlo.divide %3404, %3408 : tensor<?x197x1xf32>
    %3410 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3411 = stablehlo.reshape %3410 : (tensor<i32>) -> tensor<1xi32>
    %3412 = stablehlo.concatenate %3411, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3413 = stablehlo.dynamic_broadcast_in_dim %cst_14, %3412, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3414 = stablehlo.add %3409, %3413 : tensor<?x197x1xf32>
    %3415 = stablehlo.rsqrt %3414 : tensor<?x197x1xf32>
    %3416 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3417 = stablehlo.reshape %3416 : (tensor<i32>) -> tensor<1xi32>
    %3418 = stablehlo.concatenate %3417, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3419 = stablehlo.dynamic_broadcast_in_dim %3415, %3418, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3420 = stablehlo.multiply %3398, %3419 : tensor<?x197x768xf32>
    %3421 = stablehlo.broadcast_in_dim %arg144, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3422 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3423 = stablehlo.reshape %3422 : (tensor<i32>) -> tensor<1xi32>
    %3424 = stablehlo.concatenate %3423, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3425 = stablehlo.dynamic_broadcast_in_dim %3421, %3424, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3426 = stablehlo.multiply %3420, %3425 : tensor<?x197x768xf32>
    %3427 = stablehlo.broadcast_in_dim %arg145, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3428 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3429 = stablehlo.reshape %3428 : (tensor<i32>) -> tensor<1xi32>
    %3430 = stablehlo.concatenate %3429, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3431 = stablehlo.dynamic_broadcast_in_dim %3427, %3430, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3432 = stablehlo.add %3426, %3431 : tensor<?x197x768xf32>
    %3433 = stablehlo.convert %arg1 : tensor<i64>
    %3434 = stablehlo.multiply %3433, %c_18 : tensor<i64>
    %3435 = stablehlo.convert %3434 : tensor<i64>
    %3436 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %3437 = "stablehlo.case"(%3436) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3438 = "stablehlo.case"(%3437) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3439 = "stablehlo.case"(%3438) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3440 = "stablehlo.case"(%3439) ({
      %3547 = stablehlo.compare GE, %3435, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %3435, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %3432, %arg146, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3552 : tensor<?x197x3072xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %3432, %3556 : (tensor<?x197x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
        %3558 = stablehlo.dot_general %arg146, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<3072x768xf32>, tensor<?x768xf32>) -> tensor<3072x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<3072x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<3072x?xf32>) -> tensor<?x3072xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
        stablehlo.return %3564 : tensor<?x197x3072xf32>
      }) : (tensor<i32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3551 : tensor<?x197x3072xf32>
    }, {
      %3547 = stablehlo.dot_general %3432, %arg146, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x768xf32>, tensor<3072x768xf32>) -> tensor<?x197x3072xf32>
      stablehlo.return %3547 : tensor<?x197x3072xf32>
    }) : (tensor<i32>) -> tensor<?x197x3072xf32>
    %3441 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3442 = stablehlo.reshape %3441 : (tensor<i32>) -> tensor<1xi32>
    %3443 = stablehlo.concatenate %3442, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3444 = stablehlo.dynamic_broadcast_in_dim %arg147, %3443, dims = [2] : (tensor<3072xf32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %3445 = stablehlo.add %3440, %3444 : tensor<?x197x3072xf32>
    %3446 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3447 = stablehlo.reshape %3446 : (tensor<i32>) -> tensor<1xi32>
    %3448 = stablehlo.concatenate %3447, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3449 = stablehlo.dynamic_broadcast_in_dim %cst_1, %3448, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %3450 = stablehlo.multiply %3445, %3449 : tensor<?x197x3072xf32>
    %3451 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3452 = stablehlo.reshape %3451 : (tensor<i32>) -> tensor<1xi32>
    %3453 = stablehlo.concatenate %3452, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3454 = stablehlo.dynamic_broadcast_in_dim %cst_0, %3453, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %3455 = stablehlo.multiply %3445, %3454 : tensor<?x197x3072xf32>
    %3456 = stablehlo.composite "chlo.erf" %3455 {decomposition = @chlo.erf.impl_10, version = 1 : i32} : (tensor<?x197x3072xf32>) -> tensor<?x197x3072xf32>
    %3457 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3458 = stablehlo.reshape %3457 : (tensor<i32>) -> tensor<1xi32>
    %3459 = stablehlo.concatenate %3458, %c_17, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3460 = stablehlo.dynamic_broadcast_in_dim %cst, %3459, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x3072xf32>
    %3461 = stablehlo.add %3460, %3456 : tensor<?x197x3072xf32>
    %3462 = stablehlo.multiply %3450, %3461 : tensor<?x197x3072xf32>
    %3463 = stablehlo.convert %arg1 : tensor<i64>
    %3464 = stablehlo.multiply %3463, %c_18 : tensor<i64>
    %3465 = stablehlo.convert %3464 : tensor<i64>
    %3466 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %3467 = "stablehlo.case"(%3466) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3468 = "stablehlo.case"(%3467) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3469 = "stablehlo.case"(%3468) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3470 = "stablehlo.case"(%3469) ({
      %3547 = stablehlo.compare GE, %3465, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %3465, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %3462, %arg148, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
        stablehlo.return %3552 : tensor<?x197x768xf32>
      }, {
        %3552 = stablehlo.convert %arg1 : tensor<i64>
        %3553 = stablehlo.multiply %3552, %c_18 : tensor<i64>
        %3554 = stablehlo.convert %3553 : (tensor<i64>) -> tensor<i32>
        %3555 = stablehlo.reshape %3554 : (tensor<i32>) -> tensor<1xi32>
        %3556 = stablehlo.concatenate %3555, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
        %3557 = stablehlo.dynamic_reshape %3462, %3556 : (tensor<?x197x3072xf32>, tensor<2xi32>) -> tensor<?x3072xf32>
        %3558 = stablehlo.dot_general %arg148, %3557, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<768x3072xf32>, tensor<?x3072xf32>) -> tensor<768x?xf32>
        %3559 = stablehlo.optimization_barrier %3558 : tensor<768x?xf32>
        %3560 = stablehlo.transpose %3559, dims = [1, 0] : (tensor<768x?xf32>) -> tensor<?x768xf32>
        %3561 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
        %3562 = stablehlo.reshape %3561 : (tensor<i32>) -> tensor<1xi32>
        %3563 = stablehlo.concatenate %3562, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
        %3564 = stablehlo.dynamic_reshape %3560, %3563 : (tensor<?x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
        stablehlo.return %3564 : tensor<?x197x768xf32>
      }) : (tensor<i32>) -> tensor<?x197x768xf32>
      stablehlo.return %3551 : tensor<?x197x768xf32>
    }, {
      %3547 = stablehlo.dot_general %3462, %arg148, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x197x3072xf32>, tensor<768x3072xf32>) -> tensor<?x197x768xf32>
      stablehlo.return %3547 : tensor<?x197x768xf32>
    }) : (tensor<i32>) -> tensor<?x197x768xf32>
    %3471 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3472 = stablehlo.reshape %3471 : (tensor<i32>) -> tensor<1xi32>
    %3473 = stablehlo.concatenate %3472, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3474 = stablehlo.dynamic_broadcast_in_dim %arg149, %3473, dims = [2] : (tensor<768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3475 = stablehlo.add %3470, %3474 : tensor<?x197x768xf32>
    %3476 = stablehlo.add %3383, %3475 : tensor<?x197x768xf32>
    %3477 = stablehlo.reduce(%3476 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %3478 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3479 = stablehlo.reshape %3478 : (tensor<i32>) -> tensor<1xi32>
    %3480 = stablehlo.concatenate %3479, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3481 = stablehlo.dynamic_broadcast_in_dim %3477, %3480, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3482 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3483 = stablehlo.reshape %3482 : (tensor<i32>) -> tensor<1xi32>
    %3484 = stablehlo.concatenate %3483, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3485 = stablehlo.dynamic_broadcast_in_dim %cst_15, %3484, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3486 = stablehlo.divide %3481, %3485 : tensor<?x197x1xf32>
    %3487 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3488 = stablehlo.reshape %3487 : (tensor<i32>) -> tensor<1xi32>
    %3489 = stablehlo.concatenate %3488, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3490 = stablehlo.dynamic_broadcast_in_dim %3486, %3489, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3491 = stablehlo.subtract %3476, %3490 : tensor<?x197x768xf32>
    %3492 = stablehlo.multiply %3491, %3491 : tensor<?x197x768xf32>
    %3493 = stablehlo.reduce(%3492 init: %cst_16) applies stablehlo.add across dimensions = [2] : (tensor<?x197x768xf32>, tensor<f32>) -> tensor<?x197xf32>
    %3494 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3495 = stablehlo.reshape %3494 : (tensor<i32>) -> tensor<1xi32>
    %3496 = stablehlo.concatenate %3495, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3497 = stablehlo.dynamic_broadcast_in_dim %3493, %3496, dims = [0, 1] : (tensor<?x197xf32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3498 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3499 = stablehlo.reshape %3498 : (tensor<i32>) -> tensor<1xi32>
    %3500 = stablehlo.concatenate %3499, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3501 = stablehlo.dynamic_broadcast_in_dim %cst_15, %3500, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3502 = stablehlo.divide %3497, %3501 : tensor<?x197x1xf32>
    %3503 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3504 = stablehlo.reshape %3503 : (tensor<i32>) -> tensor<1xi32>
    %3505 = stablehlo.concatenate %3504, %c_17, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3506 = stablehlo.dynamic_broadcast_in_dim %cst_14, %3505, dims = [] : (tensor<f32>, tensor<3xi32>) -> tensor<?x197x1xf32>
    %3507 = stablehlo.add %3502, %3506 : tensor<?x197x1xf32>
    %3508 = stablehlo.rsqrt %3507 : tensor<?x197x1xf32>
    %3509 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3510 = stablehlo.reshape %3509 : (tensor<i32>) -> tensor<1xi32>
    %3511 = stablehlo.concatenate %3510, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3512 = stablehlo.dynamic_broadcast_in_dim %3508, %3511, dims = [0, 1, 2] : (tensor<?x197x1xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3513 = stablehlo.multiply %3491, %3512 : tensor<?x197x768xf32>
    %3514 = stablehlo.broadcast_in_dim %arg150, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3515 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3516 = stablehlo.reshape %3515 : (tensor<i32>) -> tensor<1xi32>
    %3517 = stablehlo.concatenate %3516, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3518 = stablehlo.dynamic_broadcast_in_dim %3514, %3517, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3519 = stablehlo.multiply %3513, %3518 : tensor<?x197x768xf32>
    %3520 = stablehlo.broadcast_in_dim %arg151, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %3521 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3522 = stablehlo.reshape %3521 : (tensor<i32>) -> tensor<1xi32>
    %3523 = stablehlo.concatenate %3522, %c_17, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3524 = stablehlo.dynamic_broadcast_in_dim %3520, %3523, dims = [0, 1, 2] : (tensor<1x1x768xf32>, tensor<3xi32>) -> tensor<?x197x768xf32>
    %3525 = stablehlo.add %3519, %3524 : tensor<?x197x768xf32>
    %3526 = stablehlo.concatenate %c_9, %c_9, %c_9, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3527 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3528 = stablehlo.reshape %3527 : (tensor<i32>) -> tensor<1xi32>
    %3529 = stablehlo.concatenate %3528, %c_19, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3530 = stablehlo.concatenate %c_19, %c_19, %c_19, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<3xi32>
    %3531 = stablehlo.real_dynamic_slice %3525, %3526, %3529, %3530 : (tensor<?x197x768xf32>, tensor<3xi32>, tensor<3xi32>, tensor<3xi32>) -> tensor<?x1x768xf32>
    %3532 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3533 = stablehlo.reshape %3532 : (tensor<i32>) -> tensor<1xi32>
    %3534 = stablehlo.concatenate %3533, %c_22, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %3535 = stablehlo.dynamic_reshape %3531, %3534 : (tensor<?x1x768xf32>, tensor<2xi32>) -> tensor<?x768xf32>
    %3536 = stablehlo.convert %arg1 : tensor<i64>
    %3537 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %3538 = "stablehlo.case"(%3537) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3539 = "stablehlo.case"(%3538) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3540 = "stablehlo.case"(%3539) ({
      stablehlo.return %c_24 : tensor<i32>
    }, {
      stablehlo.return %c_23 : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %3541 = "stablehlo.case"(%3540) ({
      %3547 = stablehlo.compare GE, %3536, %c_13, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3548 = stablehlo.compare LE, %3536, %c_12, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
      %3549 = stablehlo.and %3547, %3548 : tensor<i1>
      %3550 = stablehlo.convert %3549 : (tensor<i1>) -> tensor<i32>
      %3551 = "stablehlo.case"(%3550) ({
        %3552 = stablehlo.dot_general %3535, %arg152, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<1000x768xf32>) -> tensor<?x1000xf32>
        stablehlo.return %3552 : tensor<?x1000xf32>
      }, {
        %3552 = stablehlo.dot_general %arg152, %3535, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1000x768xf32>, tensor<?x768xf32>) -> tensor<1000x?xf32>
        %3553 = stablehlo.optimization_barrier %3552 : tensor<1000x?xf32>
        %3554 = stablehlo.transpose %3553, dims = [1, 0] : (tensor<1000x?xf32>) -> tensor<?x1000xf32>
        stablehlo.return %3554 : tensor<?x1000xf32>
      }) : (tensor<i32>) -> tensor<?x1000xf32>
      stablehlo.return %3551 : tensor<?x1000xf32>
    }, {
      %3547 = stablehlo.dot_general %3535, %arg152, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x768xf32>, tensor<1000x768xf32>) -> tensor<?x1000xf32>
      stablehlo.return %3547 : tensor<?x1000xf32>
    }) : (tensor<i32>) -> tensor<?x1000xf32>
    %3542 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %3543 = stablehlo.reshape %3542 : (tensor<i32>) -> tensor<1xi32>
    %3544 = stablehlo.concatenate %3543, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %3545 = stablehlo.dynamic_broadcast_in_dim %arg153, %3544, dims = [1] : (tensor<1000xf32>, tensor<2xi32>) -> tensor<?x1000xf32>
    %3546 = stablehlo.add %3541, %3545 : tensor<?x1000xf32>
    return %3546 : tensor<?x1000xf32>
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
