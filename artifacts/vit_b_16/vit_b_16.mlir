module @VisionTransformer attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22x\22,\22shape\22:[1,3,224,224]}],\22model\22:\22VisionTransformer\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22kind\22:\22leaf\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22output\22,\22shape\22:[1,1000]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{},\22weights\22:{\22file\22:\22vit_b_16.safetensors\22,\22inline\22:false,\22sha256\22:\226f153ded5225b113b252f0044829114f99fc20d398e225d8926ed6dc5ad44342\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22class_token\22,\22role\22:\22parameter\22,\22shape\22:[1,1,768]},{\22dtype\22:\22float32\22,\22name\22:\22conv_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3,16,16]},{\22dtype\22:\22float32\22,\22name\22:\22conv_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.pos_embedding\22,\22role\22:\22parameter\22,\22shape\22:[1,197,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_0.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_1.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_2.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_3.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_4.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_5.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_6.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_7.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_8.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_9.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_10.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.ln_1.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.ln_1.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.self_attention.in_proj_weight\22,\22role\22:\22parameter\22,\22shape\22:[2304,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.self_attention.in_proj_bias\22,\22role\22:\22parameter\22,\22shape\22:[2304]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.self_attention.out_proj.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.self_attention.out_proj.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.ln_2.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.ln_2.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.mlp.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[3072,768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.mlp.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.mlp.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[768,3072]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.layers.encoder_layer_11.mlp.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.ln.weight\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22encoder.ln.bias\22,\22role\22:\22parameter\22,\22shape\22:[768]},{\22dtype\22:\22float32\22,\22name\22:\22heads.head.weight\22,\22role\22:\22parameter\22,\22shape\22:[1000,768]},{\22dtype\22:\22float32\22,\22name\22:\22heads.head.bias\22,\22role\22:\22parameter\22,\22shape\22:[1000]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<1x1x768xf32> {torchtpu.name = "class_token"}, %arg2: tensor<768x3x16x16xf32> {torchtpu.name = "conv_proj.weight"}, %arg3: tensor<768xf32> {torchtpu.name = "conv_proj.bias"}, %arg4: tensor<1x197x768xf32> {torchtpu.name = "encoder.pos_embedding"}, %arg5: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.ln_1.weight"}, %arg6: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.ln_1.bias"}, %arg7: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.self_attention.in_proj_weight"}, %arg8: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.self_attention.in_proj_bias"}, %arg9: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.self_attention.out_proj.weight"}, %arg10: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.self_attention.out_proj.bias"}, %arg11: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.ln_2.weight"}, %arg12: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.ln_2.bias"}, %arg13: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.mlp.0.weight"}, %arg14: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.mlp.0.bias"}, %arg15: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.mlp.3.weight"}, %arg16: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_0.mlp.3.bias"}, %arg17: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.ln_1.weight"}, %arg18: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.ln_1.bias"}, %arg19: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.self_attention.in_proj_weight"}, %arg20: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.self_attention.in_proj_bias"}, %arg21: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.self_attention.out_proj.weight"}, %arg22: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.self_attention.out_proj.bias"}, %arg23: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.ln_2.weight"}, %arg24: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.ln_2.bias"}, %arg25: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.mlp.0.weight"}, %arg26: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.mlp.0.bias"}, %arg27: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.mlp.3.weight"}, %arg28: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_1.mlp.3.bias"}, %arg29: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.ln_1.weight"}, %arg30: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.ln_1.bias"}, %arg31: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.self_attention.in_proj_weight"}, %arg32: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.self_attention.in_proj_bias"}, %arg33: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.self_attention.out_proj.weight"}, %arg34: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.self_attention.out_proj.bias"}, %arg35: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.ln_2.weight"}, %arg36: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.ln_2.bias"}, %arg37: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.mlp.0.weight"}, %arg38: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.mlp.0.bias"}, %arg39: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.mlp.3.weight"}, %arg40: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_2.mlp.3.bias"}, %arg41: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.ln_1.weight"}, %arg42: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.ln_1.bias"}, %arg43: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.self_attention.in_proj_weight"}, %arg44: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.self_attention.in_proj_bias"}, %arg45: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.self_attention.out_proj.weight"}, %arg46: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.self_attention.out_proj.bias"}, %arg47: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.ln_2.weight"}, %arg48: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.ln_2.bias"}, %arg49: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.mlp.0.weight"}, %arg50: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.mlp.0.bias"}, %arg51: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.mlp.3.weight"}, %arg52: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_3.mlp.3.bias"}, %arg53: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.ln_1.weight"}, %arg54: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.ln_1.bias"}, %arg55: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.self_attention.in_proj_weight"}, %arg56: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.self_attention.in_proj_bias"}, %arg57: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.self_attention.out_proj.weight"}, %arg58: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.self_attention.out_proj.bias"}, %arg59: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.ln_2.weight"}, %arg60: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.ln_2.bias"}, %arg61: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.mlp.0.weight"}, %arg62: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.mlp.0.bias"}, %arg63: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.mlp.3.weight"}, %arg64: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_4.mlp.3.bias"}, %arg65: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.ln_1.weight"}, %arg66: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.ln_1.bias"}, %arg67: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.self_attention.in_proj_weight"}, %arg68: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.self_attention.in_proj_bias"}, %arg69: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.self_attention.out_proj.weight"}, %arg70: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.self_attention.out_proj.bias"}, %arg71: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.ln_2.weight"}, %arg72: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.ln_2.bias"}, %arg73: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.mlp.0.weight"}, %arg74: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.mlp.0.bias"}, %arg75: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.mlp.3.weight"}, %arg76: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_5.mlp.3.bias"}, %arg77: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.ln_1.weight"}, %arg78: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.ln_1.bias"}, %arg79: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.self_attention.in_proj_weight"}, %arg80: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.self_attention.in_proj_bias"}, %arg81: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.self_attention.out_proj.weight"}, %arg82: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.self_attention.out_proj.bias"}, %arg83: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.ln_2.weight"}, %arg84: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.ln_2.bias"}, %arg85: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.mlp.0.weight"}, %arg86: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.mlp.0.bias"}, %arg87: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.mlp.3.weight"}, %arg88: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_6.mlp.3.bias"}, %arg89: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.ln_1.weight"}, %arg90: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.ln_1.bias"}, %arg91: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.self_attention.in_proj_weight"}, %arg92: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.self_attention.in_proj_bias"}, %arg93: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.self_attention.out_proj.weight"}, %arg94: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.self_attention.out_proj.bias"}, %arg95: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.ln_2.weight"}, %arg96: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.ln_2.bias"}, %arg97: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.mlp.0.weight"}, %arg98: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.mlp.0.bias"}, %arg99: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.mlp.3.weight"}, %arg100: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_7.mlp.3.bias"}, %arg101: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.ln_1.weight"}, %arg102: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.ln_1.bias"}, %arg103: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.self_attention.in_proj_weight"}, %arg104: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.self_attention.in_proj_bias"}, %arg105: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.self_attention.out_proj.weight"}, %arg106: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.self_attention.out_proj.bias"}, %arg107: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.ln_2.weight"}, %arg108: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.ln_2.bias"}, %arg109: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.mlp.0.weight"}, %arg110: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.mlp.0.bias"}, %arg111: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.mlp.3.weight"}, %arg112: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_8.mlp.3.bias"}, %arg113: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.ln_1.weight"}, %arg114: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.ln_1.bias"}, %arg115: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.self_attention.in_proj_weight"}, %arg116: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.self_attention.in_proj_bias"}, %arg117: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.self_attention.out_proj.weight"}, %arg118: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.self_attention.out_proj.bias"}, %arg119: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.ln_2.weight"}, %arg120: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.ln_2.bias"}, %arg121: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.mlp.0.weight"}, %arg122: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.mlp.0.bias"}, %arg123: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.mlp.3.weight"}, %arg124: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_9.mlp.3.bias"}, %arg125: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.ln_1.weight"}, %arg126: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.ln_1.bias"}, %arg127: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.self_attention.in_proj_weight"}, %arg128: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.self_attention.in_proj_bias"}, %arg129: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.self_attention.out_proj.weight"}, %arg130: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.self_attention.out_proj.bias"}, %arg131: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.ln_2.weight"}, %arg132: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.ln_2.bias"}, %arg133: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.mlp.0.weight"}, %arg134: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.mlp.0.bias"}, %arg135: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.mlp.3.weight"}, %arg136: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_10.mlp.3.bias"}, %arg137: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.ln_1.weight"}, %arg138: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.ln_1.bias"}, %arg139: tensor<2304x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.self_attention.in_proj_weight"}, %arg140: tensor<2304xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.self_attention.in_proj_bias"}, %arg141: tensor<768x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.self_attention.out_proj.weight"}, %arg142: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.self_attention.out_proj.bias"}, %arg143: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.ln_2.weight"}, %arg144: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.ln_2.bias"}, %arg145: tensor<3072x768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.mlp.0.weight"}, %arg146: tensor<3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.mlp.0.bias"}, %arg147: tensor<768x3072xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.mlp.3.weight"}, %arg148: tensor<768xf32> {torchtpu.name = "encoder.layers.encoder_layer_11.mlp.3.bias"}, %arg149: tensor<768xf32> {torchtpu.name = "encoder.ln.weight"}, %arg150: tensor<768xf32> {torchtpu.name = "encoder.ln.bias"}, %arg151: tensor<1000x768xf32> {torchtpu.name = "heads.head.weight"}, %arg152: tensor<1000xf32> {torchtpu.name = "heads.head.bias"}, %arg153: tensor<1x3x224x224xf32> {torchtpu.name = "x"}) -> (tensor<1x1000xf32> {torchtpu.name = "output"}) {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0.707106769> : tensor<f32>
    %cst_1 = stablehlo.constant dense<5.000000e-01> : tensor<f32>
    %cst_2 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_3 = stablehlo.constant dense<1.250000e-01> : tensor<f32>
    %cst_4 = stablehlo.constant dense<9.99999997E-7> : tensor<f32>
    %cst_5 = stablehlo.constant dense<7.680000e+02> : tensor<f32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %0 = stablehlo.convolution(%arg153, %arg2) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [16, 16]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x3x224x224xf32>, tensor<768x3x16x16xf32>) -> tensor<1x768x14x14xf32>
    %1 = stablehlo.broadcast_in_dim %arg3, dims = [1] : (tensor<768xf32>) -> tensor<1x768x14x14xf32>
    %2 = stablehlo.add %0, %1 : tensor<1x768x14x14xf32>
    %3 = stablehlo.reshape %2 : (tensor<1x768x14x14xf32>) -> tensor<1x768x196xf32>
    %4 = stablehlo.transpose %3, dims = [0, 2, 1] : (tensor<1x768x196xf32>) -> tensor<1x196x768xf32>
    %5 = stablehlo.concatenate %arg1, %4, dim = 1 : (tensor<1x1x768xf32>, tensor<1x196x768xf32>) -> tensor<1x197x768xf32>
    %6 = stablehlo.add %5, %arg4 : tensor<1x197x768xf32>
    %7 = stablehlo.reduce(%6 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %8 = stablehlo.broadcast_in_dim %7, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %9 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %10 = stablehlo.divide %8, %9 : tensor<1x197x1xf32>
    %11 = stablehlo.broadcast_in_dim %10, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %12 = stablehlo.subtract %6, %11 : tensor<1x197x768xf32>
    %13 = stablehlo.multiply %12, %12 : tensor<1x197x768xf32>
    %14 = stablehlo.reduce(%13 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %15 = stablehlo.broadcast_in_dim %14, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %16 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %17 = stablehlo.divide %15, %16 : tensor<1x197x1xf32>
    %18 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %19 = stablehlo.add %17, %18 : tensor<1x197x1xf32>
    %20 = stablehlo.rsqrt %19 : tensor<1x197x1xf32>
    %21 = stablehlo.broadcast_in_dim %20, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %22 = stablehlo.multiply %12, %21 : tensor<1x197x768xf32>
    %23 = stablehlo.broadcast_in_dim %arg5, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %24 = stablehlo.broadcast_in_dim %23, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %25 = stablehlo.multiply %22, %24 : tensor<1x197x768xf32>
    %26 = stablehlo.broadcast_in_dim %arg6, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %27 = stablehlo.broadcast_in_dim %26, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %28 = stablehlo.add %25, %27 : tensor<1x197x768xf32>
    %29 = stablehlo.transpose %28, dims = [1, 0, 2] : (tensor<1x197x768xf32>) -> tensor<197x1x768xf32>
    %30 = stablehlo.dot_general %29, %arg7, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x1x768xf32>, tensor<2304x768xf32>) -> tensor<197x1x2304xf32>
    %31 = stablehlo.broadcast_in_dim %arg8, dims = [2] : (tensor<2304xf32>) -> tensor<197x1x2304xf32>
    %32 = stablehlo.add %30, %31 : tensor<197x1x2304xf32>
    %33 = stablehlo.reshape %32 : (tensor<197x1x2304xf32>) -> tensor<197x1x3x768xf32>
    %34 = stablehlo.broadcast_in_dim %33, dims = [1, 2, 3, 4] : (tensor<197x1x3x768xf32>) -> tensor<1x197x1x3x768xf32>
    %35 = stablehlo.transpose %34, dims = [3, 1, 2, 0, 4] : (tensor<1x197x1x3x768xf32>) -> tensor<3x197x1x1x768xf32>
    %36 = stablehlo.reshape %35 : (tensor<3x197x1x1x768xf32>) -> tensor<3x197x1x768xf32>
    %37 = stablehlo.slice %36 [0:1, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %38 = stablehlo.reshape %37 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %39 = stablehlo.slice %36 [1:2, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %41 = stablehlo.slice %36 [2:3, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %42 = stablehlo.reshape %41 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %43 = stablehlo.reshape %38 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %44 = stablehlo.transpose %43, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %45 = stablehlo.reshape %40 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %46 = stablehlo.transpose %45, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %47 = stablehlo.reshape %42 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %48 = stablehlo.transpose %47, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %49 = stablehlo.reshape %44 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %50 = stablehlo.reshape %46 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %51 = stablehlo.reshape %48 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %52 = stablehlo.dot_general %49, %50, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x64xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x197xf32>
    %53 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x12x197x197xf32>
    %54 = stablehlo.multiply %52, %53 : tensor<1x12x197x197xf32>
    %55 = stablehlo.reduce(%54 init: %cst_2) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %56 = stablehlo.broadcast_in_dim %55, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %58 = stablehlo.subtract %54, %57 : tensor<1x12x197x197xf32>
    %59 = stablehlo.exponential %58 : tensor<1x12x197x197xf32>
    %60 = stablehlo.reduce(%59 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %61 = stablehlo.broadcast_in_dim %60, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %62 = stablehlo.broadcast_in_dim %61, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %63 = stablehlo.divide %59, %62 : tensor<1x12x197x197xf32>
    %64 = stablehlo.dot_general %63, %51, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x197xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %65 = stablehlo.transpose %64, dims = [2, 0, 1, 3] : (tensor<1x12x197x64xf32>) -> tensor<197x1x12x64xf32>
    %66 = stablehlo.reshape %65 : (tensor<197x1x12x64xf32>) -> tensor<197x768xf32>
    %67 = stablehlo.dot_general %66, %arg9, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x768xf32>, tensor<768x768xf32>) -> tensor<197x768xf32>
    %68 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<768xf32>) -> tensor<197x768xf32>
    %69 = stablehlo.add %67, %68 : tensor<197x768xf32>
    %70 = stablehlo.reshape %69 : (tensor<197x768xf32>) -> tensor<197x1x768xf32>
    %71 = stablehlo.transpose %70, dims = [1, 0, 2] : (tensor<197x1x768xf32>) -> tensor<1x197x768xf32>
    %72 = stablehlo.add %71, %6 : tensor<1x197x768xf32>
    %73 = stablehlo.reduce(%72 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %74 = stablehlo.broadcast_in_dim %73, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %75 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %76 = stablehlo.divide %74, %75 : tensor<1x197x1xf32>
    %77 = stablehlo.broadcast_in_dim %76, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %78 = stablehlo.subtract %72, %77 : tensor<1x197x768xf32>
    %79 = stablehlo.multiply %78, %78 : tensor<1x197x768xf32>
    %80 = stablehlo.reduce(%79 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %81 = stablehlo.broadcast_in_dim %80, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %82 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %83 = stablehlo.divide %81, %82 : tensor<1x197x1xf32>
    %84 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %85 = stablehlo.add %83, %84 : tensor<1x197x1xf32>
    %86 = stablehlo.rsqrt %85 : tensor<1x197x1xf32>
    %87 = stablehlo.broadcast_in_dim %86, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %88 = stablehlo.multiply %78, %87 : tensor<1x197x768xf32>
    %89 = stablehlo.broadcast_in_dim %arg11, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %90 = stablehlo.broadcast_in_dim %89, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %91 = stablehlo.multiply %88, %90 : tensor<1x197x768xf32>
    %92 = stablehlo.broadcast_in_dim %arg12, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %93 = stablehlo.broadcast_in_dim %92, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %94 = stablehlo.add %91, %93 : tensor<1x197x768xf32>
    %95 = stablehlo.dot_general %94, %arg13, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x768xf32>, tensor<3072x768xf32>) -> tensor<1x197x3072xf32>
    %96 = stablehlo.broadcast_in_dim %arg14, dims = [2] : (tensor<3072xf32>) -> tensor<1x197x3072xf32>
    %97 = stablehlo.add %95, %96 : tensor<1x197x3072xf32>
    %98 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %99 = stablehlo.multiply %97, %98 : tensor<1x197x3072xf32>
    %100 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %101 = stablehlo.multiply %97, %100 : tensor<1x197x3072xf32>
    %102 = stablehlo.composite "chlo.erf" %101 {decomposition = @chlo.erf.impl, version = 1 : i32} : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %103 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %104 = stablehlo.add %103, %102 : tensor<1x197x3072xf32>
    %105 = stablehlo.multiply %99, %104 : tensor<1x197x3072xf32>
    %106 = stablehlo.dot_general %105, %arg15, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x3072xf32>, tensor<768x3072xf32>) -> tensor<1x197x768xf32>
    %107 = stablehlo.broadcast_in_dim %arg16, dims = [2] : (tensor<768xf32>) -> tensor<1x197x768xf32>
    %108 = stablehlo.add %106, %107 : tensor<1x197x768xf32>
    %109 = stablehlo.add %72, %108 : tensor<1x197x768xf32>
    %110 = stablehlo.reduce(%109 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %111 = stablehlo.broadcast_in_dim %110, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %112 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %113 = stablehlo.divide %111, %112 : tensor<1x197x1xf32>
    %114 = stablehlo.broadcast_in_dim %113, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %115 = stablehlo.subtract %109, %114 : tensor<1x197x768xf32>
    %116 = stablehlo.multiply %115, %115 : tensor<1x197x768xf32>
    %117 = stablehlo.reduce(%116 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %118 = stablehlo.broadcast_in_dim %117, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %119 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %120 = stablehlo.divide %118, %119 : tensor<1x197x1xf32>
    %121 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %122 = stablehlo.add %120, %121 : tensor<1x197x1xf32>
    %123 = stablehlo.rsqrt %122 : tensor<1x197x1xf32>
    %124 = stablehlo.broadcast_in_dim %123, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %125 = stablehlo.multiply %115, %124 : tensor<1x197x768xf32>
    %126 = stablehlo.broadcast_in_dim %arg17, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %127 = stablehlo.broadcast_in_dim %126, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %128 = stablehlo.multiply %125, %127 : tensor<1x197x768xf32>
    %129 = stablehlo.broadcast_in_dim %arg18, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %130 = stablehlo.broadcast_in_dim %129, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %131 = stablehlo.add %128, %130 : tensor<1x197x768xf32>
    %132 = stablehlo.transpose %131, dims = [1, 0, 2] : (tensor<1x197x768xf32>) -> tensor<197x1x768xf32>
    %133 = stablehlo.dot_general %132, %arg19, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x1x768xf32>, tensor<2304x768xf32>) -> tensor<197x1x2304xf32>
    %134 = stablehlo.broadcast_in_dim %arg20, dims = [2] : (tensor<2304xf32>) -> tensor<197x1x2304xf32>
    %135 = stablehlo.add %133, %134 : tensor<197x1x2304xf32>
    %136 = stablehlo.reshape %135 : (tensor<197x1x2304xf32>) -> tensor<197x1x3x768xf32>
    %137 = stablehlo.broadcast_in_dim %136, dims = [1, 2, 3, 4] : (tensor<197x1x3x768xf32>) -> tensor<1x197x1x3x768xf32>
    %138 = stablehlo.transpose %137, dims = [3, 1, 2, 0, 4] : (tensor<1x197x1x3x768xf32>) -> tensor<3x197x1x1x768xf32>
    %139 = stablehlo.reshape %138 : (tensor<3x197x1x1x768xf32>) -> tensor<3x197x1x768xf32>
    %140 = stablehlo.slice %139 [0:1, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %141 = stablehlo.reshape %140 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %142 = stablehlo.slice %139 [1:2, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %144 = stablehlo.slice %139 [2:3, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %146 = stablehlo.reshape %141 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %147 = stablehlo.transpose %146, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %148 = stablehlo.reshape %143 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %149 = stablehlo.transpose %148, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %150 = stablehlo.reshape %145 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %151 = stablehlo.transpose %150, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %152 = stablehlo.reshape %147 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %153 = stablehlo.reshape %149 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %154 = stablehlo.reshape %151 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %155 = stablehlo.dot_general %152, %153, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x64xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x197xf32>
    %156 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x12x197x197xf32>
    %157 = stablehlo.multiply %155, %156 : tensor<1x12x197x197xf32>
    %158 = stablehlo.reduce(%157 init: %cst_2) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %159 = stablehlo.broadcast_in_dim %158, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %160 = stablehlo.broadcast_in_dim %159, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %161 = stablehlo.subtract %157, %160 : tensor<1x12x197x197xf32>
    %162 = stablehlo.exponential %161 : tensor<1x12x197x197xf32>
    %163 = stablehlo.reduce(%162 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %164 = stablehlo.broadcast_in_dim %163, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %165 = stablehlo.broadcast_in_dim %164, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %166 = stablehlo.divide %162, %165 : tensor<1x12x197x197xf32>
    %167 = stablehlo.dot_general %166, %154, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x197xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %168 = stablehlo.transpose %167, dims = [2, 0, 1, 3] : (tensor<1x12x197x64xf32>) -> tensor<197x1x12x64xf32>
    %169 = stablehlo.reshape %168 : (tensor<197x1x12x64xf32>) -> tensor<197x768xf32>
    %170 = stablehlo.dot_general %169, %arg21, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x768xf32>, tensor<768x768xf32>) -> tensor<197x768xf32>
    %171 = stablehlo.broadcast_in_dim %arg22, dims = [1] : (tensor<768xf32>) -> tensor<197x768xf32>
    %172 = stablehlo.add %170, %171 : tensor<197x768xf32>
    %173 = stablehlo.reshape %172 : (tensor<197x768xf32>) -> tensor<197x1x768xf32>
    %174 = stablehlo.transpose %173, dims = [1, 0, 2] : (tensor<197x1x768xf32>) -> tensor<1x197x768xf32>
    %175 = stablehlo.add %174, %109 : tensor<1x197x768xf32>
    %176 = stablehlo.reduce(%175 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %177 = stablehlo.broadcast_in_dim %176, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %178 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %179 = stablehlo.divide %177, %178 : tensor<1x197x1xf32>
    %180 = stablehlo.broadcast_in_dim %179, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %181 = stablehlo.subtract %175, %180 : tensor<1x197x768xf32>
    %182 = stablehlo.multiply %181, %181 : tensor<1x197x768xf32>
    %183 = stablehlo.reduce(%182 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %184 = stablehlo.broadcast_in_dim %183, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %185 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %186 = stablehlo.divide %184, %185 : tensor<1x197x1xf32>
    %187 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %188 = stablehlo.add %186, %187 : tensor<1x197x1xf32>
    %189 = stablehlo.rsqrt %188 : tensor<1x197x1xf32>
    %190 = stablehlo.broadcast_in_dim %189, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %191 = stablehlo.multiply %181, %190 : tensor<1x197x768xf32>
    %192 = stablehlo.broadcast_in_dim %arg23, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %193 = stablehlo.broadcast_in_dim %192, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %194 = stablehlo.multiply %191, %193 : tensor<1x197x768xf32>
    %195 = stablehlo.broadcast_in_dim %arg24, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %196 = stablehlo.broadcast_in_dim %195, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %197 = stablehlo.add %194, %196 : tensor<1x197x768xf32>
    %198 = stablehlo.dot_general %197, %arg25, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x768xf32>, tensor<3072x768xf32>) -> tensor<1x197x3072xf32>
    %199 = stablehlo.broadcast_in_dim %arg26, dims = [2] : (tensor<3072xf32>) -> tensor<1x197x3072xf32>
    %200 = stablehlo.add %198, %199 : tensor<1x197x3072xf32>
    %201 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %202 = stablehlo.multiply %200, %201 : tensor<1x197x3072xf32>
    %203 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %204 = stablehlo.multiply %200, %203 : tensor<1x197x3072xf32>
    %205 = stablehlo.composite "chlo.erf" %204 {decomposition = @chlo.erf.impl_0, version = 1 : i32} : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %206 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %207 = stablehlo.add %206, %205 : tensor<1x197x3072xf32>
    %208 = stablehlo.multiply %202, %207 : tensor<1x197x3072xf32>
    %209 = stablehlo.dot_general %208, %arg27, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x3072xf32>, tensor<768x3072xf32>) -> tensor<1x197x768xf32>
    %210 = stablehlo.broadcast_in_dim %arg28, dims = [2] : (tensor<768xf32>) -> tensor<1x197x768xf32>
    %211 = stablehlo.add %209, %210 : tensor<1x197x768xf32>
    %212 = stablehlo.add %175, %211 : tensor<1x197x768xf32>
    %213 = stablehlo.reduce(%212 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %214 = stablehlo.broadcast_in_dim %213, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %215 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %216 = stablehlo.divide %214, %215 : tensor<1x197x1xf32>
    %217 = stablehlo.broadcast_in_dim %216, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %218 = stablehlo.subtract %212, %217 : tensor<1x197x768xf32>
    %219 = stablehlo.multiply %218, %218 : tensor<1x197x768xf32>
    %220 = stablehlo.reduce(%219 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %221 = stablehlo.broadcast_in_dim %220, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %222 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %223 = stablehlo.divide %221, %222 : tensor<1x197x1xf32>
    %224 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %225 = stablehlo.add %223, %224 : tensor<1x197x1xf32>
    %226 = stablehlo.rsqrt %225 : tensor<1x197x1xf32>
    %227 = stablehlo.broadcast_in_dim %226, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %228 = stablehlo.multiply %218, %227 : tensor<1x197x768xf32>
    %229 = stablehlo.broadcast_in_dim %arg29, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %230 = stablehlo.broadcast_in_dim %229, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %231 = stablehlo.multiply %228, %230 : tensor<1x197x768xf32>
    %232 = stablehlo.broadcast_in_dim %arg30, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %233 = stablehlo.broadcast_in_dim %232, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %234 = stablehlo.add %231, %233 : tensor<1x197x768xf32>
    %235 = stablehlo.transpose %234, dims = [1, 0, 2] : (tensor<1x197x768xf32>) -> tensor<197x1x768xf32>
    %236 = stablehlo.dot_general %235, %arg31, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x1x768xf32>, tensor<2304x768xf32>) -> tensor<197x1x2304xf32>
    %237 = stablehlo.broadcast_in_dim %arg32, dims = [2] : (tensor<2304xf32>) -> tensor<197x1x2304xf32>
    %238 = stablehlo.add %236, %237 : tensor<197x1x2304xf32>
    %239 = stablehlo.reshape %238 : (tensor<197x1x2304xf32>) -> tensor<197x1x3x768xf32>
    %240 = stablehlo.broadcast_in_dim %239, dims = [1, 2, 3, 4] : (tensor<197x1x3x768xf32>) -> tensor<1x197x1x3x768xf32>
    %241 = stablehlo.transpose %240, dims = [3, 1, 2, 0, 4] : (tensor<1x197x1x3x768xf32>) -> tensor<3x197x1x1x768xf32>
    %242 = stablehlo.reshape %241 : (tensor<3x197x1x1x768xf32>) -> tensor<3x197x1x768xf32>
    %243 = stablehlo.slice %242 [0:1, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %244 = stablehlo.reshape %243 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %245 = stablehlo.slice %242 [1:2, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %246 = stablehlo.reshape %245 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %247 = stablehlo.slice %242 [2:3, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %248 = stablehlo.reshape %247 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %249 = stablehlo.reshape %244 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %250 = stablehlo.transpose %249, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %251 = stablehlo.reshape %246 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %252 = stablehlo.transpose %251, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %253 = stablehlo.reshape %248 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %254 = stablehlo.transpose %253, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %255 = stablehlo.reshape %250 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %256 = stablehlo.reshape %252 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %257 = stablehlo.reshape %254 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %258 = stablehlo.dot_general %255, %256, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x64xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x197xf32>
    %259 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x12x197x197xf32>
    %260 = stablehlo.multiply %258, %259 : tensor<1x12x197x197xf32>
    %261 = stablehlo.reduce(%260 init: %cst_2) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %263 = stablehlo.broadcast_in_dim %262, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %264 = stablehlo.subtract %260, %263 : tensor<1x12x197x197xf32>
    %265 = stablehlo.exponential %264 : tensor<1x12x197x197xf32>
    %266 = stablehlo.reduce(%265 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %267 = stablehlo.broadcast_in_dim %266, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %268 = stablehlo.broadcast_in_dim %267, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %269 = stablehlo.divide %265, %268 : tensor<1x12x197x197xf32>
    %270 = stablehlo.dot_general %269, %257, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x197xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %271 = stablehlo.transpose %270, dims = [2, 0, 1, 3] : (tensor<1x12x197x64xf32>) -> tensor<197x1x12x64xf32>
    %272 = stablehlo.reshape %271 : (tensor<197x1x12x64xf32>) -> tensor<197x768xf32>
    %273 = stablehlo.dot_general %272, %arg33, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x768xf32>, tensor<768x768xf32>) -> tensor<197x768xf32>
    %274 = stablehlo.broadcast_in_dim %arg34, dims = [1] : (tensor<768xf32>) -> tensor<197x768xf32>
    %275 = stablehlo.add %273, %274 : tensor<197x768xf32>
    %276 = stablehlo.reshape %275 : (tensor<197x768xf32>) -> tensor<197x1x768xf32>
    %277 = stablehlo.transpose %276, dims = [1, 0, 2] : (tensor<197x1x768xf32>) -> tensor<1x197x768xf32>
    %278 = stablehlo.add %277, %212 : tensor<1x197x768xf32>
    %279 = stablehlo.reduce(%278 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %281 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %282 = stablehlo.divide %280, %281 : tensor<1x197x1xf32>
    %283 = stablehlo.broadcast_in_dim %282, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %284 = stablehlo.subtract %278, %283 : tensor<1x197x768xf32>
    %285 = stablehlo.multiply %284, %284 : tensor<1x197x768xf32>
    %286 = stablehlo.reduce(%285 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %287 = stablehlo.broadcast_in_dim %286, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %288 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %289 = stablehlo.divide %287, %288 : tensor<1x197x1xf32>
    %290 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %291 = stablehlo.add %289, %290 : tensor<1x197x1xf32>
    %292 = stablehlo.rsqrt %291 : tensor<1x197x1xf32>
    %293 = stablehlo.broadcast_in_dim %292, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %294 = stablehlo.multiply %284, %293 : tensor<1x197x768xf32>
    %295 = stablehlo.broadcast_in_dim %arg35, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %296 = stablehlo.broadcast_in_dim %295, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %297 = stablehlo.multiply %294, %296 : tensor<1x197x768xf32>
    %298 = stablehlo.broadcast_in_dim %arg36, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %299 = stablehlo.broadcast_in_dim %298, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %300 = stablehlo.add %297, %299 : tensor<1x197x768xf32>
    %301 = stablehlo.dot_general %300, %arg37, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x768xf32>, tensor<3072x768xf32>) -> tensor<1x197x3072xf32>
    %302 = stablehlo.broadcast_in_dim %arg38, dims = [2] : (tensor<3072xf32>) -> tensor<1x197x3072xf32>
    %303 = stablehlo.add %301, %302 : tensor<1x197x3072xf32>
    %304 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %305 = stablehlo.multiply %303, %304 : tensor<1x197x3072xf32>
    %306 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %307 = stablehlo.multiply %303, %306 : tensor<1x197x3072xf32>
    %308 = stablehlo.composite "chlo.erf" %307 {decomposition = @chlo.erf.impl_1, version = 1 : i32} : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %309 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %310 = stablehlo.add %309, %308 : tensor<1x197x3072xf32>
    %311 = stablehlo.multiply %305, %310 : tensor<1x197x3072xf32>
    %312 = stablehlo.dot_general %311, %arg39, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x3072xf32>, tensor<768x3072xf32>) -> tensor<1x197x768xf32>
    %313 = stablehlo.broadcast_in_dim %arg40, dims = [2] : (tensor<768xf32>) -> tensor<1x197x768xf32>
    %314 = stablehlo.add %312, %313 : tensor<1x197x768xf32>
    %315 = stablehlo.add %278, %314 : tensor<1x197x768xf32>
    %316 = stablehlo.reduce(%315 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %317 = stablehlo.broadcast_in_dim %316, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %318 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %319 = stablehlo.divide %317, %318 : tensor<1x197x1xf32>
    %320 = stablehlo.broadcast_in_dim %319, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %321 = stablehlo.subtract %315, %320 : tensor<1x197x768xf32>
    %322 = stablehlo.multiply %321, %321 : tensor<1x197x768xf32>
    %323 = stablehlo.reduce(%322 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %324 = stablehlo.broadcast_in_dim %323, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %325 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %326 = stablehlo.divide %324, %325 : tensor<1x197x1xf32>
    %327 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %328 = stablehlo.add %326, %327 : tensor<1x197x1xf32>
    %329 = stablehlo.rsqrt %328 : tensor<1x197x1xf32>
    %330 = stablehlo.broadcast_in_dim %329, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %331 = stablehlo.multiply %321, %330 : tensor<1x197x768xf32>
    %332 = stablehlo.broadcast_in_dim %arg41, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %333 = stablehlo.broadcast_in_dim %332, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %334 = stablehlo.multiply %331, %333 : tensor<1x197x768xf32>
    %335 = stablehlo.broadcast_in_dim %arg42, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %337 = stablehlo.add %334, %336 : tensor<1x197x768xf32>
    %338 = stablehlo.transpose %337, dims = [1, 0, 2] : (tensor<1x197x768xf32>) -> tensor<197x1x768xf32>
    %339 = stablehlo.dot_general %338, %arg43, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x1x768xf32>, tensor<2304x768xf32>) -> tensor<197x1x2304xf32>
    %340 = stablehlo.broadcast_in_dim %arg44, dims = [2] : (tensor<2304xf32>) -> tensor<197x1x2304xf32>
    %341 = stablehlo.add %339, %340 : tensor<197x1x2304xf32>
    %342 = stablehlo.reshape %341 : (tensor<197x1x2304xf32>) -> tensor<197x1x3x768xf32>
    %343 = stablehlo.broadcast_in_dim %342, dims = [1, 2, 3, 4] : (tensor<197x1x3x768xf32>) -> tensor<1x197x1x3x768xf32>
    %344 = stablehlo.transpose %343, dims = [3, 1, 2, 0, 4] : (tensor<1x197x1x3x768xf32>) -> tensor<3x197x1x1x768xf32>
    %345 = stablehlo.reshape %344 : (tensor<3x197x1x1x768xf32>) -> tensor<3x197x1x768xf32>
    %346 = stablehlo.slice %345 [0:1, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %347 = stablehlo.reshape %346 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %348 = stablehlo.slice %345 [1:2, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %349 = stablehlo.reshape %348 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %350 = stablehlo.slice %345 [2:3, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %351 = stablehlo.reshape %350 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %352 = stablehlo.reshape %347 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %353 = stablehlo.transpose %352, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %354 = stablehlo.reshape %349 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %355 = stablehlo.transpose %354, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %356 = stablehlo.reshape %351 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %357 = stablehlo.transpose %356, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %358 = stablehlo.reshape %353 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %359 = stablehlo.reshape %355 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %360 = stablehlo.reshape %357 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %361 = stablehlo.dot_general %358, %359, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x64xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x197xf32>
    %362 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x12x197x197xf32>
    %363 = stablehlo.multiply %361, %362 : tensor<1x12x197x197xf32>
    %364 = stablehlo.reduce(%363 init: %cst_2) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %365 = stablehlo.broadcast_in_dim %364, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %366 = stablehlo.broadcast_in_dim %365, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %367 = stablehlo.subtract %363, %366 : tensor<1x12x197x197xf32>
    %368 = stablehlo.exponential %367 : tensor<1x12x197x197xf32>
    %369 = stablehlo.reduce(%368 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %370 = stablehlo.broadcast_in_dim %369, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %371 = stablehlo.broadcast_in_dim %370, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %372 = stablehlo.divide %368, %371 : tensor<1x12x197x197xf32>
    %373 = stablehlo.dot_general %372, %360, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x197xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %374 = stablehlo.transpose %373, dims = [2, 0, 1, 3] : (tensor<1x12x197x64xf32>) -> tensor<197x1x12x64xf32>
    %375 = stablehlo.reshape %374 : (tensor<197x1x12x64xf32>) -> tensor<197x768xf32>
    %376 = stablehlo.dot_general %375, %arg45, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x768xf32>, tensor<768x768xf32>) -> tensor<197x768xf32>
    %377 = stablehlo.broadcast_in_dim %arg46, dims = [1] : (tensor<768xf32>) -> tensor<197x768xf32>
    %378 = stablehlo.add %376, %377 : tensor<197x768xf32>
    %379 = stablehlo.reshape %378 : (tensor<197x768xf32>) -> tensor<197x1x768xf32>
    %380 = stablehlo.transpose %379, dims = [1, 0, 2] : (tensor<197x1x768xf32>) -> tensor<1x197x768xf32>
    %381 = stablehlo.add %380, %315 : tensor<1x197x768xf32>
    %382 = stablehlo.reduce(%381 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %383 = stablehlo.broadcast_in_dim %382, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %384 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %385 = stablehlo.divide %383, %384 : tensor<1x197x1xf32>
    %386 = stablehlo.broadcast_in_dim %385, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %387 = stablehlo.subtract %381, %386 : tensor<1x197x768xf32>
    %388 = stablehlo.multiply %387, %387 : tensor<1x197x768xf32>
    %389 = stablehlo.reduce(%388 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %390 = stablehlo.broadcast_in_dim %389, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %391 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %392 = stablehlo.divide %390, %391 : tensor<1x197x1xf32>
    %393 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %394 = stablehlo.add %392, %393 : tensor<1x197x1xf32>
    %395 = stablehlo.rsqrt %394 : tensor<1x197x1xf32>
    %396 = stablehlo.broadcast_in_dim %395, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %397 = stablehlo.multiply %387, %396 : tensor<1x197x768xf32>
    %398 = stablehlo.broadcast_in_dim %arg47, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %399 = stablehlo.broadcast_in_dim %398, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %400 = stablehlo.multiply %397, %399 : tensor<1x197x768xf32>
    %401 = stablehlo.broadcast_in_dim %arg48, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %402 = stablehlo.broadcast_in_dim %401, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %403 = stablehlo.add %400, %402 : tensor<1x197x768xf32>
    %404 = stablehlo.dot_general %403, %arg49, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x768xf32>, tensor<3072x768xf32>) -> tensor<1x197x3072xf32>
    %405 = stablehlo.broadcast_in_dim %arg50, dims = [2] : (tensor<3072xf32>) -> tensor<1x197x3072xf32>
    %406 = stablehlo.add %404, %405 : tensor<1x197x3072xf32>
    %407 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %408 = stablehlo.multiply %406, %407 : tensor<1x197x3072xf32>
    %409 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %410 = stablehlo.multiply %406, %409 : tensor<1x197x3072xf32>
    %411 = stablehlo.composite "chlo.erf" %410 {decomposition = @chlo.erf.impl_2, version = 1 : i32} : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %412 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %413 = stablehlo.add %412, %411 : tensor<1x197x3072xf32>
    %414 = stablehlo.multiply %408, %413 : tensor<1x197x3072xf32>
    %415 = stablehlo.dot_general %414, %arg51, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x3072xf32>, tensor<768x3072xf32>) -> tensor<1x197x768xf32>
    %416 = stablehlo.broadcast_in_dim %arg52, dims = [2] : (tensor<768xf32>) -> tensor<1x197x768xf32>
    %417 = stablehlo.add %415, %416 : tensor<1x197x768xf32>
    %418 = stablehlo.add %381, %417 : tensor<1x197x768xf32>
    %419 = stablehlo.reduce(%418 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %420 = stablehlo.broadcast_in_dim %419, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %421 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %422 = stablehlo.divide %420, %421 : tensor<1x197x1xf32>
    %423 = stablehlo.broadcast_in_dim %422, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %424 = stablehlo.subtract %418, %423 : tensor<1x197x768xf32>
    %425 = stablehlo.multiply %424, %424 : tensor<1x197x768xf32>
    %426 = stablehlo.reduce(%425 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %427 = stablehlo.broadcast_in_dim %426, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %428 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %429 = stablehlo.divide %427, %428 : tensor<1x197x1xf32>
    %430 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %431 = stablehlo.add %429, %430 : tensor<1x197x1xf32>
    %432 = stablehlo.rsqrt %431 : tensor<1x197x1xf32>
    %433 = stablehlo.broadcast_in_dim %432, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %434 = stablehlo.multiply %424, %433 : tensor<1x197x768xf32>
    %435 = stablehlo.broadcast_in_dim %arg53, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %436 = stablehlo.broadcast_in_dim %435, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %437 = stablehlo.multiply %434, %436 : tensor<1x197x768xf32>
    %438 = stablehlo.broadcast_in_dim %arg54, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %439 = stablehlo.broadcast_in_dim %438, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %440 = stablehlo.add %437, %439 : tensor<1x197x768xf32>
    %441 = stablehlo.transpose %440, dims = [1, 0, 2] : (tensor<1x197x768xf32>) -> tensor<197x1x768xf32>
    %442 = stablehlo.dot_general %441, %arg55, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x1x768xf32>, tensor<2304x768xf32>) -> tensor<197x1x2304xf32>
    %443 = stablehlo.broadcast_in_dim %arg56, dims = [2] : (tensor<2304xf32>) -> tensor<197x1x2304xf32>
    %444 = stablehlo.add %442, %443 : tensor<197x1x2304xf32>
    %445 = stablehlo.reshape %444 : (tensor<197x1x2304xf32>) -> tensor<197x1x3x768xf32>
    %446 = stablehlo.broadcast_in_dim %445, dims = [1, 2, 3, 4] : (tensor<197x1x3x768xf32>) -> tensor<1x197x1x3x768xf32>
    %447 = stablehlo.transpose %446, dims = [3, 1, 2, 0, 4] : (tensor<1x197x1x3x768xf32>) -> tensor<3x197x1x1x768xf32>
    %448 = stablehlo.reshape %447 : (tensor<3x197x1x1x768xf32>) -> tensor<3x197x1x768xf32>
    %449 = stablehlo.slice %448 [0:1, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %450 = stablehlo.reshape %449 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %451 = stablehlo.slice %448 [1:2, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %452 = stablehlo.reshape %451 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %453 = stablehlo.slice %448 [2:3, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %454 = stablehlo.reshape %453 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %455 = stablehlo.reshape %450 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %456 = stablehlo.transpose %455, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %457 = stablehlo.reshape %452 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %458 = stablehlo.transpose %457, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %459 = stablehlo.reshape %454 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %460 = stablehlo.transpose %459, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %461 = stablehlo.reshape %456 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %462 = stablehlo.reshape %458 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %463 = stablehlo.reshape %460 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %464 = stablehlo.dot_general %461, %462, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x64xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x197xf32>
    %465 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x12x197x197xf32>
    %466 = stablehlo.multiply %464, %465 : tensor<1x12x197x197xf32>
    %467 = stablehlo.reduce(%466 init: %cst_2) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %468 = stablehlo.broadcast_in_dim %467, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %469 = stablehlo.broadcast_in_dim %468, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %470 = stablehlo.subtract %466, %469 : tensor<1x12x197x197xf32>
    %471 = stablehlo.exponential %470 : tensor<1x12x197x197xf32>
    %472 = stablehlo.reduce(%471 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %473 = stablehlo.broadcast_in_dim %472, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %474 = stablehlo.broadcast_in_dim %473, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %475 = stablehlo.divide %471, %474 : tensor<1x12x197x197xf32>
    %476 = stablehlo.dot_general %475, %463, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x197xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %477 = stablehlo.transpose %476, dims = [2, 0, 1, 3] : (tensor<1x12x197x64xf32>) -> tensor<197x1x12x64xf32>
    %478 = stablehlo.reshape %477 : (tensor<197x1x12x64xf32>) -> tensor<197x768xf32>
    %479 = stablehlo.dot_general %478, %arg57, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x768xf32>, tensor<768x768xf32>) -> tensor<197x768xf32>
    %480 = stablehlo.broadcast_in_dim %arg58, dims = [1] : (tensor<768xf32>) -> tensor<197x768xf32>
    %481 = stablehlo.add %479, %480 : tensor<197x768xf32>
    %482 = stablehlo.reshape %481 : (tensor<197x768xf32>) -> tensor<197x1x768xf32>
    %483 = stablehlo.transpose %482, dims = [1, 0, 2] : (tensor<197x1x768xf32>) -> tensor<1x197x768xf32>
    %484 = stablehlo.add %483, %418 : tensor<1x197x768xf32>
    %485 = stablehlo.reduce(%484 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %486 = stablehlo.broadcast_in_dim %485, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %487 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %488 = stablehlo.divide %486, %487 : tensor<1x197x1xf32>
    %489 = stablehlo.broadcast_in_dim %488, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %490 = stablehlo.subtract %484, %489 : tensor<1x197x768xf32>
    %491 = stablehlo.multiply %490, %490 : tensor<1x197x768xf32>
    %492 = stablehlo.reduce(%491 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %493 = stablehlo.broadcast_in_dim %492, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %494 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %495 = stablehlo.divide %493, %494 : tensor<1x197x1xf32>
    %496 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %497 = stablehlo.add %495, %496 : tensor<1x197x1xf32>
    %498 = stablehlo.rsqrt %497 : tensor<1x197x1xf32>
    %499 = stablehlo.broadcast_in_dim %498, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %500 = stablehlo.multiply %490, %499 : tensor<1x197x768xf32>
    %501 = stablehlo.broadcast_in_dim %arg59, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %502 = stablehlo.broadcast_in_dim %501, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %503 = stablehlo.multiply %500, %502 : tensor<1x197x768xf32>
    %504 = stablehlo.broadcast_in_dim %arg60, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %505 = stablehlo.broadcast_in_dim %504, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %506 = stablehlo.add %503, %505 : tensor<1x197x768xf32>
    %507 = stablehlo.dot_general %506, %arg61, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x768xf32>, tensor<3072x768xf32>) -> tensor<1x197x3072xf32>
    %508 = stablehlo.broadcast_in_dim %arg62, dims = [2] : (tensor<3072xf32>) -> tensor<1x197x3072xf32>
    %509 = stablehlo.add %507, %508 : tensor<1x197x3072xf32>
    %510 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %511 = stablehlo.multiply %509, %510 : tensor<1x197x3072xf32>
    %512 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %513 = stablehlo.multiply %509, %512 : tensor<1x197x3072xf32>
    %514 = stablehlo.composite "chlo.erf" %513 {decomposition = @chlo.erf.impl_3, version = 1 : i32} : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %515 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %516 = stablehlo.add %515, %514 : tensor<1x197x3072xf32>
    %517 = stablehlo.multiply %511, %516 : tensor<1x197x3072xf32>
    %518 = stablehlo.dot_general %517, %arg63, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x3072xf32>, tensor<768x3072xf32>) -> tensor<1x197x768xf32>
    %519 = stablehlo.broadcast_in_dim %arg64, dims = [2] : (tensor<768xf32>) -> tensor<1x197x768xf32>
    %520 = stablehlo.add %518, %519 : tensor<1x197x768xf32>
    %521 = stablehlo.add %484, %520 : tensor<1x197x768xf32>
    %522 = stablehlo.reduce(%521 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %523 = stablehlo.broadcast_in_dim %522, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %524 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %525 = stablehlo.divide %523, %524 : tensor<1x197x1xf32>
    %526 = stablehlo.broadcast_in_dim %525, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %527 = stablehlo.subtract %521, %526 : tensor<1x197x768xf32>
    %528 = stablehlo.multiply %527, %527 : tensor<1x197x768xf32>
    %529 = stablehlo.reduce(%528 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %530 = stablehlo.broadcast_in_dim %529, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %531 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %532 = stablehlo.divide %530, %531 : tensor<1x197x1xf32>
    %533 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %534 = stablehlo.add %532, %533 : tensor<1x197x1xf32>
    %535 = stablehlo.rsqrt %534 : tensor<1x197x1xf32>
    %536 = stablehlo.broadcast_in_dim %535, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %537 = stablehlo.multiply %527, %536 : tensor<1x197x768xf32>
    %538 = stablehlo.broadcast_in_dim %arg65, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %539 = stablehlo.broadcast_in_dim %538, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %540 = stablehlo.multiply %537, %539 : tensor<1x197x768xf32>
    %541 = stablehlo.broadcast_in_dim %arg66, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %542 = stablehlo.broadcast_in_dim %541, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %543 = stablehlo.add %540, %542 : tensor<1x197x768xf32>
    %544 = stablehlo.transpose %543, dims = [1, 0, 2] : (tensor<1x197x768xf32>) -> tensor<197x1x768xf32>
    %545 = stablehlo.dot_general %544, %arg67, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x1x768xf32>, tensor<2304x768xf32>) -> tensor<197x1x2304xf32>
    %546 = stablehlo.broadcast_in_dim %arg68, dims = [2] : (tensor<2304xf32>) -> tensor<197x1x2304xf32>
    %547 = stablehlo.add %545, %546 : tensor<197x1x2304xf32>
    %548 = stablehlo.reshape %547 : (tensor<197x1x2304xf32>) -> tensor<197x1x3x768xf32>
    %549 = stablehlo.broadcast_in_dim %548, dims = [1, 2, 3, 4] : (tensor<197x1x3x768xf32>) -> tensor<1x197x1x3x768xf32>
    %550 = stablehlo.transpose %549, dims = [3, 1, 2, 0, 4] : (tensor<1x197x1x3x768xf32>) -> tensor<3x197x1x1x768xf32>
    %551 = stablehlo.reshape %550 : (tensor<3x197x1x1x768xf32>) -> tensor<3x197x1x768xf32>
    %552 = stablehlo.slice %551 [0:1, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %553 = stablehlo.reshape %552 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %554 = stablehlo.slice %551 [1:2, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %555 = stablehlo.reshape %554 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %556 = stablehlo.slice %551 [2:3, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %557 = stablehlo.reshape %556 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %558 = stablehlo.reshape %553 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %559 = stablehlo.transpose %558, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %560 = stablehlo.reshape %555 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %561 = stablehlo.transpose %560, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %562 = stablehlo.reshape %557 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %563 = stablehlo.transpose %562, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %564 = stablehlo.reshape %559 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %565 = stablehlo.reshape %561 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %566 = stablehlo.reshape %563 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %567 = stablehlo.dot_general %564, %565, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x64xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x197xf32>
    %568 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x12x197x197xf32>
    %569 = stablehlo.multiply %567, %568 : tensor<1x12x197x197xf32>
    %570 = stablehlo.reduce(%569 init: %cst_2) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %571 = stablehlo.broadcast_in_dim %570, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %572 = stablehlo.broadcast_in_dim %571, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %573 = stablehlo.subtract %569, %572 : tensor<1x12x197x197xf32>
    %574 = stablehlo.exponential %573 : tensor<1x12x197x197xf32>
    %575 = stablehlo.reduce(%574 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %576 = stablehlo.broadcast_in_dim %575, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %577 = stablehlo.broadcast_in_dim %576, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %578 = stablehlo.divide %574, %577 : tensor<1x12x197x197xf32>
    %579 = stablehlo.dot_general %578, %566, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x197xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %580 = stablehlo.transpose %579, dims = [2, 0, 1, 3] : (tensor<1x12x197x64xf32>) -> tensor<197x1x12x64xf32>
    %581 = stablehlo.reshape %580 : (tensor<197x1x12x64xf32>) -> tensor<197x768xf32>
    %582 = stablehlo.dot_general %581, %arg69, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x768xf32>, tensor<768x768xf32>) -> tensor<197x768xf32>
    %583 = stablehlo.broadcast_in_dim %arg70, dims = [1] : (tensor<768xf32>) -> tensor<197x768xf32>
    %584 = stablehlo.add %582, %583 : tensor<197x768xf32>
    %585 = stablehlo.reshape %584 : (tensor<197x768xf32>) -> tensor<197x1x768xf32>
    %586 = stablehlo.transpose %585, dims = [1, 0, 2] : (tensor<197x1x768xf32>) -> tensor<1x197x768xf32>
    %587 = stablehlo.add %586, %521 : tensor<1x197x768xf32>
    %588 = stablehlo.reduce(%587 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %589 = stablehlo.broadcast_in_dim %588, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %590 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %591 = stablehlo.divide %589, %590 : tensor<1x197x1xf32>
    %592 = stablehlo.broadcast_in_dim %591, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %593 = stablehlo.subtract %587, %592 : tensor<1x197x768xf32>
    %594 = stablehlo.multiply %593, %593 : tensor<1x197x768xf32>
    %595 = stablehlo.reduce(%594 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %596 = stablehlo.broadcast_in_dim %595, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %597 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %598 = stablehlo.divide %596, %597 : tensor<1x197x1xf32>
    %599 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %600 = stablehlo.add %598, %599 : tensor<1x197x1xf32>
    %601 = stablehlo.rsqrt %600 : tensor<1x197x1xf32>
    %602 = stablehlo.broadcast_in_dim %601, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %603 = stablehlo.multiply %593, %602 : tensor<1x197x768xf32>
    %604 = stablehlo.broadcast_in_dim %arg71, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %605 = stablehlo.broadcast_in_dim %604, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %606 = stablehlo.multiply %603, %605 : tensor<1x197x768xf32>
    %607 = stablehlo.broadcast_in_dim %arg72, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %608 = stablehlo.broadcast_in_dim %607, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %609 = stablehlo.add %606, %608 : tensor<1x197x768xf32>
    %610 = stablehlo.dot_general %609, %arg73, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x768xf32>, tensor<3072x768xf32>) -> tensor<1x197x3072xf32>
    %611 = stablehlo.broadcast_in_dim %arg74, dims = [2] : (tensor<3072xf32>) -> tensor<1x197x3072xf32>
    %612 = stablehlo.add %610, %611 : tensor<1x197x3072xf32>
    %613 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %614 = stablehlo.multiply %612, %613 : tensor<1x197x3072xf32>
    %615 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %616 = stablehlo.multiply %612, %615 : tensor<1x197x3072xf32>
    %617 = stablehlo.composite "chlo.erf" %616 {decomposition = @chlo.erf.impl_4, version = 1 : i32} : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %618 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %619 = stablehlo.add %618, %617 : tensor<1x197x3072xf32>
    %620 = stablehlo.multiply %614, %619 : tensor<1x197x3072xf32>
    %621 = stablehlo.dot_general %620, %arg75, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x3072xf32>, tensor<768x3072xf32>) -> tensor<1x197x768xf32>
    %622 = stablehlo.broadcast_in_dim %arg76, dims = [2] : (tensor<768xf32>) -> tensor<1x197x768xf32>
    %623 = stablehlo.add %621, %622 : tensor<1x197x768xf32>
    %624 = stablehlo.add %587, %623 : tensor<1x197x768xf32>
    %625 = stablehlo.reduce(%624 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %626 = stablehlo.broadcast_in_dim %625, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %627 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %628 = stablehlo.divide %626, %627 : tensor<1x197x1xf32>
    %629 = stablehlo.broadcast_in_dim %628, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %630 = stablehlo.subtract %624, %629 : tensor<1x197x768xf32>
    %631 = stablehlo.multiply %630, %630 : tensor<1x197x768xf32>
    %632 = stablehlo.reduce(%631 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %633 = stablehlo.broadcast_in_dim %632, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %634 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %635 = stablehlo.divide %633, %634 : tensor<1x197x1xf32>
    %636 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %637 = stablehlo.add %635, %636 : tensor<1x197x1xf32>
    %638 = stablehlo.rsqrt %637 : tensor<1x197x1xf32>
    %639 = stablehlo.broadcast_in_dim %638, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %640 = stablehlo.multiply %630, %639 : tensor<1x197x768xf32>
    %641 = stablehlo.broadcast_in_dim %arg77, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %642 = stablehlo.broadcast_in_dim %641, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %643 = stablehlo.multiply %640, %642 : tensor<1x197x768xf32>
    %644 = stablehlo.broadcast_in_dim %arg78, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %645 = stablehlo.broadcast_in_dim %644, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %646 = stablehlo.add %643, %645 : tensor<1x197x768xf32>
    %647 = stablehlo.transpose %646, dims = [1, 0, 2] : (tensor<1x197x768xf32>) -> tensor<197x1x768xf32>
    %648 = stablehlo.dot_general %647, %arg79, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x1x768xf32>, tensor<2304x768xf32>) -> tensor<197x1x2304xf32>
    %649 = stablehlo.broadcast_in_dim %arg80, dims = [2] : (tensor<2304xf32>) -> tensor<197x1x2304xf32>
    %650 = stablehlo.add %648, %649 : tensor<197x1x2304xf32>
    %651 = stablehlo.reshape %650 : (tensor<197x1x2304xf32>) -> tensor<197x1x3x768xf32>
    %652 = stablehlo.broadcast_in_dim %651, dims = [1, 2, 3, 4] : (tensor<197x1x3x768xf32>) -> tensor<1x197x1x3x768xf32>
    %653 = stablehlo.transpose %652, dims = [3, 1, 2, 0, 4] : (tensor<1x197x1x3x768xf32>) -> tensor<3x197x1x1x768xf32>
    %654 = stablehlo.reshape %653 : (tensor<3x197x1x1x768xf32>) -> tensor<3x197x1x768xf32>
    %655 = stablehlo.slice %654 [0:1, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %656 = stablehlo.reshape %655 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %657 = stablehlo.slice %654 [1:2, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %658 = stablehlo.reshape %657 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %659 = stablehlo.slice %654 [2:3, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %660 = stablehlo.reshape %659 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %661 = stablehlo.reshape %656 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %662 = stablehlo.transpose %661, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %663 = stablehlo.reshape %658 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %664 = stablehlo.transpose %663, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %665 = stablehlo.reshape %660 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %666 = stablehlo.transpose %665, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %667 = stablehlo.reshape %662 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %668 = stablehlo.reshape %664 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %669 = stablehlo.reshape %666 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %670 = stablehlo.dot_general %667, %668, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x64xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x197xf32>
    %671 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x12x197x197xf32>
    %672 = stablehlo.multiply %670, %671 : tensor<1x12x197x197xf32>
    %673 = stablehlo.reduce(%672 init: %cst_2) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %674 = stablehlo.broadcast_in_dim %673, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %675 = stablehlo.broadcast_in_dim %674, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %676 = stablehlo.subtract %672, %675 : tensor<1x12x197x197xf32>
    %677 = stablehlo.exponential %676 : tensor<1x12x197x197xf32>
    %678 = stablehlo.reduce(%677 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %679 = stablehlo.broadcast_in_dim %678, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %680 = stablehlo.broadcast_in_dim %679, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %681 = stablehlo.divide %677, %680 : tensor<1x12x197x197xf32>
    %682 = stablehlo.dot_general %681, %669, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x197xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %683 = stablehlo.transpose %682, dims = [2, 0, 1, 3] : (tensor<1x12x197x64xf32>) -> tensor<197x1x12x64xf32>
    %684 = stablehlo.reshape %683 : (tensor<197x1x12x64xf32>) -> tensor<197x768xf32>
    %685 = stablehlo.dot_general %684, %arg81, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x768xf32>, tensor<768x768xf32>) -> tensor<197x768xf32>
    %686 = stablehlo.broadcast_in_dim %arg82, dims = [1] : (tensor<768xf32>) -> tensor<197x768xf32>
    %687 = stablehlo.add %685, %686 : tensor<197x768xf32>
    %688 = stablehlo.reshape %687 : (tensor<197x768xf32>) -> tensor<197x1x768xf32>
    %689 = stablehlo.transpose %688, dims = [1, 0, 2] : (tensor<197x1x768xf32>) -> tensor<1x197x768xf32>
    %690 = stablehlo.add %689, %624 : tensor<1x197x768xf32>
    %691 = stablehlo.reduce(%690 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %692 = stablehlo.broadcast_in_dim %691, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %693 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %694 = stablehlo.divide %692, %693 : tensor<1x197x1xf32>
    %695 = stablehlo.broadcast_in_dim %694, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %696 = stablehlo.subtract %690, %695 : tensor<1x197x768xf32>
    %697 = stablehlo.multiply %696, %696 : tensor<1x197x768xf32>
    %698 = stablehlo.reduce(%697 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %699 = stablehlo.broadcast_in_dim %698, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %700 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %701 = stablehlo.divide %699, %700 : tensor<1x197x1xf32>
    %702 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %703 = stablehlo.add %701, %702 : tensor<1x197x1xf32>
    %704 = stablehlo.rsqrt %703 : tensor<1x197x1xf32>
    %705 = stablehlo.broadcast_in_dim %704, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %706 = stablehlo.multiply %696, %705 : tensor<1x197x768xf32>
    %707 = stablehlo.broadcast_in_dim %arg83, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %708 = stablehlo.broadcast_in_dim %707, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %709 = stablehlo.multiply %706, %708 : tensor<1x197x768xf32>
    %710 = stablehlo.broadcast_in_dim %arg84, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %711 = stablehlo.broadcast_in_dim %710, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %712 = stablehlo.add %709, %711 : tensor<1x197x768xf32>
    %713 = stablehlo.dot_general %712, %arg85, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x768xf32>, tensor<3072x768xf32>) -> tensor<1x197x3072xf32>
    %714 = stablehlo.broadcast_in_dim %arg86, dims = [2] : (tensor<3072xf32>) -> tensor<1x197x3072xf32>
    %715 = stablehlo.add %713, %714 : tensor<1x197x3072xf32>
    %716 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %717 = stablehlo.multiply %715, %716 : tensor<1x197x3072xf32>
    %718 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %719 = stablehlo.multiply %715, %718 : tensor<1x197x3072xf32>
    %720 = stablehlo.composite "chlo.erf" %719 {decomposition = @chlo.erf.impl_5, version = 1 : i32} : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %721 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %722 = stablehlo.add %721, %720 : tensor<1x197x3072xf32>
    %723 = stablehlo.multiply %717, %722 : tensor<1x197x3072xf32>
    %724 = stablehlo.dot_general %723, %arg87, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x3072xf32>, tensor<768x3072xf32>) -> tensor<1x197x768xf32>
    %725 = stablehlo.broadcast_in_dim %arg88, dims = [2] : (tensor<768xf32>) -> tensor<1x197x768xf32>
    %726 = stablehlo.add %724, %725 : tensor<1x197x768xf32>
    %727 = stablehlo.add %690, %726 : tensor<1x197x768xf32>
    %728 = stablehlo.reduce(%727 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %729 = stablehlo.broadcast_in_dim %728, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %730 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %731 = stablehlo.divide %729, %730 : tensor<1x197x1xf32>
    %732 = stablehlo.broadcast_in_dim %731, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %733 = stablehlo.subtract %727, %732 : tensor<1x197x768xf32>
    %734 = stablehlo.multiply %733, %733 : tensor<1x197x768xf32>
    %735 = stablehlo.reduce(%734 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %736 = stablehlo.broadcast_in_dim %735, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %737 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %738 = stablehlo.divide %736, %737 : tensor<1x197x1xf32>
    %739 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %740 = stablehlo.add %738, %739 : tensor<1x197x1xf32>
    %741 = stablehlo.rsqrt %740 : tensor<1x197x1xf32>
    %742 = stablehlo.broadcast_in_dim %741, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %743 = stablehlo.multiply %733, %742 : tensor<1x197x768xf32>
    %744 = stablehlo.broadcast_in_dim %arg89, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %745 = stablehlo.broadcast_in_dim %744, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %746 = stablehlo.multiply %743, %745 : tensor<1x197x768xf32>
    %747 = stablehlo.broadcast_in_dim %arg90, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %748 = stablehlo.broadcast_in_dim %747, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %749 = stablehlo.add %746, %748 : tensor<1x197x768xf32>
    %750 = stablehlo.transpose %749, dims = [1, 0, 2] : (tensor<1x197x768xf32>) -> tensor<197x1x768xf32>
    %751 = stablehlo.dot_general %750, %arg91, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x1x768xf32>, tensor<2304x768xf32>) -> tensor<197x1x2304xf32>
    %752 = stablehlo.broadcast_in_dim %arg92, dims = [2] : (tensor<2304xf32>) -> tensor<197x1x2304xf32>
    %753 = stablehlo.add %751, %752 : tensor<197x1x2304xf32>
    %754 = stablehlo.reshape %753 : (tensor<197x1x2304xf32>) -> tensor<197x1x3x768xf32>
    %755 = stablehlo.broadcast_in_dim %754, dims = [1, 2, 3, 4] : (tensor<197x1x3x768xf32>) -> tensor<1x197x1x3x768xf32>
    %756 = stablehlo.transpose %755, dims = [3, 1, 2, 0, 4] : (tensor<1x197x1x3x768xf32>) -> tensor<3x197x1x1x768xf32>
    %757 = stablehlo.reshape %756 : (tensor<3x197x1x1x768xf32>) -> tensor<3x197x1x768xf32>
    %758 = stablehlo.slice %757 [0:1, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %759 = stablehlo.reshape %758 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %760 = stablehlo.slice %757 [1:2, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %761 = stablehlo.reshape %760 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %762 = stablehlo.slice %757 [2:3, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %763 = stablehlo.reshape %762 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %764 = stablehlo.reshape %759 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %765 = stablehlo.transpose %764, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %766 = stablehlo.reshape %761 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %767 = stablehlo.transpose %766, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %768 = stablehlo.reshape %763 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %769 = stablehlo.transpose %768, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %770 = stablehlo.reshape %765 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %771 = stablehlo.reshape %767 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %772 = stablehlo.reshape %769 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %773 = stablehlo.dot_general %770, %771, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x64xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x197xf32>
    %774 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x12x197x197xf32>
    %775 = stablehlo.multiply %773, %774 : tensor<1x12x197x197xf32>
    %776 = stablehlo.reduce(%775 init: %cst_2) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %777 = stablehlo.broadcast_in_dim %776, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %778 = stablehlo.broadcast_in_dim %777, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %779 = stablehlo.subtract %775, %778 : tensor<1x12x197x197xf32>
    %780 = stablehlo.exponential %779 : tensor<1x12x197x197xf32>
    %781 = stablehlo.reduce(%780 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %782 = stablehlo.broadcast_in_dim %781, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %783 = stablehlo.broadcast_in_dim %782, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %784 = stablehlo.divide %780, %783 : tensor<1x12x197x197xf32>
    %785 = stablehlo.dot_general %784, %772, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x197xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %786 = stablehlo.transpose %785, dims = [2, 0, 1, 3] : (tensor<1x12x197x64xf32>) -> tensor<197x1x12x64xf32>
    %787 = stablehlo.reshape %786 : (tensor<197x1x12x64xf32>) -> tensor<197x768xf32>
    %788 = stablehlo.dot_general %787, %arg93, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x768xf32>, tensor<768x768xf32>) -> tensor<197x768xf32>
    %789 = stablehlo.broadcast_in_dim %arg94, dims = [1] : (tensor<768xf32>) -> tensor<197x768xf32>
    %790 = stablehlo.add %788, %789 : tensor<197x768xf32>
    %791 = stablehlo.reshape %790 : (tensor<197x768xf32>) -> tensor<197x1x768xf32>
    %792 = stablehlo.transpose %791, dims = [1, 0, 2] : (tensor<197x1x768xf32>) -> tensor<1x197x768xf32>
    %793 = stablehlo.add %792, %727 : tensor<1x197x768xf32>
    %794 = stablehlo.reduce(%793 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %795 = stablehlo.broadcast_in_dim %794, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %796 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %797 = stablehlo.divide %795, %796 : tensor<1x197x1xf32>
    %798 = stablehlo.broadcast_in_dim %797, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %799 = stablehlo.subtract %793, %798 : tensor<1x197x768xf32>
    %800 = stablehlo.multiply %799, %799 : tensor<1x197x768xf32>
    %801 = stablehlo.reduce(%800 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %802 = stablehlo.broadcast_in_dim %801, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %803 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %804 = stablehlo.divide %802, %803 : tensor<1x197x1xf32>
    %805 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %806 = stablehlo.add %804, %805 : tensor<1x197x1xf32>
    %807 = stablehlo.rsqrt %806 : tensor<1x197x1xf32>
    %808 = stablehlo.broadcast_in_dim %807, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %809 = stablehlo.multiply %799, %808 : tensor<1x197x768xf32>
    %810 = stablehlo.broadcast_in_dim %arg95, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %811 = stablehlo.broadcast_in_dim %810, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %812 = stablehlo.multiply %809, %811 : tensor<1x197x768xf32>
    %813 = stablehlo.broadcast_in_dim %arg96, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %814 = stablehlo.broadcast_in_dim %813, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %815 = stablehlo.add %812, %814 : tensor<1x197x768xf32>
    %816 = stablehlo.dot_general %815, %arg97, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x768xf32>, tensor<3072x768xf32>) -> tensor<1x197x3072xf32>
    %817 = stablehlo.broadcast_in_dim %arg98, dims = [2] : (tensor<3072xf32>) -> tensor<1x197x3072xf32>
    %818 = stablehlo.add %816, %817 : tensor<1x197x3072xf32>
    %819 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %820 = stablehlo.multiply %818, %819 : tensor<1x197x3072xf32>
    %821 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %822 = stablehlo.multiply %818, %821 : tensor<1x197x3072xf32>
    %823 = stablehlo.composite "chlo.erf" %822 {decomposition = @chlo.erf.impl_6, version = 1 : i32} : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %824 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %825 = stablehlo.add %824, %823 : tensor<1x197x3072xf32>
    %826 = stablehlo.multiply %820, %825 : tensor<1x197x3072xf32>
    %827 = stablehlo.dot_general %826, %arg99, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x3072xf32>, tensor<768x3072xf32>) -> tensor<1x197x768xf32>
    %828 = stablehlo.broadcast_in_dim %arg100, dims = [2] : (tensor<768xf32>) -> tensor<1x197x768xf32>
    %829 = stablehlo.add %827, %828 : tensor<1x197x768xf32>
    %830 = stablehlo.add %793, %829 : tensor<1x197x768xf32>
    %831 = stablehlo.reduce(%830 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %832 = stablehlo.broadcast_in_dim %831, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %833 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %834 = stablehlo.divide %832, %833 : tensor<1x197x1xf32>
    %835 = stablehlo.broadcast_in_dim %834, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %836 = stablehlo.subtract %830, %835 : tensor<1x197x768xf32>
    %837 = stablehlo.multiply %836, %836 : tensor<1x197x768xf32>
    %838 = stablehlo.reduce(%837 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %839 = stablehlo.broadcast_in_dim %838, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %840 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %841 = stablehlo.divide %839, %840 : tensor<1x197x1xf32>
    %842 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %843 = stablehlo.add %841, %842 : tensor<1x197x1xf32>
    %844 = stablehlo.rsqrt %843 : tensor<1x197x1xf32>
    %845 = stablehlo.broadcast_in_dim %844, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %846 = stablehlo.multiply %836, %845 : tensor<1x197x768xf32>
    %847 = stablehlo.broadcast_in_dim %arg101, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %848 = stablehlo.broadcast_in_dim %847, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %849 = stablehlo.multiply %846, %848 : tensor<1x197x768xf32>
    %850 = stablehlo.broadcast_in_dim %arg102, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %851 = stablehlo.broadcast_in_dim %850, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %852 = stablehlo.add %849, %851 : tensor<1x197x768xf32>
    %853 = stablehlo.transpose %852, dims = [1, 0, 2] : (tensor<1x197x768xf32>) -> tensor<197x1x768xf32>
    %854 = stablehlo.dot_general %853, %arg103, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x1x768xf32>, tensor<2304x768xf32>) -> tensor<197x1x2304xf32>
    %855 = stablehlo.broadcast_in_dim %arg104, dims = [2] : (tensor<2304xf32>) -> tensor<197x1x2304xf32>
    %856 = stablehlo.add %854, %855 : tensor<197x1x2304xf32>
    %857 = stablehlo.reshape %856 : (tensor<197x1x2304xf32>) -> tensor<197x1x3x768xf32>
    %858 = stablehlo.broadcast_in_dim %857, dims = [1, 2, 3, 4] : (tensor<197x1x3x768xf32>) -> tensor<1x197x1x3x768xf32>
    %859 = stablehlo.transpose %858, dims = [3, 1, 2, 0, 4] : (tensor<1x197x1x3x768xf32>) -> tensor<3x197x1x1x768xf32>
    %860 = stablehlo.reshape %859 : (tensor<3x197x1x1x768xf32>) -> tensor<3x197x1x768xf32>
    %861 = stablehlo.slice %860 [0:1, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %862 = stablehlo.reshape %861 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %863 = stablehlo.slice %860 [1:2, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %864 = stablehlo.reshape %863 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %865 = stablehlo.slice %860 [2:3, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %866 = stablehlo.reshape %865 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %867 = stablehlo.reshape %862 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %868 = stablehlo.transpose %867, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %869 = stablehlo.reshape %864 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %870 = stablehlo.transpose %869, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %871 = stablehlo.reshape %866 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %872 = stablehlo.transpose %871, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %873 = stablehlo.reshape %868 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %874 = stablehlo.reshape %870 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %875 = stablehlo.reshape %872 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %876 = stablehlo.dot_general %873, %874, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x64xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x197xf32>
    %877 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x12x197x197xf32>
    %878 = stablehlo.multiply %876, %877 : tensor<1x12x197x197xf32>
    %879 = stablehlo.reduce(%878 init: %cst_2) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %880 = stablehlo.broadcast_in_dim %879, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %881 = stablehlo.broadcast_in_dim %880, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %882 = stablehlo.subtract %878, %881 : tensor<1x12x197x197xf32>
    %883 = stablehlo.exponential %882 : tensor<1x12x197x197xf32>
    %884 = stablehlo.reduce(%883 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %885 = stablehlo.broadcast_in_dim %884, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %886 = stablehlo.broadcast_in_dim %885, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %887 = stablehlo.divide %883, %886 : tensor<1x12x197x197xf32>
    %888 = stablehlo.dot_general %887, %875, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x197xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %889 = stablehlo.transpose %888, dims = [2, 0, 1, 3] : (tensor<1x12x197x64xf32>) -> tensor<197x1x12x64xf32>
    %890 = stablehlo.reshape %889 : (tensor<197x1x12x64xf32>) -> tensor<197x768xf32>
    %891 = stablehlo.dot_general %890, %arg105, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x768xf32>, tensor<768x768xf32>) -> tensor<197x768xf32>
    %892 = stablehlo.broadcast_in_dim %arg106, dims = [1] : (tensor<768xf32>) -> tensor<197x768xf32>
    %893 = stablehlo.add %891, %892 : tensor<197x768xf32>
    %894 = stablehlo.reshape %893 : (tensor<197x768xf32>) -> tensor<197x1x768xf32>
    %895 = stablehlo.transpose %894, dims = [1, 0, 2] : (tensor<197x1x768xf32>) -> tensor<1x197x768xf32>
    %896 = stablehlo.add %895, %830 : tensor<1x197x768xf32>
    %897 = stablehlo.reduce(%896 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %898 = stablehlo.broadcast_in_dim %897, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %899 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %900 = stablehlo.divide %898, %899 : tensor<1x197x1xf32>
    %901 = stablehlo.broadcast_in_dim %900, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %902 = stablehlo.subtract %896, %901 : tensor<1x197x768xf32>
    %903 = stablehlo.multiply %902, %902 : tensor<1x197x768xf32>
    %904 = stablehlo.reduce(%903 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %905 = stablehlo.broadcast_in_dim %904, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %906 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %907 = stablehlo.divide %905, %906 : tensor<1x197x1xf32>
    %908 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %909 = stablehlo.add %907, %908 : tensor<1x197x1xf32>
    %910 = stablehlo.rsqrt %909 : tensor<1x197x1xf32>
    %911 = stablehlo.broadcast_in_dim %910, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %912 = stablehlo.multiply %902, %911 : tensor<1x197x768xf32>
    %913 = stablehlo.broadcast_in_dim %arg107, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %914 = stablehlo.broadcast_in_dim %913, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %915 = stablehlo.multiply %912, %914 : tensor<1x197x768xf32>
    %916 = stablehlo.broadcast_in_dim %arg108, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %917 = stablehlo.broadcast_in_dim %916, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %918 = stablehlo.add %915, %917 : tensor<1x197x768xf32>
    %919 = stablehlo.dot_general %918, %arg109, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x768xf32>, tensor<3072x768xf32>) -> tensor<1x197x3072xf32>
    %920 = stablehlo.broadcast_in_dim %arg110, dims = [2] : (tensor<3072xf32>) -> tensor<1x197x3072xf32>
    %921 = stablehlo.add %919, %920 : tensor<1x197x3072xf32>
    %922 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %923 = stablehlo.multiply %921, %922 : tensor<1x197x3072xf32>
    %924 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %925 = stablehlo.multiply %921, %924 : tensor<1x197x3072xf32>
    %926 = stablehlo.composite "chlo.erf" %925 {decomposition = @chlo.erf.impl_7, version = 1 : i32} : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %927 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %928 = stablehlo.add %927, %926 : tensor<1x197x3072xf32>
    %929 = stablehlo.multiply %923, %928 : tensor<1x197x3072xf32>
    %930 = stablehlo.dot_general %929, %arg111, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x3072xf32>, tensor<768x3072xf32>) -> tensor<1x197x768xf32>
    %931 = stablehlo.broadcast_in_dim %arg112, dims = [2] : (tensor<768xf32>) -> tensor<1x197x768xf32>
    %932 = stablehlo.add %930, %931 : tensor<1x197x768xf32>
    %933 = stablehlo.add %896, %932 : tensor<1x197x768xf32>
    %934 = stablehlo.reduce(%933 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %935 = stablehlo.broadcast_in_dim %934, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %936 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %937 = stablehlo.divide %935, %936 : tensor<1x197x1xf32>
    %938 = stablehlo.broadcast_in_dim %937, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %939 = stablehlo.subtract %933, %938 : tensor<1x197x768xf32>
    %940 = stablehlo.multiply %939, %939 : tensor<1x197x768xf32>
    %941 = stablehlo.reduce(%940 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %942 = stablehlo.broadcast_in_dim %941, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %943 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %944 = stablehlo.divide %942, %943 : tensor<1x197x1xf32>
    %945 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %946 = stablehlo.add %944, %945 : tensor<1x197x1xf32>
    %947 = stablehlo.rsqrt %946 : tensor<1x197x1xf32>
    %948 = stablehlo.broadcast_in_dim %947, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %949 = stablehlo.multiply %939, %948 : tensor<1x197x768xf32>
    %950 = stablehlo.broadcast_in_dim %arg113, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %951 = stablehlo.broadcast_in_dim %950, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %952 = stablehlo.multiply %949, %951 : tensor<1x197x768xf32>
    %953 = stablehlo.broadcast_in_dim %arg114, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %954 = stablehlo.broadcast_in_dim %953, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %955 = stablehlo.add %952, %954 : tensor<1x197x768xf32>
    %956 = stablehlo.transpose %955, dims = [1, 0, 2] : (tensor<1x197x768xf32>) -> tensor<197x1x768xf32>
    %957 = stablehlo.dot_general %956, %arg115, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x1x768xf32>, tensor<2304x768xf32>) -> tensor<197x1x2304xf32>
    %958 = stablehlo.broadcast_in_dim %arg116, dims = [2] : (tensor<2304xf32>) -> tensor<197x1x2304xf32>
    %959 = stablehlo.add %957, %958 : tensor<197x1x2304xf32>
    %960 = stablehlo.reshape %959 : (tensor<197x1x2304xf32>) -> tensor<197x1x3x768xf32>
    %961 = stablehlo.broadcast_in_dim %960, dims = [1, 2, 3, 4] : (tensor<197x1x3x768xf32>) -> tensor<1x197x1x3x768xf32>
    %962 = stablehlo.transpose %961, dims = [3, 1, 2, 0, 4] : (tensor<1x197x1x3x768xf32>) -> tensor<3x197x1x1x768xf32>
    %963 = stablehlo.reshape %962 : (tensor<3x197x1x1x768xf32>) -> tensor<3x197x1x768xf32>
    %964 = stablehlo.slice %963 [0:1, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %965 = stablehlo.reshape %964 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %966 = stablehlo.slice %963 [1:2, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %967 = stablehlo.reshape %966 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %968 = stablehlo.slice %963 [2:3, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %969 = stablehlo.reshape %968 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %970 = stablehlo.reshape %965 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %971 = stablehlo.transpose %970, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %972 = stablehlo.reshape %967 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %973 = stablehlo.transpose %972, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %974 = stablehlo.reshape %969 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %975 = stablehlo.transpose %974, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %976 = stablehlo.reshape %971 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %977 = stablehlo.reshape %973 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %978 = stablehlo.reshape %975 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %979 = stablehlo.dot_general %976, %977, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x64xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x197xf32>
    %980 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x12x197x197xf32>
    %981 = stablehlo.multiply %979, %980 : tensor<1x12x197x197xf32>
    %982 = stablehlo.reduce(%981 init: %cst_2) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %983 = stablehlo.broadcast_in_dim %982, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %984 = stablehlo.broadcast_in_dim %983, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %985 = stablehlo.subtract %981, %984 : tensor<1x12x197x197xf32>
    %986 = stablehlo.exponential %985 : tensor<1x12x197x197xf32>
    %987 = stablehlo.reduce(%986 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %988 = stablehlo.broadcast_in_dim %987, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %989 = stablehlo.broadcast_in_dim %988, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %990 = stablehlo.divide %986, %989 : tensor<1x12x197x197xf32>
    %991 = stablehlo.dot_general %990, %978, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x197xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %992 = stablehlo.transpose %991, dims = [2, 0, 1, 3] : (tensor<1x12x197x64xf32>) -> tensor<197x1x12x64xf32>
    %993 = stablehlo.reshape %992 : (tensor<197x1x12x64xf32>) -> tensor<197x768xf32>
    %994 = stablehlo.dot_general %993, %arg117, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x768xf32>, tensor<768x768xf32>) -> tensor<197x768xf32>
    %995 = stablehlo.broadcast_in_dim %arg118, dims = [1] : (tensor<768xf32>) -> tensor<197x768xf32>
    %996 = stablehlo.add %994, %995 : tensor<197x768xf32>
    %997 = stablehlo.reshape %996 : (tensor<197x768xf32>) -> tensor<197x1x768xf32>
    %998 = stablehlo.transpose %997, dims = [1, 0, 2] : (tensor<197x1x768xf32>) -> tensor<1x197x768xf32>
    %999 = stablehlo.add %998, %933 : tensor<1x197x768xf32>
    %1000 = stablehlo.reduce(%999 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %1001 = stablehlo.broadcast_in_dim %1000, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %1002 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1003 = stablehlo.divide %1001, %1002 : tensor<1x197x1xf32>
    %1004 = stablehlo.broadcast_in_dim %1003, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %1005 = stablehlo.subtract %999, %1004 : tensor<1x197x768xf32>
    %1006 = stablehlo.multiply %1005, %1005 : tensor<1x197x768xf32>
    %1007 = stablehlo.reduce(%1006 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %1008 = stablehlo.broadcast_in_dim %1007, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %1009 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1010 = stablehlo.divide %1008, %1009 : tensor<1x197x1xf32>
    %1011 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1012 = stablehlo.add %1010, %1011 : tensor<1x197x1xf32>
    %1013 = stablehlo.rsqrt %1012 : tensor<1x197x1xf32>
    %1014 = stablehlo.broadcast_in_dim %1013, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %1015 = stablehlo.multiply %1005, %1014 : tensor<1x197x768xf32>
    %1016 = stablehlo.broadcast_in_dim %arg119, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1017 = stablehlo.broadcast_in_dim %1016, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %1018 = stablehlo.multiply %1015, %1017 : tensor<1x197x768xf32>
    %1019 = stablehlo.broadcast_in_dim %arg120, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1020 = stablehlo.broadcast_in_dim %1019, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %1021 = stablehlo.add %1018, %1020 : tensor<1x197x768xf32>
    %1022 = stablehlo.dot_general %1021, %arg121, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x768xf32>, tensor<3072x768xf32>) -> tensor<1x197x3072xf32>
    %1023 = stablehlo.broadcast_in_dim %arg122, dims = [2] : (tensor<3072xf32>) -> tensor<1x197x3072xf32>
    %1024 = stablehlo.add %1022, %1023 : tensor<1x197x3072xf32>
    %1025 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %1026 = stablehlo.multiply %1024, %1025 : tensor<1x197x3072xf32>
    %1027 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %1028 = stablehlo.multiply %1024, %1027 : tensor<1x197x3072xf32>
    %1029 = stablehlo.composite "chlo.erf" %1028 {decomposition = @chlo.erf.impl_8, version = 1 : i32} : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %1030 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %1031 = stablehlo.add %1030, %1029 : tensor<1x197x3072xf32>
    %1032 = stablehlo.multiply %1026, %1031 : tensor<1x197x3072xf32>
    %1033 = stablehlo.dot_general %1032, %arg123, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x3072xf32>, tensor<768x3072xf32>) -> tensor<1x197x768xf32>
    %1034 = stablehlo.broadcast_in_dim %arg124, dims = [2] : (tensor<768xf32>) -> tensor<1x197x768xf32>
    %1035 = stablehlo.add %1033, %1034 : tensor<1x197x768xf32>
    %1036 = stablehlo.add %999, %1035 : tensor<1x197x768xf32>
    %1037 = stablehlo.reduce(%1036 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %1038 = stablehlo.broadcast_in_dim %1037, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %1039 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1040 = stablehlo.divide %1038, %1039 : tensor<1x197x1xf32>
    %1041 = stablehlo.broadcast_in_dim %1040, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %1042 = stablehlo.subtract %1036, %1041 : tensor<1x197x768xf32>
    %1043 = stablehlo.multiply %1042, %1042 : tensor<1x197x768xf32>
    %1044 = stablehlo.reduce(%1043 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %1045 = stablehlo.broadcast_in_dim %1044, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %1046 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1047 = stablehlo.divide %1045, %1046 : tensor<1x197x1xf32>
    %1048 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1049 = stablehlo.add %1047, %1048 : tensor<1x197x1xf32>
    %1050 = stablehlo.rsqrt %1049 : tensor<1x197x1xf32>
    %1051 = stablehlo.broadcast_in_dim %1050, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %1052 = stablehlo.multiply %1042, %1051 : tensor<1x197x768xf32>
    %1053 = stablehlo.broadcast_in_dim %arg125, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1054 = stablehlo.broadcast_in_dim %1053, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %1055 = stablehlo.multiply %1052, %1054 : tensor<1x197x768xf32>
    %1056 = stablehlo.broadcast_in_dim %arg126, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1057 = stablehlo.broadcast_in_dim %1056, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %1058 = stablehlo.add %1055, %1057 : tensor<1x197x768xf32>
    %1059 = stablehlo.transpose %1058, dims = [1, 0, 2] : (tensor<1x197x768xf32>) -> tensor<197x1x768xf32>
    %1060 = stablehlo.dot_general %1059, %arg127, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x1x768xf32>, tensor<2304x768xf32>) -> tensor<197x1x2304xf32>
    %1061 = stablehlo.broadcast_in_dim %arg128, dims = [2] : (tensor<2304xf32>) -> tensor<197x1x2304xf32>
    %1062 = stablehlo.add %1060, %1061 : tensor<197x1x2304xf32>
    %1063 = stablehlo.reshape %1062 : (tensor<197x1x2304xf32>) -> tensor<197x1x3x768xf32>
    %1064 = stablehlo.broadcast_in_dim %1063, dims = [1, 2, 3, 4] : (tensor<197x1x3x768xf32>) -> tensor<1x197x1x3x768xf32>
    %1065 = stablehlo.transpose %1064, dims = [3, 1, 2, 0, 4] : (tensor<1x197x1x3x768xf32>) -> tensor<3x197x1x1x768xf32>
    %1066 = stablehlo.reshape %1065 : (tensor<3x197x1x1x768xf32>) -> tensor<3x197x1x768xf32>
    %1067 = stablehlo.slice %1066 [0:1, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %1068 = stablehlo.reshape %1067 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %1069 = stablehlo.slice %1066 [1:2, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %1070 = stablehlo.reshape %1069 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %1071 = stablehlo.slice %1066 [2:3, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %1072 = stablehlo.reshape %1071 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %1073 = stablehlo.reshape %1068 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %1074 = stablehlo.transpose %1073, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %1075 = stablehlo.reshape %1070 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %1076 = stablehlo.transpose %1075, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %1077 = stablehlo.reshape %1072 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %1078 = stablehlo.transpose %1077, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %1079 = stablehlo.reshape %1074 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %1080 = stablehlo.reshape %1076 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %1081 = stablehlo.reshape %1078 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %1082 = stablehlo.dot_general %1079, %1080, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x64xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x197xf32>
    %1083 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x12x197x197xf32>
    %1084 = stablehlo.multiply %1082, %1083 : tensor<1x12x197x197xf32>
    %1085 = stablehlo.reduce(%1084 init: %cst_2) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %1086 = stablehlo.broadcast_in_dim %1085, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %1087 = stablehlo.broadcast_in_dim %1086, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %1088 = stablehlo.subtract %1084, %1087 : tensor<1x12x197x197xf32>
    %1089 = stablehlo.exponential %1088 : tensor<1x12x197x197xf32>
    %1090 = stablehlo.reduce(%1089 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %1091 = stablehlo.broadcast_in_dim %1090, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %1092 = stablehlo.broadcast_in_dim %1091, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %1093 = stablehlo.divide %1089, %1092 : tensor<1x12x197x197xf32>
    %1094 = stablehlo.dot_general %1093, %1081, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x197xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %1095 = stablehlo.transpose %1094, dims = [2, 0, 1, 3] : (tensor<1x12x197x64xf32>) -> tensor<197x1x12x64xf32>
    %1096 = stablehlo.reshape %1095 : (tensor<197x1x12x64xf32>) -> tensor<197x768xf32>
    %1097 = stablehlo.dot_general %1096, %arg129, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x768xf32>, tensor<768x768xf32>) -> tensor<197x768xf32>
    %1098 = stablehlo.broadcast_in_dim %arg130, dims = [1] : (tensor<768xf32>) -> tensor<197x768xf32>
    %1099 = stablehlo.add %1097, %1098 : tensor<197x768xf32>
    %1100 = stablehlo.reshape %1099 : (tensor<197x768xf32>) -> tensor<197x1x768xf32>
    %1101 = stablehlo.transpose %1100, dims = [1, 0, 2] : (tensor<197x1x768xf32>) -> tensor<1x197x768xf32>
    %1102 = stablehlo.add %1101, %1036 : tensor<1x197x768xf32>
    %1103 = stablehlo.reduce(%1102 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %1104 = stablehlo.broadcast_in_dim %1103, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %1105 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1106 = stablehlo.divide %1104, %1105 : tensor<1x197x1xf32>
    %1107 = stablehlo.broadcast_in_dim %1106, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %1108 = stablehlo.subtract %1102, %1107 : tensor<1x197x768xf32>
    %1109 = stablehlo.multiply %1108, %1108 : tensor<1x197x768xf32>
    %1110 = stablehlo.reduce(%1109 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %1111 = stablehlo.broadcast_in_dim %1110, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %1112 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1113 = stablehlo.divide %1111, %1112 : tensor<1x197x1xf32>
    %1114 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1115 = stablehlo.add %1113, %1114 : tensor<1x197x1xf32>
    %1116 = stablehlo.rsqrt %1115 : tensor<1x197x1xf32>
    %1117 = stablehlo.broadcast_in_dim %1116, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %1118 = stablehlo.multiply %1108, %1117 : tensor<1x197x768xf32>
    %1119 = stablehlo.broadcast_in_dim %arg131, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1120 = stablehlo.broadcast_in_dim %1119, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %1121 = stablehlo.multiply %1118, %1120 : tensor<1x197x768xf32>
    %1122 = stablehlo.broadcast_in_dim %arg132, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1123 = stablehlo.broadcast_in_dim %1122, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %1124 = stablehlo.add %1121, %1123 : tensor<1x197x768xf32>
    %1125 = stablehlo.dot_general %1124, %arg133, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x768xf32>, tensor<3072x768xf32>) -> tensor<1x197x3072xf32>
    %1126 = stablehlo.broadcast_in_dim %arg134, dims = [2] : (tensor<3072xf32>) -> tensor<1x197x3072xf32>
    %1127 = stablehlo.add %1125, %1126 : tensor<1x197x3072xf32>
    %1128 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %1129 = stablehlo.multiply %1127, %1128 : tensor<1x197x3072xf32>
    %1130 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %1131 = stablehlo.multiply %1127, %1130 : tensor<1x197x3072xf32>
    %1132 = stablehlo.composite "chlo.erf" %1131 {decomposition = @chlo.erf.impl_9, version = 1 : i32} : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %1133 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %1134 = stablehlo.add %1133, %1132 : tensor<1x197x3072xf32>
    %1135 = stablehlo.multiply %1129, %1134 : tensor<1x197x3072xf32>
    %1136 = stablehlo.dot_general %1135, %arg135, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x3072xf32>, tensor<768x3072xf32>) -> tensor<1x197x768xf32>
    %1137 = stablehlo.broadcast_in_dim %arg136, dims = [2] : (tensor<768xf32>) -> tensor<1x197x768xf32>
    %1138 = stablehlo.add %1136, %1137 : tensor<1x197x768xf32>
    %1139 = stablehlo.add %1102, %1138 : tensor<1x197x768xf32>
    %1140 = stablehlo.reduce(%1139 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %1141 = stablehlo.broadcast_in_dim %1140, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %1142 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1143 = stablehlo.divide %1141, %1142 : tensor<1x197x1xf32>
    %1144 = stablehlo.broadcast_in_dim %1143, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %1145 = stablehlo.subtract %1139, %1144 : tensor<1x197x768xf32>
    %1146 = stablehlo.multiply %1145, %1145 : tensor<1x197x768xf32>
    %1147 = stablehlo.reduce(%1146 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %1148 = stablehlo.broadcast_in_dim %1147, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %1149 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1150 = stablehlo.divide %1148, %1149 : tensor<1x197x1xf32>
    %1151 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1152 = stablehlo.add %1150, %1151 : tensor<1x197x1xf32>
    %1153 = stablehlo.rsqrt %1152 : tensor<1x197x1xf32>
    %1154 = stablehlo.broadcast_in_dim %1153, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %1155 = stablehlo.multiply %1145, %1154 : tensor<1x197x768xf32>
    %1156 = stablehlo.broadcast_in_dim %arg137, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1157 = stablehlo.broadcast_in_dim %1156, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %1158 = stablehlo.multiply %1155, %1157 : tensor<1x197x768xf32>
    %1159 = stablehlo.broadcast_in_dim %arg138, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1160 = stablehlo.broadcast_in_dim %1159, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %1161 = stablehlo.add %1158, %1160 : tensor<1x197x768xf32>
    %1162 = stablehlo.transpose %1161, dims = [1, 0, 2] : (tensor<1x197x768xf32>) -> tensor<197x1x768xf32>
    %1163 = stablehlo.dot_general %1162, %arg139, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x1x768xf32>, tensor<2304x768xf32>) -> tensor<197x1x2304xf32>
    %1164 = stablehlo.broadcast_in_dim %arg140, dims = [2] : (tensor<2304xf32>) -> tensor<197x1x2304xf32>
    %1165 = stablehlo.add %1163, %1164 : tensor<197x1x2304xf32>
    %1166 = stablehlo.reshape %1165 : (tensor<197x1x2304xf32>) -> tensor<197x1x3x768xf32>
    %1167 = stablehlo.broadcast_in_dim %1166, dims = [1, 2, 3, 4] : (tensor<197x1x3x768xf32>) -> tensor<1x197x1x3x768xf32>
    %1168 = stablehlo.transpose %1167, dims = [3, 1, 2, 0, 4] : (tensor<1x197x1x3x768xf32>) -> tensor<3x197x1x1x768xf32>
    %1169 = stablehlo.reshape %1168 : (tensor<3x197x1x1x768xf32>) -> tensor<3x197x1x768xf32>
    %1170 = stablehlo.slice %1169 [0:1, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %1171 = stablehlo.reshape %1170 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %1172 = stablehlo.slice %1169 [1:2, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %1173 = stablehlo.reshape %1172 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %1174 = stablehlo.slice %1169 [2:3, 0:197, 0:1, 0:768] : (tensor<3x197x1x768xf32>) -> tensor<1x197x1x768xf32>
    %1175 = stablehlo.reshape %1174 : (tensor<1x197x1x768xf32>) -> tensor<197x1x768xf32>
    %1176 = stablehlo.reshape %1171 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %1177 = stablehlo.transpose %1176, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %1178 = stablehlo.reshape %1173 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %1179 = stablehlo.transpose %1178, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %1180 = stablehlo.reshape %1175 : (tensor<197x1x768xf32>) -> tensor<197x12x64xf32>
    %1181 = stablehlo.transpose %1180, dims = [1, 0, 2] : (tensor<197x12x64xf32>) -> tensor<12x197x64xf32>
    %1182 = stablehlo.reshape %1177 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %1183 = stablehlo.reshape %1179 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %1184 = stablehlo.reshape %1181 : (tensor<12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %1185 = stablehlo.dot_general %1182, %1183, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [3], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x64xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x197xf32>
    %1186 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x12x197x197xf32>
    %1187 = stablehlo.multiply %1185, %1186 : tensor<1x12x197x197xf32>
    %1188 = stablehlo.reduce(%1187 init: %cst_2) applies stablehlo.maximum across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %1189 = stablehlo.broadcast_in_dim %1188, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %1190 = stablehlo.broadcast_in_dim %1189, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %1191 = stablehlo.subtract %1187, %1190 : tensor<1x12x197x197xf32>
    %1192 = stablehlo.exponential %1191 : tensor<1x12x197x197xf32>
    %1193 = stablehlo.reduce(%1192 init: %cst_6) applies stablehlo.add across dimensions = [3] : (tensor<1x12x197x197xf32>, tensor<f32>) -> tensor<1x12x197xf32>
    %1194 = stablehlo.broadcast_in_dim %1193, dims = [0, 1, 2] : (tensor<1x12x197xf32>) -> tensor<1x12x197x1xf32>
    %1195 = stablehlo.broadcast_in_dim %1194, dims = [0, 1, 2, 3] : (tensor<1x12x197x1xf32>) -> tensor<1x12x197x197xf32>
    %1196 = stablehlo.divide %1192, %1195 : tensor<1x12x197x197xf32>
    %1197 = stablehlo.dot_general %1196, %1184, batching_dims = [0, 1] x [0, 1], contracting_dims = [3] x [2], precision = [HIGHEST, HIGHEST] : (tensor<1x12x197x197xf32>, tensor<1x12x197x64xf32>) -> tensor<1x12x197x64xf32>
    %1198 = stablehlo.transpose %1197, dims = [2, 0, 1, 3] : (tensor<1x12x197x64xf32>) -> tensor<197x1x12x64xf32>
    %1199 = stablehlo.reshape %1198 : (tensor<197x1x12x64xf32>) -> tensor<197x768xf32>
    %1200 = stablehlo.dot_general %1199, %arg141, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<197x768xf32>, tensor<768x768xf32>) -> tensor<197x768xf32>
    %1201 = stablehlo.broadcast_in_dim %arg142, dims = [1] : (tensor<768xf32>) -> tensor<197x768xf32>
    %1202 = stablehlo.add %1200, %1201 : tensor<197x768xf32>
    %1203 = stablehlo.reshape %1202 : (tensor<197x768xf32>) -> tensor<197x1x768xf32>
    %1204 = stablehlo.transpose %1203, dims = [1, 0, 2] : (tensor<197x1x768xf32>) -> tensor<1x197x768xf32>
    %1205 = stablehlo.add %1204, %1139 : tensor<1x197x768xf32>
    %1206 = stablehlo.reduce(%1205 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %1207 = stablehlo.broadcast_in_dim %1206, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %1208 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1209 = stablehlo.divide %1207, %1208 : tensor<1x197x1xf32>
    %1210 = stablehlo.broadcast_in_dim %1209, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %1211 = stablehlo.subtract %1205, %1210 : tensor<1x197x768xf32>
    %1212 = stablehlo.multiply %1211, %1211 : tensor<1x197x768xf32>
    %1213 = stablehlo.reduce(%1212 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %1214 = stablehlo.broadcast_in_dim %1213, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %1215 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1216 = stablehlo.divide %1214, %1215 : tensor<1x197x1xf32>
    %1217 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1218 = stablehlo.add %1216, %1217 : tensor<1x197x1xf32>
    %1219 = stablehlo.rsqrt %1218 : tensor<1x197x1xf32>
    %1220 = stablehlo.broadcast_in_dim %1219, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %1221 = stablehlo.multiply %1211, %1220 : tensor<1x197x768xf32>
    %1222 = stablehlo.broadcast_in_dim %arg143, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1223 = stablehlo.broadcast_in_dim %1222, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %1224 = stablehlo.multiply %1221, %1223 : tensor<1x197x768xf32>
    %1225 = stablehlo.broadcast_in_dim %arg144, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1226 = stablehlo.broadcast_in_dim %1225, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %1227 = stablehlo.add %1224, %1226 : tensor<1x197x768xf32>
    %1228 = stablehlo.dot_general %1227, %arg145, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x768xf32>, tensor<3072x768xf32>) -> tensor<1x197x3072xf32>
    %1229 = stablehlo.broadcast_in_dim %arg146, dims = [2] : (tensor<3072xf32>) -> tensor<1x197x3072xf32>
    %1230 = stablehlo.add %1228, %1229 : tensor<1x197x3072xf32>
    %1231 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %1232 = stablehlo.multiply %1230, %1231 : tensor<1x197x3072xf32>
    %1233 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %1234 = stablehlo.multiply %1230, %1233 : tensor<1x197x3072xf32>
    %1235 = stablehlo.composite "chlo.erf" %1234 {decomposition = @chlo.erf.impl_10, version = 1 : i32} : (tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32>
    %1236 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x197x3072xf32>
    %1237 = stablehlo.add %1236, %1235 : tensor<1x197x3072xf32>
    %1238 = stablehlo.multiply %1232, %1237 : tensor<1x197x3072xf32>
    %1239 = stablehlo.dot_general %1238, %arg147, contracting_dims = [2] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x197x3072xf32>, tensor<768x3072xf32>) -> tensor<1x197x768xf32>
    %1240 = stablehlo.broadcast_in_dim %arg148, dims = [2] : (tensor<768xf32>) -> tensor<1x197x768xf32>
    %1241 = stablehlo.add %1239, %1240 : tensor<1x197x768xf32>
    %1242 = stablehlo.add %1205, %1241 : tensor<1x197x768xf32>
    %1243 = stablehlo.reduce(%1242 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %1244 = stablehlo.broadcast_in_dim %1243, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %1245 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1246 = stablehlo.divide %1244, %1245 : tensor<1x197x1xf32>
    %1247 = stablehlo.broadcast_in_dim %1246, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %1248 = stablehlo.subtract %1242, %1247 : tensor<1x197x768xf32>
    %1249 = stablehlo.multiply %1248, %1248 : tensor<1x197x768xf32>
    %1250 = stablehlo.reduce(%1249 init: %cst_6) applies stablehlo.add across dimensions = [2] : (tensor<1x197x768xf32>, tensor<f32>) -> tensor<1x197xf32>
    %1251 = stablehlo.broadcast_in_dim %1250, dims = [0, 1] : (tensor<1x197xf32>) -> tensor<1x197x1xf32>
    %1252 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1253 = stablehlo.divide %1251, %1252 : tensor<1x197x1xf32>
    %1254 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x197x1xf32>
    %1255 = stablehlo.add %1253, %1254 : tensor<1x197x1xf32>
    %1256 = stablehlo.rsqrt %1255 : tensor<1x197x1xf32>
    %1257 = stablehlo.broadcast_in_dim %1256, dims = [0, 1, 2] : (tensor<1x197x1xf32>) -> tensor<1x197x768xf32>
    %1258 = stablehlo.multiply %1248, %1257 : tensor<1x197x768xf32>
    %1259 = stablehlo.broadcast_in_dim %arg149, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1260 = stablehlo.broadcast_in_dim %1259, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %1261 = stablehlo.multiply %1258, %1260 : tensor<1x197x768xf32>
    %1262 = stablehlo.broadcast_in_dim %arg150, dims = [2] : (tensor<768xf32>) -> tensor<1x1x768xf32>
    %1263 = stablehlo.broadcast_in_dim %1262, dims = [0, 1, 2] : (tensor<1x1x768xf32>) -> tensor<1x197x768xf32>
    %1264 = stablehlo.add %1261, %1263 : tensor<1x197x768xf32>
    %1265 = stablehlo.slice %1264 [0:1, 0:1, 0:768] : (tensor<1x197x768xf32>) -> tensor<1x1x768xf32>
    %1266 = stablehlo.reshape %1265 : (tensor<1x1x768xf32>) -> tensor<1x768xf32>
    %1267 = stablehlo.dot_general %1266, %arg151, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x768xf32>, tensor<1000x768xf32>) -> tensor<1x1000xf32>
    %1268 = stablehlo.broadcast_in_dim %arg152, dims = [1] : (tensor<1000xf32>) -> tensor<1x1000xf32>
    %1269 = stablehlo.add %1267, %1268 : tensor<1x1000xf32>
    return %1269 : tensor<1x1000xf32>
  }
  func.func private @chlo.erf.impl_10(%arg0: tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<1x197x3072xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<1x197x3072xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<1x197x3072xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<1x197x3072xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<1x197x3072xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<1x197x3072xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<1x197x3072xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<1x197x3072xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<1x197x3072xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<1x197x3072xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<1x197x3072xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<1x197x3072xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<1x197x3072xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<1x197x3072xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<1x197x3072xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<1x197x3072xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<1x197x3072xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<1x197x3072xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<1x197x3072xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<1x197x3072xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<1x197x3072xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<1x197x3072xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<1x197x3072xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<1x197x3072xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<1x197x3072xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<1x197x3072xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<1x197x3072xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<1x197x3072xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<1x197x3072xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<1x197x3072xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<1x197x3072xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<1x197x3072xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<1x197x3072xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<1x197x3072xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<1x197x3072xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<1x197x3072xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<1x197x3072xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<1x197x3072xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<1x197x3072xf32>
    %23 = stablehlo.divide %22, %21 : tensor<1x197x3072xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<1x197x3072xf32>
    return %24 : tensor<1x197x3072xf32>
  }
  func.func private @chlo.erf.impl_9(%arg0: tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<1x197x3072xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<1x197x3072xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<1x197x3072xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<1x197x3072xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<1x197x3072xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<1x197x3072xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<1x197x3072xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<1x197x3072xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<1x197x3072xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<1x197x3072xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<1x197x3072xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<1x197x3072xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<1x197x3072xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<1x197x3072xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<1x197x3072xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<1x197x3072xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<1x197x3072xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<1x197x3072xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<1x197x3072xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<1x197x3072xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<1x197x3072xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<1x197x3072xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<1x197x3072xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<1x197x3072xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<1x197x3072xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<1x197x3072xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<1x197x3072xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<1x197x3072xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<1x197x3072xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<1x197x3072xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<1x197x3072xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<1x197x3072xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<1x197x3072xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<1x197x3072xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<1x197x3072xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<1x197x3072xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<1x197x3072xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<1x197x3072xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<1x197x3072xf32>
    %23 = stablehlo.divide %22, %21 : tensor<1x197x3072xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<1x197x3072xf32>
    return %24 : tensor<1x197x3072xf32>
  }
  func.func private @chlo.erf.impl_8(%arg0: tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<1x197x3072xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<1x197x3072xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<1x197x3072xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<1x197x3072xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<1x197x3072xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<1x197x3072xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<1x197x3072xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<1x197x3072xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<1x197x3072xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<1x197x3072xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<1x197x3072xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<1x197x3072xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<1x197x3072xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<1x197x3072xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<1x197x3072xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<1x197x3072xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<1x197x3072xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<1x197x3072xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<1x197x3072xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<1x197x3072xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<1x197x3072xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<1x197x3072xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<1x197x3072xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<1x197x3072xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<1x197x3072xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<1x197x3072xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<1x197x3072xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<1x197x3072xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<1x197x3072xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<1x197x3072xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<1x197x3072xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<1x197x3072xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<1x197x3072xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<1x197x3072xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<1x197x3072xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<1x197x3072xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<1x197x3072xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<1x197x3072xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<1x197x3072xf32>
    %23 = stablehlo.divide %22, %21 : tensor<1x197x3072xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<1x197x3072xf32>
    return %24 : tensor<1x197x3072xf32>
  }
  func.func private @chlo.erf.impl_7(%arg0: tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<1x197x3072xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<1x197x3072xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<1x197x3072xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<1x197x3072xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<1x197x3072xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<1x197x3072xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<1x197x3072xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<1x197x3072xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<1x197x3072xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<1x197x3072xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<1x197x3072xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<1x197x3072xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<1x197x3072xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<1x197x3072xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<1x197x3072xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<1x197x3072xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<1x197x3072xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<1x197x3072xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<1x197x3072xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<1x197x3072xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<1x197x3072xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<1x197x3072xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<1x197x3072xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<1x197x3072xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<1x197x3072xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<1x197x3072xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<1x197x3072xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<1x197x3072xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<1x197x3072xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<1x197x3072xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<1x197x3072xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<1x197x3072xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<1x197x3072xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<1x197x3072xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<1x197x3072xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<1x197x3072xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<1x197x3072xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<1x197x3072xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<1x197x3072xf32>
    %23 = stablehlo.divide %22, %21 : tensor<1x197x3072xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<1x197x3072xf32>
    return %24 : tensor<1x197x3072xf32>
  }
  func.func private @chlo.erf.impl_6(%arg0: tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<1x197x3072xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<1x197x3072xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<1x197x3072xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<1x197x3072xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<1x197x3072xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<1x197x3072xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<1x197x3072xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<1x197x3072xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<1x197x3072xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<1x197x3072xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<1x197x3072xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<1x197x3072xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<1x197x3072xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<1x197x3072xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<1x197x3072xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<1x197x3072xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<1x197x3072xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<1x197x3072xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<1x197x3072xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<1x197x3072xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<1x197x3072xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<1x197x3072xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<1x197x3072xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<1x197x3072xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<1x197x3072xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<1x197x3072xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<1x197x3072xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<1x197x3072xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<1x197x3072xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<1x197x3072xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<1x197x3072xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<1x197x3072xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<1x197x3072xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<1x197x3072xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<1x197x3072xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<1x197x3072xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<1x197x3072xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<1x197x3072xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<1x197x3072xf32>
    %23 = stablehlo.divide %22, %21 : tensor<1x197x3072xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<1x197x3072xf32>
    return %24 : tensor<1x197x3072xf32>
  }
  func.func private @chlo.erf.impl_5(%arg0: tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<1x197x3072xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<1x197x3072xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<1x197x3072xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<1x197x3072xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<1x197x3072xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<1x197x3072xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<1x197x3072xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<1x197x3072xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<1x197x3072xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<1x197x3072xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<1x197x3072xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<1x197x3072xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<1x197x3072xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<1x197x3072xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<1x197x3072xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<1x197x3072xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<1x197x3072xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<1x197x3072xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<1x197x3072xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<1x197x3072xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<1x197x3072xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<1x197x3072xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<1x197x3072xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<1x197x3072xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<1x197x3072xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<1x197x3072xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<1x197x3072xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<1x197x3072xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<1x197x3072xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<1x197x3072xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<1x197x3072xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<1x197x3072xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<1x197x3072xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<1x197x3072xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<1x197x3072xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<1x197x3072xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<1x197x3072xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<1x197x3072xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<1x197x3072xf32>
    %23 = stablehlo.divide %22, %21 : tensor<1x197x3072xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<1x197x3072xf32>
    return %24 : tensor<1x197x3072xf32>
  }
  func.func private @chlo.erf.impl_4(%arg0: tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<1x197x3072xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<1x197x3072xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<1x197x3072xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<1x197x3072xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<1x197x3072xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<1x197x3072xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<1x197x3072xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<1x197x3072xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<1x197x3072xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<1x197x3072xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<1x197x3072xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<1x197x3072xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<1x197x3072xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<1x197x3072xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<1x197x3072xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<1x197x3072xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<1x197x3072xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<1x197x3072xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<1x197x3072xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<1x197x3072xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<1x197x3072xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<1x197x3072xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<1x197x3072xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<1x197x3072xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<1x197x3072xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<1x197x3072xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<1x197x3072xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<1x197x3072xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<1x197x3072xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<1x197x3072xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<1x197x3072xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<1x197x3072xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<1x197x3072xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<1x197x3072xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<1x197x3072xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<1x197x3072xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<1x197x3072xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<1x197x3072xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<1x197x3072xf32>
    %23 = stablehlo.divide %22, %21 : tensor<1x197x3072xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<1x197x3072xf32>
    return %24 : tensor<1x197x3072xf32>
  }
  func.func private @chlo.erf.impl_3(%arg0: tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<1x197x3072xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<1x197x3072xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<1x197x3072xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<1x197x3072xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<1x197x3072xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<1x197x3072xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<1x197x3072xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<1x197x3072xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<1x197x3072xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<1x197x3072xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<1x197x3072xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<1x197x3072xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<1x197x3072xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<1x197x3072xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<1x197x3072xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<1x197x3072xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<1x197x3072xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<1x197x3072xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<1x197x3072xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<1x197x3072xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<1x197x3072xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<1x197x3072xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<1x197x3072xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<1x197x3072xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<1x197x3072xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<1x197x3072xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<1x197x3072xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<1x197x3072xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<1x197x3072xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<1x197x3072xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<1x197x3072xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<1x197x3072xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<1x197x3072xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<1x197x3072xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<1x197x3072xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<1x197x3072xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<1x197x3072xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<1x197x3072xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<1x197x3072xf32>
    %23 = stablehlo.divide %22, %21 : tensor<1x197x3072xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<1x197x3072xf32>
    return %24 : tensor<1x197x3072xf32>
  }
  func.func private @chlo.erf.impl_2(%arg0: tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<1x197x3072xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<1x197x3072xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<1x197x3072xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<1x197x3072xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<1x197x3072xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<1x197x3072xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<1x197x3072xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<1x197x3072xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<1x197x3072xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<1x197x3072xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<1x197x3072xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<1x197x3072xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<1x197x3072xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<1x197x3072xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<1x197x3072xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<1x197x3072xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<1x197x3072xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<1x197x3072xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<1x197x3072xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<1x197x3072xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<1x197x3072xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<1x197x3072xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<1x197x3072xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<1x197x3072xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<1x197x3072xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<1x197x3072xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<1x197x3072xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<1x197x3072xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<1x197x3072xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<1x197x3072xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<1x197x3072xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<1x197x3072xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<1x197x3072xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<1x197x3072xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<1x197x3072xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<1x197x3072xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<1x197x3072xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<1x197x3072xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<1x197x3072xf32>
    %23 = stablehlo.divide %22, %21 : tensor<1x197x3072xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<1x197x3072xf32>
    return %24 : tensor<1x197x3072xf32>
  }
  func.func private @chlo.erf.impl_1(%arg0: tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<1x197x3072xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<1x197x3072xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<1x197x3072xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<1x197x3072xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<1x197x3072xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<1x197x3072xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<1x197x3072xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<1x197x3072xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<1x197x3072xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<1x197x3072xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<1x197x3072xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<1x197x3072xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<1x197x3072xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<1x197x3072xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<1x197x3072xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<1x197x3072xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<1x197x3072xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<1x197x3072xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<1x197x3072xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<1x197x3072xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<1x197x3072xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<1x197x3072xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<1x197x3072xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<1x197x3072xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<1x197x3072xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<1x197x3072xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<1x197x3072xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<1x197x3072xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<1x197x3072xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<1x197x3072xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<1x197x3072xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<1x197x3072xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<1x197x3072xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<1x197x3072xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<1x197x3072xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<1x197x3072xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<1x197x3072xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<1x197x3072xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<1x197x3072xf32>
    %23 = stablehlo.divide %22, %21 : tensor<1x197x3072xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<1x197x3072xf32>
    return %24 : tensor<1x197x3072xf32>
  }
  func.func private @chlo.erf.impl_0(%arg0: tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<1x197x3072xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<1x197x3072xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<1x197x3072xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<1x197x3072xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<1x197x3072xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<1x197x3072xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<1x197x3072xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<1x197x3072xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<1x197x3072xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<1x197x3072xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<1x197x3072xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<1x197x3072xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<1x197x3072xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<1x197x3072xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<1x197x3072xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<1x197x3072xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<1x197x3072xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<1x197x3072xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<1x197x3072xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<1x197x3072xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<1x197x3072xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<1x197x3072xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<1x197x3072xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<1x197x3072xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<1x197x3072xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<1x197x3072xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<1x197x3072xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<1x197x3072xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<1x197x3072xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<1x197x3072xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<1x197x3072xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<1x197x3072xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<1x197x3072xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<1x197x3072xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<1x197x3072xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<1x197x3072xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<1x197x3072xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<1x197x3072xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<1x197x3072xf32>
    %23 = stablehlo.divide %22, %21 : tensor<1x197x3072xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<1x197x3072xf32>
    return %24 : tensor<1x197x3072xf32>
  }
  func.func private @chlo.erf.impl(%arg0: tensor<1x197x3072xf32>) -> tensor<1x197x3072xf32> {
    %cst = stablehlo.constant dense<1.000000e+00> : tensor<1x197x3072xf32>
    %cst_0 = stablehlo.constant dense<-1.000000e+00> : tensor<1x197x3072xf32>
    %cst_1 = stablehlo.constant dense<-0.0142647391> : tensor<1x197x3072xf32>
    %cst_2 = stablehlo.constant dense<-0.00737332925> : tensor<1x197x3072xf32>
    %cst_3 = stablehlo.constant dense<-0.00168282702> : tensor<1x197x3072xf32>
    %cst_4 = stablehlo.constant dense<-2.13374049E-4> : tensor<1x197x3072xf32>
    %cst_5 = stablehlo.constant dense<-1.45660715E-5> : tensor<1x197x3072xf32>
    %cst_6 = stablehlo.constant dense<-0.0160960332> : tensor<1x197x3072xf32>
    %cst_7 = stablehlo.constant dense<-2.954600e-03> : tensor<1x197x3072xf32>
    %cst_8 = stablehlo.constant dense<-7.34990637E-4> : tensor<1x197x3072xf32>
    %cst_9 = stablehlo.constant dense<-5.69250624E-5> : tensor<1x197x3072xf32>
    %cst_10 = stablehlo.constant dense<-2.10102394E-6> : tensor<1x197x3072xf32>
    %cst_11 = stablehlo.constant dense<2.77068146E-8> : tensor<1x197x3072xf32>
    %cst_12 = stablehlo.constant dense<-2.72614237E-10> : tensor<1x197x3072xf32>
    %cst_13 = stablehlo.constant dense<-4.000000e+00> : tensor<1x197x3072xf32>
    %cst_14 = stablehlo.constant dense<4.000000e+00> : tensor<1x197x3072xf32>
    %0 = stablehlo.clamp %cst_13, %arg0, %cst_14 : tensor<1x197x3072xf32>
    %1 = stablehlo.multiply %0, %0 : tensor<1x197x3072xf32>
    %2 = stablehlo.multiply %cst_12, %1 : tensor<1x197x3072xf32>
    %3 = stablehlo.add %2, %cst_11 : tensor<1x197x3072xf32>
    %4 = stablehlo.multiply %3, %1 : tensor<1x197x3072xf32>
    %5 = stablehlo.add %4, %cst_10 : tensor<1x197x3072xf32>
    %6 = stablehlo.multiply %5, %1 : tensor<1x197x3072xf32>
    %7 = stablehlo.add %6, %cst_9 : tensor<1x197x3072xf32>
    %8 = stablehlo.multiply %7, %1 : tensor<1x197x3072xf32>
    %9 = stablehlo.add %8, %cst_8 : tensor<1x197x3072xf32>
    %10 = stablehlo.multiply %9, %1 : tensor<1x197x3072xf32>
    %11 = stablehlo.add %10, %cst_7 : tensor<1x197x3072xf32>
    %12 = stablehlo.multiply %11, %1 : tensor<1x197x3072xf32>
    %13 = stablehlo.add %12, %cst_6 : tensor<1x197x3072xf32>
    %14 = stablehlo.multiply %cst_5, %1 : tensor<1x197x3072xf32>
    %15 = stablehlo.add %14, %cst_4 : tensor<1x197x3072xf32>
    %16 = stablehlo.multiply %15, %1 : tensor<1x197x3072xf32>
    %17 = stablehlo.add %16, %cst_3 : tensor<1x197x3072xf32>
    %18 = stablehlo.multiply %17, %1 : tensor<1x197x3072xf32>
    %19 = stablehlo.add %18, %cst_2 : tensor<1x197x3072xf32>
    %20 = stablehlo.multiply %19, %1 : tensor<1x197x3072xf32>
    %21 = stablehlo.add %20, %cst_1 : tensor<1x197x3072xf32>
    %22 = stablehlo.multiply %0, %13 : tensor<1x197x3072xf32>
    %23 = stablehlo.divide %22, %21 : tensor<1x197x3072xf32>
    %24 = stablehlo.clamp %cst_0, %23, %cst : tensor<1x197x3072xf32>
    return %24 : tensor<1x197x3072xf32>
  }
}
