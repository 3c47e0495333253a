module @ResNet attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22x\22,\22shape\22:[\22batch\22,3,224,224]}],\22model\22:\22ResNet\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22kind\22:\22leaf\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22output\22,\22shape\22:[\22batch\22,1000]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{\22batch\22:{\22dims\22:[\22x:0\22],\22max\22:64,\22min\22:1}},\22weights\22:{\22file\22:\22resnet18.safetensors\22,\22inline\22:false,\22sha256\22:\22412ec7816e360758b60822334ef4e567cf9ccc87474fc9c7b8625aca5a9eef23\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,3,7,7]},{\22dtype\22:\22float32\22,\22name\22:\22bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,64,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,64,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,64,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,64,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,64,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,128,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.downsample.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,64,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.downsample.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.downsample.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,128,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,128,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,128,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.downsample.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,128,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.downsample.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.downsample.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,256,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,512,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.downsample.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,256,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.downsample.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.downsample.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,512,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,512,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22fc.weight\22,\22role\22:\22parameter\22,\22shape\22:[1000,512]},{\22dtype\22:\22float32\22,\22name\22:\22fc.bias\22,\22role\22:\22parameter\22,\22shape\22:[1000]},{\22dtype\22:\22float32\22,\22name\22:\22bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.downsample.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.downsample.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.downsample.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.downsample.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.downsample.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.downsample.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[512]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<64x3x7x7xf32> {torchtpu.name = "conv1.weight"}, %arg2: tensor<64xf32> {torchtpu.name = "bn1.weight"}, %arg3: tensor<64xf32> {torchtpu.name = "bn1.bias"}, %arg4: tensor<64x64x3x3xf32> {torchtpu.name = "layer1.0.conv1.weight"}, %arg5: tensor<64xf32> {torchtpu.name = "layer1.0.bn1.weight"}, %arg6: tensor<64xf32> {torchtpu.name = "layer1.0.bn1.bias"}, %arg7: tensor<64x64x3x3xf32> {torchtpu.name = "layer1.0.conv2.weight"}, %arg8: tensor<64xf32> {torchtpu.name = "layer1.0.bn2.weight"}, %arg9: tensor<64xf32> {torchtpu.name = "layer1.0.bn2.bias"}, %arg10: tensor<64x64x3x3xf32> {torchtpu.name = "layer1.1.conv1.weight"}, %arg11: tensor<64xf32> {torchtpu.name = "layer1.1.bn1.weight"}, %arg12: tensor<64xf32> {torchtpu.name = "layer1.1.bn1.bias"}, %arg13: tensor<64x64x3x3xf32> {torchtpu.name = "layer1.1.conv2.weight"}, %arg14: tensor<64xf32> {torchtpu.name = "layer1.1.bn2.weight"}, %arg15: tensor<64xf32> {torchtpu.name = "layer1.1.bn2.bias"}, %arg16: tensor<128x64x3x3xf32> {torchtpu.name = "layer2.0.conv1.weight"}, %arg17: tensor<128xf32> {torchtpu.name = "layer2.0.bn1.weight"}, %arg18: tensor<128xf32> {torchtpu.name = "layer2.0.bn1.bias"}, %arg19: tensor<128x128x3x3xf32> {torchtpu.name = "layer2.0.conv2.weight"}, %arg20: tensor<128xf32> {torchtpu.name = "layer2.0.bn2.weight"}, %arg21: tensor<128xf32> {torchtpu.name = "layer2.0.bn2.bias"}, %arg22: tensor<128x64x1x1xf32> {torchtpu.name = "layer2.0.downsample.0.weight"}, %arg23: tensor<128xf32> {torchtpu.name = "layer2.0.downsample.1.weight"}, %arg24: tensor<128xf32> {torchtpu.name = "layer2.0.downsample.1.bias"}, %arg25: tensor<128x128x3x3xf32> {torchtpu.name = "layer2.1.conv1.weight"}, %arg26: tensor<128xf32> {torchtpu.name = "layer2.1.bn1.weight"}, %arg27: tensor<128xf32> {torchtpu.name = "layer2.1.bn1.bias"}, %arg28: tensor<128x128x3x3xf32> {torchtpu.name = "layer2.1.conv2.weight"}, %arg29: tensor<128xf32> {torchtpu.name = "layer2.1.bn2.weight"}, %arg30: tensor<128xf32> {torchtpu.name = "layer2.1.bn2.bias"}, %arg31: tensor<256x128x3x3xf32> {torchtpu.name = "layer3.0.conv1.weight"}, %arg32: tensor<256xf32> {torchtpu.name = "layer3.0.bn1.weight"}, %arg33: tensor<256xf32> {torchtpu.name = "layer3.0.bn1.bias"}, %arg34: tensor<256x256x3x3xf32> {torchtpu.name = "layer3.0.conv2.weight"}, %arg35: tensor<256xf32> {torchtpu.name = "layer3.0.bn2.weight"}, %arg36: tensor<256xf32> {torchtpu.name = "layer3.0.bn2.bias"}, %arg37: tensor<256x128x1x1xf32> {torchtpu.name = "layer3.0.downsample.0.weight"}, %arg38: tensor<256xf32> {torchtpu.name = "layer3.0.downsample.1.weight"}, %arg39: tensor<256xf32> {torchtpu.name = "layer3.0.downsample.1.bias"}, %arg40: tensor<256x256x3x3xf32> {torchtpu.name = "layer3.1.conv1.weight"}, %arg41: tensor<256xf32> {torchtpu.name = "layer3.1.bn1.weight"}, %arg42: tensor<256xf32> {torchtpu.name = "layer3.1.bn1.bias"}, %arg43: tensor<256x256x3x3xf32> {torchtpu.name = "layer3.1.conv2.weight"}, %arg44: tensor<256xf32> {torchtpu.name = "layer3.1.bn2.weight"}, %arg45: tensor<256xf32> {torchtpu.name = "layer3.1.bn2.bias"}, %arg46: tensor<512x256x3x3xf32> {torchtpu.name = "layer4.0.conv1.weight"}, %arg47: tensor<512xf32> {torchtpu.name = "layer4.0.bn1.weight"}, %arg48: tensor<512xf32> {torchtpu.name = "layer4.0.bn1.bias"}, %arg49: tensor<512x512x3x3xf32> {torchtpu.name = "layer4.0.conv2.weight"}, %arg50: tensor<512xf32> {torchtpu.name = "layer4.0.bn2.weight"}, %arg51: tensor<512xf32> {torchtpu.name = "layer4.0.bn2.bias"}, %arg52: tensor<512x256x1x1xf32> {torchtpu.name = "layer4.0.downsample.0.weight"}, %arg53: tensor<512xf32> {torchtpu.name = "layer4.0.downsample.1.weight"}, %arg54: tensor<512xf32> {torchtpu.name = "layer4.0.downsample.1.bias"}, %arg55: tensor<512x512x3x3xf32> {torchtpu.name = "layer4.1.conv1.weight"}, %arg56: tensor<512xf32> {torchtpu.name = "layer4.1.bn1.weight"}, %arg57: tensor<512xf32> {torchtpu.name = "layer4.1.bn1.bias"}, %arg58: tensor<512x512x3x3xf32> {torchtpu.name = "layer4.1.conv2.weight"}, %arg59: tensor<512xf32> {torchtpu.name = "layer4.1.bn2.weight"}, %arg60: tensor<512xf32> {torchtpu.name = "layer4.1.bn2.bias"}, %arg61: tensor<1000x512xf32> {torchtpu.name = "fc.weight"}, %arg62: tensor<1000xf32> {torchtpu.name = "fc.bias"}, %arg63: tensor<64xf32> {torchtpu.name = "bn1.running_mean"}, %arg64: tensor<64xf32> {torchtpu.name = "bn1.running_var"}, %arg65: tensor<64xf32> {torchtpu.name = "layer1.0.bn1.running_mean"}, %arg66: tensor<64xf32> {torchtpu.name = "layer1.0.bn1.running_var"}, %arg67: tensor<64xf32> {torchtpu.name = "layer1.0.bn2.running_mean"}, %arg68: tensor<64xf32> {torchtpu.name = "layer1.0.bn2.running_var"}, %arg69: tensor<64xf32> {torchtpu.name = "layer1.1.bn1.running_mean"}, %arg70: tensor<64xf32> {torchtpu.name = "layer1.1.bn1.running_var"}, %arg71: tensor<64xf32> {torchtpu.name = "layer1.1.bn2.running_mean"}, %arg72: tensor<64xf32> {torchtpu.name = "layer1.1.bn2.running_var"}, %arg73: tensor<128xf32> {torchtpu.name = "layer2.0.bn1.running_mean"}, %arg74: tensor<128xf32> {torchtpu.name = "layer2.0.bn1.running_var"}, %arg75: tensor<128xf32> {torchtpu.name = "layer2.0.bn2.running_mean"}, %arg76: tensor<128xf32> {torchtpu.name = "layer2.0.bn2.running_var"}, %arg77: tensor<128xf32> {torchtpu.name = "layer2.0.downsample.1.running_mean"}, %arg78: tensor<128xf32> {torchtpu.name = "layer2.0.downsample.1.running_var"}, %arg79: tensor<128xf32> {torchtpu.name = "layer2.1.bn1.running_mean"}, %arg80: tensor<128xf32> {torchtpu.name = "layer2.1.bn1.running_var"}, %arg81: tensor<128xf32> {torchtpu.name = "layer2.1.bn2.running_mean"}, %arg82: tensor<128xf32> {torchtpu.name = "layer2.1.bn2.running_var"}, %arg83: tensor<256xf32> {torchtpu.name = "layer3.0.bn1.running_mean"}, %arg84: tensor<256xf32> {torchtpu.name = "layer3.0.bn1.running_var"}, %arg85: tensor<256xf32> {torchtpu.name = "layer3.0.bn2.running_mean"}, %arg86: tensor<256xf32> {torchtpu.name = "layer3.0.bn2.running_var"}, %arg87: tensor<256xf32> {torchtpu.name = "layer3.0.downsample.1.running_mean"}, %arg88: tensor<256xf32> {torchtpu.name = "layer3.0.downsample.1.running_var"}, %arg89: tensor<256xf32> {torchtpu.name = "layer3.1.bn1.running_mean"}, %arg90: tensor<256xf32> {torchtpu.name = "layer3.1.bn1.running_var"}, %arg91: tensor<256xf32> {torchtpu.name = "layer3.1.bn2.running_mean"}, %arg92: tensor<256xf32> {torchtpu.name = "layer3.1.bn2.running_var"}, %arg93: tensor<512xf32> {torchtpu.name = "layer4.0.bn1.running_mean"}, %arg94: tensor<512xf32> {torchtpu.name = "layer4.0.bn1.running_var"}, %arg95: tensor<512xf32> {torchtpu.name = "layer4.0.bn2.running_mean"}, %arg96: tensor<512xf32> {torchtpu.name = "layer4.0.bn2.running_var"}, %arg97: tensor<512xf32> {torchtpu.name = "layer4.0.downsample.1.running_mean"}, %arg98: tensor<512xf32> {torchtpu.name = "layer4.0.downsample.1.running_var"}, %arg99: tensor<512xf32> {torchtpu.name = "layer4.1.bn1.running_mean"}, %arg100: tensor<512xf32> {torchtpu.name = "layer4.1.bn1.running_var"}, %arg101: tensor<512xf32> {torchtpu.name = "layer4.1.bn2.running_mean"}, %arg102: tensor<512xf32> {torchtpu.name = "layer4.1.bn2.running_var"}, %arg103: tensor<?x3x224x224xf32> {torchtpu.name = "x"}) -> (tensor<?x1000xf32> {torchtpu.name = "output"}) {
    %c = stablehlo.constant dense<64> : tensor<i64>
    %c_0 = stablehlo.constant dense<0> : tensor<i64>
    %c_1 = stablehlo.constant dense<-1> : tensor<i64>
    %c_2 = stablehlo.constant dense<1> : tensor<i64>
    %0 = stablehlo.get_dimension_size %arg103, dim = 0 : (tensor<?x3x224x224xf32>) -> tensor<i32>
    %1 = stablehlo.convert %0 : (tensor<i32>) -> tensor<i64>
    %2 = stablehlo.compare GE, %1, %c_2, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    stablehlo.custom_call @shape_assertion(%2, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the polymorphic shapes specification. Expected value >= 1 for dimension variable 'batch'. Using the following polymorphic shapes specifications: args[102].shape = (batch, 3, 224, 224). Obtained dimension variables: 'batch' = {0} from specification 'batch' for dimension args[102].shape[0] (= {0}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>) -> ()
    %3 = stablehlo.convert %1 : tensor<i64>
    %4 = stablehlo.add %3, %c_1 : tensor<i64>
    %5 = stablehlo.compare GE, %4, %c_0, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %6 = stablehlo.convert %1 : tensor<i64>
    %7 = stablehlo.add %6, %c_1 : tensor<i64>
    stablehlo.custom_call @shape_assertion(%5, %7, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch >= 1. Expected 'batch - 1' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[102].shape = (batch, 3, 224, 224). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[102].shape[0] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %8 = stablehlo.convert %1 : tensor<i64>
    %9 = stablehlo.multiply %8, %c_1 : tensor<i64>
    %10 = stablehlo.add %9, %c : tensor<i64>
    %11 = stablehlo.compare GE, %10, %c_0, SIGNED : (tensor<i64>, tensor<i64>) -> tensor<i1>
    %12 = stablehlo.convert %1 : tensor<i64>
    %13 = stablehlo.multiply %12, %c_1 : tensor<i64>
    %14 = stablehlo.add %13, %c : tensor<i64>
    stablehlo.custom_call @shape_assertion(%11, %14, %1) {api_version = 2 : i32, error_message = "Input shapes do not match the symbolic shape constraint batch <= 64. Expected '- batch + 64' to be greater or equal to 0, but found {0}.  Using the following polymorphic shapes specifications: args[102].shape = (batch, 3, 224, 224). Obtained dimension variables: 'batch' = {1} from specification 'batch' for dimension args[102].shape[0] (= {1}), . Please see https://docs.jax.dev/en/latest/export/shape_poly.html#shape-assertion-errors for more details.", has_side_effect = true} : (tensor<i1>, tensor<i64>, tensor<i64>) -> ()
    %15 = call @_wrapped_jax_export_main(%arg0, %1, %arg1, %arg2, %arg3, %arg4, %arg5, %arg6, %arg7, %arg8, %arg9, %arg10, %arg11, %arg12, %arg13, %arg14, %arg15, %arg16, %arg17, %arg18, %arg19, %arg20, %arg21, %arg22, %arg23, %arg24, %arg25, %arg26, %arg27, %arg28, %arg29, %arg30, %arg31, %arg32, %arg33, %arg34, %arg35, %arg36, %arg37, %arg38, %arg39, %arg40, %arg41, %arg42, %arg43, %arg44, %arg45, %arg46, %arg47, %arg48, %arg49, %arg50, %arg51, %arg52, %arg53, %arg54, %arg55, %arg56, %arg57, %arg58, %arg59, %arg60, %arg61, %arg62, %arg63, %arg64, %arg65, %arg66, %arg67, %arg68, %arg69, %arg70, %arg71, %arg72, %arg73, %arg74, %arg75, %arg76, %arg77, %arg78, %arg79, %arg80, %arg81, %arg82, %arg83, %arg84, %arg85, %arg86, %arg87, %arg88, %arg89, %arg90, %arg91, %arg92, %arg93, %arg94, %arg95, %arg96, %arg97, %arg98, %arg99, %arg100, %arg101, %arg102, %arg103) : (tensor<i64>, tensor<i64>, tensor<64x3x7x7xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64x3x3xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64x3x3xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64x3x3xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64x64x3x3xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128x64x3x3xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x128x3x3xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x64x1x1xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x128x3x3xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128x128x3x3xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256x128x3x3xf32>, tensor<256xf32>, tensor<256xf32>, tensor<256x256x3x3xf32>, tensor<256xf32>, tensor<256xf32>, tensor<256x128x1x1xf32>, tensor<256xf32>, tensor<256xf32>, tensor<256x256x3x3xf32>, tensor<256xf32>, tensor<256xf32>, tensor<256x256x3x3xf32>, tensor<256xf32>, tensor<256xf32>, tensor<512x256x3x3xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512x512x3x3xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512x256x1x1xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512x512x3x3xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512x512x3x3xf32>, tensor<512xf32>, tensor<512xf32>, tensor<1000x512xf32>, tensor<1000xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<64xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<128xf32>, tensor<256xf32>, tensor<256xf32>, tensor<256xf32>, tensor<256xf32>, tensor<256xf32>, tensor<256xf32>, tensor<256xf32>, tensor<256xf32>, tensor<256xf32>, tensor<256xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<?x3x224x224xf32>) -> tensor<?x1000xf32>
    return %15 : tensor<?x1000xf32>
  }
  func.func private @_wrapped_jax_export_main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<i64> {jax.global_constant = "batch"}, %arg2: tensor<64x3x7x7xf32>, %arg3: tensor<64xf32>, %arg4: tensor<64xf32>, %arg5: tensor<64x64x3x3xf32>, %arg6: tensor<64xf32>, %arg7: tensor<64xf32>, %arg8: tensor<64x64x3x3xf32>, %arg9: tensor<64xf32>, %arg10: tensor<64xf32>, %arg11: tensor<64x64x3x3xf32>, %arg12: tensor<64xf32>, %arg13: tensor<64xf32>, %arg14: tensor<64x64x3x3xf32>, %arg15: tensor<64xf32>, %arg16: tensor<64xf32>, %arg17: tensor<128x64x3x3xf32>, %arg18: tensor<128xf32>, %arg19: tensor<128xf32>, %arg20: tensor<128x128x3x3xf32>, %arg21: tensor<128xf32>, %arg22: tensor<128xf32>, %arg23: tensor<128x64x1x1xf32>, %arg24: tensor<128xf32>, %arg25: tensor<128xf32>, %arg26: tensor<128x128x3x3xf32>, %arg27: tensor<128xf32>, %arg28: tensor<128xf32>, %arg29: tensor<128x128x3x3xf32>, %arg30: tensor<128xf32>, %arg31: tensor<128xf32>, %arg32: tensor<256x128x3x3xf32>, %arg33: tensor<256xf32>, %arg34: tensor<256xf32>, %arg35: tensor<256x256x3x3xf32>, %arg36: tensor<256xf32>, %arg37: tensor<256xf32>, %arg38: tensor<256x128x1x1xf32>, %arg39: tensor<256xf32>, %arg40: tensor<256xf32>, %arg41: tensor<256x256x3x3xf32>, %arg42: tensor<256xf32>, %arg43: tensor<256xf32>, %arg44: tensor<256x256x3x3xf32>, %arg45: tensor<256xf32>, %arg46: tensor<256xf32>, %arg47: tensor<512x256x3x3xf32>, %arg48: tensor<512xf32>, %arg49: tensor<512xf32>, %arg50: tensor<512x512x3x3xf32>, %arg51: tensor<512xf32>, %arg52: tensor<512xf32>, %arg53: tensor<512x256x1x1xf32>, %arg54: tensor<512xf32>, %arg55: tensor<512xf32>, %arg56: tensor<512x512x3x3xf32>, %arg57: tensor<512xf32>, %arg58: tensor<512xf32>, %arg59: tensor<512x512x3x3xf32>, %arg60: tensor<512xf32>, %arg61: tensor<512xf32>, %arg62: tensor<1000x512xf32>, %arg63: tensor<1000xf32>, %arg64: tensor<64xf32>, %arg65: tensor<64xf32>, %arg66: tensor<64xf32>, %arg67: tensor<64xf32>, %arg68: tensor<64xf32>, %arg69: tensor<64xf32>, %arg70: tensor<64xf32>, %arg71: tensor<64xf32>, %arg72: tensor<64xf32>, %arg73: tensor<64xf32>, %arg74: tensor<128xf32>, %arg75: tensor<128xf32>, %arg76: tensor<128xf32>, %arg77: tensor<128xf32>, %arg78: tensor<128xf32>, %arg79: tensor<128xf32>, %arg80: tensor<128xf32>, %arg81: tensor<128xf32>, %arg82: tensor<128xf32>, %arg83: tensor<128xf32>, %arg84: tensor<256xf32>, %arg85: tensor<256xf32>, %arg86: tensor<256xf32>, %arg87: tensor<256xf32>, %arg88: tensor<256xf32>, %arg89: tensor<256xf32>, %arg90: tensor<256xf32>, %arg91: tensor<256xf32>, %arg92: tensor<256xf32>, %arg93: tensor<256xf32>, %arg94: tensor<512xf32>, %arg95: tensor<512xf32>, %arg96: tensor<512xf32>, %arg97: tensor<512xf32>, %arg98: tensor<512xf32>, %arg99: tensor<512xf32>, %arg100: tensor<512xf32>, %arg101: tensor<512xf32>, %arg102: tensor<512xf32>, %arg103: tensor<512xf32>, %arg104: tensor<?x3x224x224xf32>) -> (tensor<?x1000xf32> {jax.result_info = "result[0]"}) {
    %c = stablehlo.constant dense<1000> : tensor<1xi32>
    %cst = stablehlo.constant dense<4.900000e+01> : tensor<f32>
    %c_0 = stablehlo.constant dense<1> : tensor<1xi32>
    %c_1 = stablehlo.constant dense<7> : tensor<1xi32>
    %c_2 = stablehlo.constant dense<512> : tensor<1xi32>
    %c_3 = stablehlo.constant dense<14> : tensor<1xi32>
    %c_4 = stablehlo.constant dense<256> : tensor<1xi32>
    %c_5 = stablehlo.constant dense<28> : tensor<1xi32>
    %c_6 = stablehlo.constant dense<128> : tensor<1xi32>
    %c_7 = stablehlo.constant dense<56> : tensor<1xi32>
    %cst_8 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_9 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %c_10 = stablehlo.constant dense<112> : tensor<1xi32>
    %c_11 = stablehlo.constant dense<64> : tensor<1xi32>
    %cst_12 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %0 = stablehlo.convolution(%arg104, %arg2) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[3, 3], [3, 3]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x3x224x224xf32>, tensor<64x3x7x7xf32>) -> tensor<?x64x112x112xf32>
    %1 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %2 = stablehlo.add %arg65, %1 : tensor<64xf32>
    %3 = stablehlo.rsqrt %2 : tensor<64xf32>
    %4 = stablehlo.multiply %3, %arg3 : tensor<64xf32>
    %5 = stablehlo.negate %arg64 : tensor<64xf32>
    %6 = stablehlo.multiply %5, %4 : tensor<64xf32>
    %7 = stablehlo.add %6, %arg4 : tensor<64xf32>
    %8 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %9 = stablehlo.reshape %8 : (tensor<i32>) -> tensor<1xi32>
    %10 = stablehlo.concatenate %9, %c_11, %c_10, %c_10, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %11 = stablehlo.dynamic_broadcast_in_dim %4, %10, dims = [1] : (tensor<64xf32>, tensor<4xi32>) -> tensor<?x64x112x112xf32>
    %12 = stablehlo.multiply %0, %11 : tensor<?x64x112x112xf32>
    %13 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %14 = stablehlo.reshape %13 : (tensor<i32>) -> tensor<1xi32>
    %15 = stablehlo.concatenate %14, %c_11, %c_10, %c_10, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %16 = stablehlo.dynamic_broadcast_in_dim %7, %15, dims = [1] : (tensor<64xf32>, tensor<4xi32>) -> tensor<?x64x112x112xf32>
    %17 = stablehlo.add %12, %16 : tensor<?x64x112x112xf32>
    %18 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %19 = stablehlo.reshape %18 : (tensor<i32>) -> tensor<1xi32>
    %20 = stablehlo.concatenate %19, %c_11, %c_10, %c_10, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %21 = stablehlo.dynamic_broadcast_in_dim %cst_9, %20, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x64x112x112xf32>
    %22 = stablehlo.maximum %17, %21 : tensor<?x64x112x112xf32>
    %23 = "stablehlo.reduce_window"(%22, %cst_8) <{padding = dense<[[0, 0], [0, 0], [1, 0], [1, 0]]> : tensor<4x2xi64>, window_dimensions = array<i64: 1, 1, 3, 3>, window_strides = array<i64: 1, 1, 2, 2>}> ({
    ^bb0(%arg105: tensor<f32>, %arg106: tensor<f32>):
      %474 = stablehlo.maximum %arg105, %arg106 : tensor<f32>
      stablehlo.return %474 : tensor<f32>
    }) : (tensor<?x64x112x112xf32>, tensor<f32>) -> tensor<?x64x56x56xf32>
    %24 = stablehlo.convolution(%23, %arg5) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x64x56x56xf32>, tensor<64x64x3x3xf32>) -> tensor<?x64x56x56xf32>
    %25 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %26 = stablehlo.add %arg67, %25 : tensor<64xf32>
    %27 = stablehlo.rsqrt %26 : tensor<64xf32>
    %28 = stablehlo.multiply %27, %arg6 : tensor<64xf32>
    %29 = stablehlo.negate %arg66 : tensor<64xf32>
    %30 = stablehlo.multiply %29, %28 : tensor<64xf32>
    %31 = stablehlo.add %30, %arg7 : tensor<64xf32>
    %32 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %33 = stablehlo.reshape %32 : (tensor<i32>) -> tensor<1xi32>
    %34 = stablehlo.concatenate %33, %c_11, %c_7, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %35 = stablehlo.dynamic_broadcast_in_dim %28, %34, dims = [1] : (tensor<64xf32>, tensor<4xi32>) -> tensor<?x64x56x56xf32>
    %36 = stablehlo.multiply %24, %35 : tensor<?x64x56x56xf32>
    %37 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %38 = stablehlo.reshape %37 : (tensor<i32>) -> tensor<1xi32>
    %39 = stablehlo.concatenate %38, %c_11, %c_7, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %40 = stablehlo.dynamic_broadcast_in_dim %31, %39, dims = [1] : (tensor<64xf32>, tensor<4xi32>) -> tensor<?x64x56x56xf32>
    %41 = stablehlo.add %36, %40 : tensor<?x64x56x56xf32>
    %42 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %43 = stablehlo.reshape %42 : (tensor<i32>) -> tensor<1xi32>
    %44 = stablehlo.concatenate %43, %c_11, %c_7, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %45 = stablehlo.dynamic_broadcast_in_dim %cst_9, %44, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x64x56x56xf32>
    %46 = stablehlo.maximum %41, %45 : tensor<?x64x56x56xf32>
    %47 = stablehlo.convolution(%46, %arg8) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x64x56x56xf32>, tensor<64x64x3x3xf32>) -> tensor<?x64x56x56xf32>
    %48 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %49 = stablehlo.add %arg69, %48 : tensor<64xf32>
    %50 = stablehlo.rsqrt %49 : tensor<64xf32>
    %51 = stablehlo.multiply %50, %arg9 : tensor<64xf32>
    %52 = stablehlo.negate %arg68 : tensor<64xf32>
    %53 = stablehlo.multiply %52, %51 : tensor<64xf32>
    %54 = stablehlo.add %53, %arg10 : tensor<64xf32>
    %55 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %56 = stablehlo.reshape %55 : (tensor<i32>) -> tensor<1xi32>
    %57 = stablehlo.concatenate %56, %c_11, %c_7, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %58 = stablehlo.dynamic_broadcast_in_dim %51, %57, dims = [1] : (tensor<64xf32>, tensor<4xi32>) -> tensor<?x64x56x56xf32>
    %59 = stablehlo.multiply %47, %58 : tensor<?x64x56x56xf32>
    %60 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %61 = stablehlo.reshape %60 : (tensor<i32>) -> tensor<1xi32>
    %62 = stablehlo.concatenate %61, %c_11, %c_7, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %63 = stablehlo.dynamic_broadcast_in_dim %54, %62, dims = [1] : (tensor<64xf32>, tensor<4xi32>) -> tensor<?x64x56x56xf32>
    %64 = stablehlo.add %59, %63 : tensor<?x64x56x56xf32>
    %65 = stablehlo.add %64, %23 : tensor<?x64x56x56xf32>
    %66 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %67 = stablehlo.reshape %66 : (tensor<i32>) -> tensor<1xi32>
    %68 = stablehlo.concatenate %67, %c_11, %c_7, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %69 = stablehlo.dynamic_broadcast_in_dim %cst_9, %68, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x64x56x56xf32>
    %70 = stablehlo.maximum %65, %69 : tensor<?x64x56x56xf32>
    %71 = stablehlo.convolution(%70, %arg11) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x64x56x56xf32>, tensor<64x64x3x3xf32>) -> tensor<?x64x56x56xf32>
    %72 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %73 = stablehlo.add %arg71, %72 : tensor<64xf32>
    %74 = stablehlo.rsqrt %73 : tensor<64xf32>
    %75 = stablehlo.multiply %74, %arg12 : tensor<64xf32>
    %76 = stablehlo.negate %arg70 : tensor<64xf32>
    %77 = stablehlo.multiply %76, %75 : tensor<64xf32>
    %78 = stablehlo.add %77, %arg13 : tensor<64xf32>
    %79 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %80 = stablehlo.reshape %79 : (tensor<i32>) -> tensor<1xi32>
    %81 = stablehlo.concatenate %80, %c_11, %c_7, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %82 = stablehlo.dynamic_broadcast_in_dim %75, %81, dims = [1] : (tensor<64xf32>, tensor<4xi32>) -> tensor<?x64x56x56xf32>
    %83 = stablehlo.multiply %71, %82 : tensor<?x64x56x56xf32>
    %84 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %85 = stablehlo.reshape %84 : (tensor<i32>) -> tensor<1xi32>
    %86 = stablehlo.concatenate %85, %c_11, %c_7, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %87 = stablehlo.dynamic_broadcast_in_dim %78, %86, dims = [1] : (tensor<64xf32>, tensor<4xi32>) -> tensor<?x64x56x56xf32>
    %88 = stablehlo.add %83, %87 : tensor<?x64x56x56xf32>
    %89 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %90 = stablehlo.reshape %89 : (tensor<i32>) -> tensor<1xi32>
    %91 = stablehlo.concatenate %90, %c_11, %c_7, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %92 = stablehlo.dynamic_broadcast_in_dim %cst_9, %91, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x64x56x56xf32>
    %93 = stablehlo.maximum %88, %92 : tensor<?x64x56x56xf32>
    %94 = stablehlo.convolution(%93, %arg14) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x64x56x56xf32>, tensor<64x64x3x3xf32>) -> tensor<?x64x56x56xf32>
    %95 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %96 = stablehlo.add %arg73, %95 : tensor<64xf32>
    %97 = stablehlo.rsqrt %96 : tensor<64xf32>
    %98 = stablehlo.multiply %97, %arg15 : tensor<64xf32>
    %99 = stablehlo.negate %arg72 : tensor<64xf32>
    %100 = stablehlo.multiply %99, %98 : tensor<64xf32>
    %101 = stablehlo.add %100, %arg16 : tensor<64xf32>
    %102 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %103 = stablehlo.reshape %102 : (tensor<i32>) -> tensor<1xi32>
    %104 = stablehlo.concatenate %103, %c_11, %c_7, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %105 = stablehlo.dynamic_broadcast_in_dim %98, %104, dims = [1] : (tensor<64xf32>, tensor<4xi32>) -> tensor<?x64x56x56xf32>
    %106 = stablehlo.multiply %94, %105 : tensor<?x64x56x56xf32>
    %107 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %108 = stablehlo.reshape %107 : (tensor<i32>) -> tensor<1xi32>
    %109 = stablehlo.concatenate %108, %c_11, %c_7, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %110 = stablehlo.dynamic_broadcast_in_dim %101, %109, dims = [1] : (tensor<64xf32>, tensor<4xi32>) -> tensor<?x64x56x56xf32>
    %111 = stablehlo.add %106, %110 : tensor<?x64x56x56xf32>
    %112 = stablehlo.add %111, %70 : tensor<?x64x56x56xf32>
    %113 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %114 = stablehlo.reshape %113 : (tensor<i32>) -> tensor<1xi32>
    %115 = stablehlo.concatenate %114, %c_11, %c_7, %c_7, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %116 = stablehlo.dynamic_broadcast_in_dim %cst_9, %115, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x64x56x56xf32>
    %117 = stablehlo.maximum %112, %116 : tensor<?x64x56x56xf32>
    %118 = stablehlo.convolution(%117, %arg17) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x64x56x56xf32>, tensor<128x64x3x3xf32>) -> tensor<?x128x28x28xf32>
    %119 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %120 = stablehlo.add %arg75, %119 : tensor<128xf32>
    %121 = stablehlo.rsqrt %120 : tensor<128xf32>
    %122 = stablehlo.multiply %121, %arg18 : tensor<128xf32>
    %123 = stablehlo.negate %arg74 : tensor<128xf32>
    %124 = stablehlo.multiply %123, %122 : tensor<128xf32>
    %125 = stablehlo.add %124, %arg19 : tensor<128xf32>
    %126 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %127 = stablehlo.reshape %126 : (tensor<i32>) -> tensor<1xi32>
    %128 = stablehlo.concatenate %127, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %129 = stablehlo.dynamic_broadcast_in_dim %122, %128, dims = [1] : (tensor<128xf32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %130 = stablehlo.multiply %118, %129 : tensor<?x128x28x28xf32>
    %131 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %132 = stablehlo.reshape %131 : (tensor<i32>) -> tensor<1xi32>
    %133 = stablehlo.concatenate %132, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %134 = stablehlo.dynamic_broadcast_in_dim %125, %133, dims = [1] : (tensor<128xf32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %135 = stablehlo.add %130, %134 : tensor<?x128x28x28xf32>
    %136 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %137 = stablehlo.reshape %136 : (tensor<i32>) -> tensor<1xi32>
    %138 = stablehlo.concatenate %137, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %139 = stablehlo.dynamic_broadcast_in_dim %cst_9, %138, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %140 = stablehlo.maximum %135, %139 : tensor<?x128x28x28xf32>
    %141 = stablehlo.convolution(%140, %arg20) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x128x28x28xf32>, tensor<128x128x3x3xf32>) -> tensor<?x128x28x28xf32>
    %142 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %143 = stablehlo.add %arg77, %142 : tensor<128xf32>
    %144 = stablehlo.rsqrt %143 : tensor<128xf32>
    %145 = stablehlo.multiply %144, %arg21 : tensor<128xf32>
    %146 = stablehlo.negate %arg76 : tensor<128xf32>
    %147 = stablehlo.multiply %146, %145 : tensor<128xf32>
    %148 = stablehlo.add %147, %arg22 : tensor<128xf32>
    %149 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %150 = stablehlo.reshape %149 : (tensor<i32>) -> tensor<1xi32>
    %151 = stablehlo.concatenate %150, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %152 = stablehlo.dynamic_broadcast_in_dim %145, %151, dims = [1] : (tensor<128xf32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %153 = stablehlo.multiply %141, %152 : tensor<?x128x28x28xf32>
    %154 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %155 = stablehlo.reshape %154 : (tensor<i32>) -> tensor<1xi32>
    %156 = stablehlo.concatenate %155, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %157 = stablehlo.dynamic_broadcast_in_dim %148, %156, dims = [1] : (tensor<128xf32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %158 = stablehlo.add %153, %157 : tensor<?x128x28x28xf32>
    %159 = stablehlo.convolution(%117, %arg23) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x64x56x56xf32>, tensor<128x64x1x1xf32>) -> tensor<?x128x28x28xf32>
    %160 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %161 = stablehlo.add %arg79, %160 : tensor<128xf32>
    %162 = stablehlo.rsqrt %161 : tensor<128xf32>
    %163 = stablehlo.multiply %162, %arg24 : tensor<128xf32>
    %164 = stablehlo.negate %arg78 : tensor<128xf32>
    %165 = stablehlo.multiply %164, %163 : tensor<128xf32>
    %166 = stablehlo.add %165, %arg25 : tensor<128xf32>
    %167 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %168 = stablehlo.reshape %167 : (tensor<i32>) -> tensor<1xi32>
    %169 = stablehlo.concatenate %168, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %170 = stablehlo.dynamic_broadcast_in_dim %163, %169, dims = [1] : (tensor<128xf32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %171 = stablehlo.multiply %159, %170 : tensor<?x128x28x28xf32>
    %172 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %173 = stablehlo.reshape %172 : (tensor<i32>) -> tensor<1xi32>
    %174 = stablehlo.concatenate %173, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %175 = stablehlo.dynamic_broadcast_in_dim %166, %174, dims = [1] : (tensor<128xf32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %176 = stablehlo.add %171, %175 : tensor<?x128x28x28xf32>
    %177 = stablehlo.add %158, %176 : tensor<?x128x28x28xf32>
    %178 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %179 = stablehlo.reshape %178 : (tensor<i32>) -> tensor<1xi32>
    %180 = stablehlo.concatenate %179, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %181 = stablehlo.dynamic_broadcast_in_dim %cst_9, %180, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %182 = stablehlo.maximum %177, %181 : tensor<?x128x28x28xf32>
    %183 = stablehlo.convolution(%182, %arg26) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x128x28x28xf32>, tensor<128x128x3x3xf32>) -> tensor<?x128x28x28xf32>
    %184 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %185 = stablehlo.add %arg81, %184 : tensor<128xf32>
    %186 = stablehlo.rsqrt %185 : tensor<128xf32>
    %187 = stablehlo.multiply %186, %arg27 : tensor<128xf32>
    %188 = stablehlo.negate %arg80 : tensor<128xf32>
    %189 = stablehlo.multiply %188, %187 : tensor<128xf32>
    %190 = stablehlo.add %189, %arg28 : tensor<128xf32>
    %191 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %192 = stablehlo.reshape %191 : (tensor<i32>) -> tensor<1xi32>
    %193 = stablehlo.concatenate %192, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %194 = stablehlo.dynamic_broadcast_in_dim %187, %193, dims = [1] : (tensor<128xf32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %195 = stablehlo.multiply %183, %194 : tensor<?x128x28x28xf32>
    %196 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %197 = stablehlo.reshape %196 : (tensor<i32>) -> tensor<1xi32>
    %198 = stablehlo.concatenate %197, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %199 = stablehlo.dynamic_broadcast_in_dim %190, %198, dims = [1] : (tensor<128xf32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %200 = stablehlo.add %195, %199 : tensor<?x128x28x28xf32>
    %201 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %202 = stablehlo.reshape %201 : (tensor<i32>) -> tensor<1xi32>
    %203 = stablehlo.concatenate %202, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %204 = stablehlo.dynamic_broadcast_in_dim %cst_9, %203, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %205 = stablehlo.maximum %200, %204 : tensor<?x128x28x28xf32>
    %206 = stablehlo.convolution(%205, %arg29) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x128x28x28xf32>, tensor<128x128x3x3xf32>) -> tensor<?x128x28x28xf32>
    %207 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %208 = stablehlo.add %arg83, %207 : tensor<128xf32>
    %209 = stablehlo.rsqrt %208 : tensor<128xf32>
    %210 = stablehlo.multiply %209, %arg30 : tensor<128xf32>
    %211 = stablehlo.negate %arg82 : tensor<128xf32>
    %212 = stablehlo.multiply %211, %210 : tensor<128xf32>
    %213 = stablehlo.add %212, %arg31 : tensor<128xf32>
    %214 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %215 = stablehlo.reshape %214 : (tensor<i32>) -> tensor<1xi32>
    %216 = stablehlo.concatenate %215, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %217 = stablehlo.dynamic_broadcast_in_dim %210, %216, dims = [1] : (tensor<128xf32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %218 = stablehlo.multiply %206, %217 : tensor<?x128x28x28xf32>
    %219 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %220 = stablehlo.reshape %219 : (tensor<i32>) -> tensor<1xi32>
    %221 = stablehlo.concatenate %220, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %222 = stablehlo.dynamic_broadcast_in_dim %213, %221, dims = [1] : (tensor<128xf32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %223 = stablehlo.add %218, %222 : tensor<?x128x28x28xf32>
    %224 = stablehlo.add %223, %182 : tensor<?x128x28x28xf32>
    %225 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %226 = stablehlo.reshape %225 : (tensor<i32>) -> tensor<1xi32>
    %227 = stablehlo.concatenate %226, %c_6, %c_5, %c_5, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %228 = stablehlo.dynamic_broadcast_in_dim %cst_9, %227, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x128x28x28xf32>
    %229 = stablehlo.maximum %224, %228 : tensor<?x128x28x28xf32>
    %230 = stablehlo.convolution(%229, %arg32) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x128x28x28xf32>, tensor<256x128x3x3xf32>) -> tensor<?x256x14x14xf32>
    %231 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %232 = stablehlo.add %arg85, %231 : tensor<256xf32>
    %233 = stablehlo.rsqrt %232 : tensor<256xf32>
    %234 = stablehlo.multiply %233, %arg33 : tensor<256xf32>
    %235 = stablehlo.negate %arg84 : tensor<256xf32>
    %236 = stablehlo.multiply %235, %234 : tensor<256xf32>
    %237 = stablehlo.add %236, %arg34 : tensor<256xf32>
    %238 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %239 = stablehlo.reshape %238 : (tensor<i32>) -> tensor<1xi32>
    %240 = stablehlo.concatenate %239, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %241 = stablehlo.dynamic_broadcast_in_dim %234, %240, dims = [1] : (tensor<256xf32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %242 = stablehlo.multiply %230, %241 : tensor<?x256x14x14xf32>
    %243 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %244 = stablehlo.reshape %243 : (tensor<i32>) -> tensor<1xi32>
    %245 = stablehlo.concatenate %244, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %246 = stablehlo.dynamic_broadcast_in_dim %237, %245, dims = [1] : (tensor<256xf32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %247 = stablehlo.add %242, %246 : tensor<?x256x14x14xf32>
    %248 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %249 = stablehlo.reshape %248 : (tensor<i32>) -> tensor<1xi32>
    %250 = stablehlo.concatenate %249, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %251 = stablehlo.dynamic_broadcast_in_dim %cst_9, %250, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %252 = stablehlo.maximum %247, %251 : tensor<?x256x14x14xf32>
    %253 = stablehlo.convolution(%252, %arg35) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x256x14x14xf32>, tensor<256x256x3x3xf32>) -> tensor<?x256x14x14xf32>
    %254 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %255 = stablehlo.add %arg87, %254 : tensor<256xf32>
    %256 = stablehlo.rsqrt %255 : tensor<256xf32>
    %257 = stablehlo.multiply %256, %arg36 : tensor<256xf32>
    %258 = stablehlo.negate %arg86 : tensor<256xf32>
    %259 = stablehlo.multiply %258, %257 : tensor<256xf32>
    %260 = stablehlo.add %259, %arg37 : tensor<256xf32>
    %261 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %262 = stablehlo.reshape %261 : (tensor<i32>) -> tensor<1xi32>
    %263 = stablehlo.concatenate %262, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %264 = stablehlo.dynamic_broadcast_in_dim %257, %263, dims = [1] : (tensor<256xf32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %265 = stablehlo.multiply %253, %264 : tensor<?x256x14x14xf32>
    %266 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %267 = stablehlo.reshape %266 : (tensor<i32>) -> tensor<1xi32>
    %268 = stablehlo.concatenate %267, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %269 = stablehlo.dynamic_broadcast_in_dim %260, %268, dims = [1] : (tensor<256xf32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %270 = stablehlo.add %265, %269 : tensor<?x256x14x14xf32>
    %271 = stablehlo.convolution(%229, %arg38) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x128x28x28xf32>, tensor<256x128x1x1xf32>) -> tensor<?x256x14x14xf32>
    %272 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %273 = stablehlo.add %arg89, %272 : tensor<256xf32>
    %274 = stablehlo.rsqrt %273 : tensor<256xf32>
    %275 = stablehlo.multiply %274, %arg39 : tensor<256xf32>
    %276 = stablehlo.negate %arg88 : tensor<256xf32>
    %277 = stablehlo.multiply %276, %275 : tensor<256xf32>
    %278 = stablehlo.add %277, %arg40 : tensor<256xf32>
    %279 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %280 = stablehlo.reshape %279 : (tensor<i32>) -> tensor<1xi32>
    %281 = stablehlo.concatenate %280, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %282 = stablehlo.dynamic_broadcast_in_dim %275, %281, dims = [1] : (tensor<256xf32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %283 = stablehlo.multiply %271, %282 : tensor<?x256x14x14xf32>
    %284 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %285 = stablehlo.reshape %284 : (tensor<i32>) -> tensor<1xi32>
    %286 = stablehlo.concatenate %285, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %287 = stablehlo.dynamic_broadcast_in_dim %278, %286, dims = [1] : (tensor<256xf32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %288 = stablehlo.add %283, %287 : tensor<?x256x14x14xf32>
    %289 = stablehlo.add %270, %288 : tensor<?x256x14x14xf32>
    %290 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %291 = stablehlo.reshape %290 : (tensor<i32>) -> tensor<1xi32>
    %292 = stablehlo.concatenate %291, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %293 = stablehlo.dynamic_broadcast_in_dim %cst_9, %292, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %294 = stablehlo.maximum %289, %293 : tensor<?x256x14x14xf32>
    %295 = stablehlo.convolution(%294, %arg41) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x256x14x14xf32>, tensor<256x256x3x3xf32>) -> tensor<?x256x14x14xf32>
    %296 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %297 = stablehlo.add %arg91, %296 : tensor<256xf32>
    %298 = stablehlo.rsqrt %297 : tensor<256xf32>
    %299 = stablehlo.multiply %298, %arg42 : tensor<256xf32>
    %300 = stablehlo.negate %arg90 : tensor<256xf32>
    %301 = stablehlo.multiply %300, %299 : tensor<256xf32>
    %302 = stablehlo.add %301, %arg43 : tensor<256xf32>
    %303 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %304 = stablehlo.reshape %303 : (tensor<i32>) -> tensor<1xi32>
    %305 = stablehlo.concatenate %304, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %306 = stablehlo.dynamic_broadcast_in_dim %299, %305, dims = [1] : (tensor<256xf32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %307 = stablehlo.multiply %295, %306 : tensor<?x256x14x14xf32>
    %308 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %309 = stablehlo.reshape %308 : (tensor<i32>) -> tensor<1xi32>
    %310 = stablehlo.concatenate %309, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %311 = stablehlo.dynamic_broadcast_in_dim %302, %310, dims = [1] : (tensor<256xf32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %312 = stablehlo.add %307, %311 : tensor<?x256x14x14xf32>
    %313 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %314 = stablehlo.reshape %313 : (tensor<i32>) -> tensor<1xi32>
    %315 = stablehlo.concatenate %314, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %316 = stablehlo.dynamic_broadcast_in_dim %cst_9, %315, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %317 = stablehlo.maximum %312, %316 : tensor<?x256x14x14xf32>
    %318 = stablehlo.convolution(%317, %arg44) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x256x14x14xf32>, tensor<256x256x3x3xf32>) -> tensor<?x256x14x14xf32>
    %319 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %320 = stablehlo.add %arg93, %319 : tensor<256xf32>
    %321 = stablehlo.rsqrt %320 : tensor<256xf32>
    %322 = stablehlo.multiply %321, %arg45 : tensor<256xf32>
    %323 = stablehlo.negate %arg92 : tensor<256xf32>
    %324 = stablehlo.multiply %323, %322 : tensor<256xf32>
    %325 = stablehlo.add %324, %arg46 : tensor<256xf32>
    %326 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %327 = stablehlo.reshape %326 : (tensor<i32>) -> tensor<1xi32>
    %328 = stablehlo.concatenate %327, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %329 = stablehlo.dynamic_broadcast_in_dim %322, %328, dims = [1] : (tensor<256xf32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %330 = stablehlo.multiply %318, %329 : tensor<?x256x14x14xf32>
    %331 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %332 = stablehlo.reshape %331 : (tensor<i32>) -> tensor<1xi32>
    %333 = stablehlo.concatenate %332, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %334 = stablehlo.dynamic_broadcast_in_dim %325, %333, dims = [1] : (tensor<256xf32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %335 = stablehlo.add %330, %334 : tensor<?x256x14x14xf32>
    %336 = stablehlo.add %335, %294 : tensor<?x256x14x14xf32>
    %337 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %338 = stablehlo.reshape %337 : (tensor<i32>) -> tensor<1xi32>
    %339 = stablehlo.concatenate %338, %c_4, %c_3, %c_3, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %340 = stablehlo.dynamic_broadcast_in_dim %cst_9, %339, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x256x14x14xf32>
    %341 = stablehlo.maximum %336, %340 : tensor<?x256x14x14xf32>
    %342 = stablehlo.convolution(%341, %arg47) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x256x14x14xf32>, tensor<512x256x3x3xf32>) -> tensor<?x512x7x7xf32>
    %343 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %344 = stablehlo.add %arg95, %343 : tensor<512xf32>
    %345 = stablehlo.rsqrt %344 : tensor<512xf32>
    %346 = stablehlo.multiply %345, %arg48 : tensor<512xf32>
    %347 = stablehlo.negate %arg94 : tensor<512xf32>
    %348 = stablehlo.multiply %347, %346 : tensor<512xf32>
    %349 = stablehlo.add %348, %arg49 : tensor<512xf32>
    %350 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %351 = stablehlo.reshape %350 : (tensor<i32>) -> tensor<1xi32>
    %352 = stablehlo.concatenate %351, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %353 = stablehlo.dynamic_broadcast_in_dim %346, %352, dims = [1] : (tensor<512xf32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %354 = stablehlo.multiply %342, %353 : tensor<?x512x7x7xf32>
    %355 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %356 = stablehlo.reshape %355 : (tensor<i32>) -> tensor<1xi32>
    %357 = stablehlo.concatenate %356, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %358 = stablehlo.dynamic_broadcast_in_dim %349, %357, dims = [1] : (tensor<512xf32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %359 = stablehlo.add %354, %358 : tensor<?x512x7x7xf32>
    %360 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %361 = stablehlo.reshape %360 : (tensor<i32>) -> tensor<1xi32>
    %362 = stablehlo.concatenate %361, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %363 = stablehlo.dynamic_broadcast_in_dim %cst_9, %362, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %364 = stablehlo.maximum %359, %363 : tensor<?x512x7x7xf32>
    %365 = stablehlo.convolution(%364, %arg50) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x512x7x7xf32>, tensor<512x512x3x3xf32>) -> tensor<?x512x7x7xf32>
    %366 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %367 = stablehlo.add %arg97, %366 : tensor<512xf32>
    %368 = stablehlo.rsqrt %367 : tensor<512xf32>
    %369 = stablehlo.multiply %368, %arg51 : tensor<512xf32>
    %370 = stablehlo.negate %arg96 : tensor<512xf32>
    %371 = stablehlo.multiply %370, %369 : tensor<512xf32>
    %372 = stablehlo.add %371, %arg52 : tensor<512xf32>
    %373 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %374 = stablehlo.reshape %373 : (tensor<i32>) -> tensor<1xi32>
    %375 = stablehlo.concatenate %374, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %376 = stablehlo.dynamic_broadcast_in_dim %369, %375, dims = [1] : (tensor<512xf32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %377 = stablehlo.multiply %365, %376 : tensor<?x512x7x7xf32>
    %378 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %379 = stablehlo.reshape %378 : (tensor<i32>) -> tensor<1xi32>
    %380 = stablehlo.concatenate %379, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %381 = stablehlo.dynamic_broadcast_in_dim %372, %380, dims = [1] : (tensor<512xf32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %382 = stablehlo.add %377, %381 : tensor<?x512x7x7xf32>
    %383 = stablehlo.convolution(%341, %arg53) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x256x14x14xf32>, tensor<512x256x1x1xf32>) -> tensor<?x512x7x7xf32>
    %384 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %385 = stablehlo.add %arg99, %384 : tensor<512xf32>
    %386 = stablehlo.rsqrt %385 : tensor<512xf32>
    %387 = stablehlo.multiply %386, %arg54 : tensor<512xf32>
    %388 = stablehlo.negate %arg98 : tensor<512xf32>
    %389 = stablehlo.multiply %388, %387 : tensor<512xf32>
    %390 = stablehlo.add %389, %arg55 : tensor<512xf32>
    %391 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %392 = stablehlo.reshape %391 : (tensor<i32>) -> tensor<1xi32>
    %393 = stablehlo.concatenate %392, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %394 = stablehlo.dynamic_broadcast_in_dim %387, %393, dims = [1] : (tensor<512xf32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %395 = stablehlo.multiply %383, %394 : tensor<?x512x7x7xf32>
    %396 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %397 = stablehlo.reshape %396 : (tensor<i32>) -> tensor<1xi32>
    %398 = stablehlo.concatenate %397, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %399 = stablehlo.dynamic_broadcast_in_dim %390, %398, dims = [1] : (tensor<512xf32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %400 = stablehlo.add %395, %399 : tensor<?x512x7x7xf32>
    %401 = stablehlo.add %382, %400 : tensor<?x512x7x7xf32>
    %402 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %403 = stablehlo.reshape %402 : (tensor<i32>) -> tensor<1xi32>
    %404 = stablehlo.concatenate %403, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %405 = stablehlo.dynamic_broadcast_in_dim %cst_9, %404, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %406 = stablehlo.maximum %401, %405 : tensor<?x512x7x7xf32>
    %407 = stablehlo.convolution(%406, %arg56) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x512x7x7xf32>, tensor<512x512x3x3xf32>) -> tensor<?x512x7x7xf32>
    %408 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %409 = stablehlo.add %arg101, %408 : tensor<512xf32>
    %410 = stablehlo.rsqrt %409 : tensor<512xf32>
    %411 = stablehlo.multiply %410, %arg57 : tensor<512xf32>
    %412 = stablehlo.negate %arg100 : tensor<512xf32>
    %413 = stablehlo.multiply %412, %411 : tensor<512xf32>
    %414 = stablehlo.add %413, %arg58 : tensor<512xf32>
    %415 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %416 = stablehlo.reshape %415 : (tensor<i32>) -> tensor<1xi32>
    %417 = stablehlo.concatenate %416, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %418 = stablehlo.dynamic_broadcast_in_dim %411, %417, dims = [1] : (tensor<512xf32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %419 = stablehlo.multiply %407, %418 : tensor<?x512x7x7xf32>
    %420 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %421 = stablehlo.reshape %420 : (tensor<i32>) -> tensor<1xi32>
    %422 = stablehlo.concatenate %421, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %423 = stablehlo.dynamic_broadcast_in_dim %414, %422, dims = [1] : (tensor<512xf32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %424 = stablehlo.add %419, %423 : tensor<?x512x7x7xf32>
    %425 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %426 = stablehlo.reshape %425 : (tensor<i32>) -> tensor<1xi32>
    %427 = stablehlo.concatenate %426, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %428 = stablehlo.dynamic_broadcast_in_dim %cst_9, %427, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %429 = stablehlo.maximum %424, %428 : tensor<?x512x7x7xf32>
    %430 = stablehlo.convolution(%429, %arg59) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<?x512x7x7xf32>, tensor<512x512x3x3xf32>) -> tensor<?x512x7x7xf32>
    %431 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %432 = stablehlo.add %arg103, %431 : tensor<512xf32>
    %433 = stablehlo.rsqrt %432 : tensor<512xf32>
    %434 = stablehlo.multiply %433, %arg60 : tensor<512xf32>
    %435 = stablehlo.negate %arg102 : tensor<512xf32>
    %436 = stablehlo.multiply %435, %434 : tensor<512xf32>
    %437 = stablehlo.add %436, %arg61 : tensor<512xf32>
    %438 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %439 = stablehlo.reshape %438 : (tensor<i32>) -> tensor<1xi32>
    %440 = stablehlo.concatenate %439, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %441 = stablehlo.dynamic_broadcast_in_dim %434, %440, dims = [1] : (tensor<512xf32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %442 = stablehlo.multiply %430, %441 : tensor<?x512x7x7xf32>
    %443 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %444 = stablehlo.reshape %443 : (tensor<i32>) -> tensor<1xi32>
    %445 = stablehlo.concatenate %444, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %446 = stablehlo.dynamic_broadcast_in_dim %437, %445, dims = [1] : (tensor<512xf32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %447 = stablehlo.add %442, %446 : tensor<?x512x7x7xf32>
    %448 = stablehlo.add %447, %406 : tensor<?x512x7x7xf32>
    %449 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %450 = stablehlo.reshape %449 : (tensor<i32>) -> tensor<1xi32>
    %451 = stablehlo.concatenate %450, %c_2, %c_1, %c_1, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %452 = stablehlo.dynamic_broadcast_in_dim %cst_9, %451, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x512x7x7xf32>
    %453 = stablehlo.maximum %448, %452 : tensor<?x512x7x7xf32>
    %454 = stablehlo.reduce(%453 init: %cst_9) applies stablehlo.add across dimensions = [2, 3] : (tensor<?x512x7x7xf32>, tensor<f32>) -> tensor<?x512xf32>
    %455 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %456 = stablehlo.reshape %455 : (tensor<i32>) -> tensor<1xi32>
    %457 = stablehlo.concatenate %456, %c_2, %c_0, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %458 = stablehlo.dynamic_broadcast_in_dim %454, %457, dims = [0, 1] : (tensor<?x512xf32>, tensor<4xi32>) -> tensor<?x512x1x1xf32>
    %459 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %460 = stablehlo.reshape %459 : (tensor<i32>) -> tensor<1xi32>
    %461 = stablehlo.concatenate %460, %c_2, %c_0, %c_0, dim = 0 : (tensor<1xi32>, tensor<1xi32>, tensor<1xi32>, tensor<1xi32>) -> tensor<4xi32>
    %462 = stablehlo.dynamic_broadcast_in_dim %cst, %461, dims = [] : (tensor<f32>, tensor<4xi32>) -> tensor<?x512x1x1xf32>
    %463 = stablehlo.divide %458, %462 : tensor<?x512x1x1xf32>
    %464 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %465 = stablehlo.reshape %464 : (tensor<i32>) -> tensor<1xi32>
    %466 = stablehlo.concatenate %465, %c_2, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %467 = stablehlo.dynamic_reshape %463, %466 : (tensor<?x512x1x1xf32>, tensor<2xi32>) -> tensor<?x512xf32>
    %468 = stablehlo.dot_general %467, %arg62, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<?x512xf32>, tensor<1000x512xf32>) -> tensor<?x1000xf32>
    %469 = stablehlo.convert %arg1 : (tensor<i64>) -> tensor<i32>
    %470 = stablehlo.reshape %469 : (tensor<i32>) -> tensor<1xi32>
    %471 = stablehlo.concatenate %470, %c, dim = 0 : (tensor<1xi32>, tensor<1xi32>) -> tensor<2xi32>
    %472 = stablehlo.dynamic_broadcast_in_dim %arg63, %471, dims = [1] : (tensor<1000xf32>, tensor<2xi32>) -> tensor<?x1000xf32>
    %473 = stablehlo.add %468, %472 : tensor<?x1000xf32>
    return %473 : tensor<?x1000xf32>
  }
}
