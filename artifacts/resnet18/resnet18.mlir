module @ResNet attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22x\22,\22shape\22:[1,3,224,224]}],\22model\22:\22ResNet\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22kind\22:\22leaf\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22output\22,\22shape\22:[1,1000]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{},\22weights\22:{\22file\22:\22resnet18.safetensors\22,\22inline\22:false,\22sha256\22:\22412ec7816e360758b60822334ef4e567cf9ccc87474fc9c7b8625aca5a9eef23\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,3,7,7]},{\22dtype\22:\22float32\22,\22name\22:\22bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,64,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,64,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,64,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,64,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,64,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,128,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.downsample.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,64,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.downsample.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.downsample.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,128,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128,128,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,128,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.downsample.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,128,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.downsample.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.downsample.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[256,256,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,256,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,512,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.downsample.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,256,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.downsample.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.downsample.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.conv1.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,512,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn1.weight\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn1.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.conv2.weight\22,\22role\22:\22parameter\22,\22shape\22:[512,512,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn2.weight\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn2.bias\22,\22role\22:\22parameter\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22fc.weight\22,\22role\22:\22parameter\22,\22shape\22:[1000,512]},{\22dtype\22:\22float32\22,\22name\22:\22fc.bias\22,\22role\22:\22parameter\22,\22shape\22:[1000]},{\22dtype\22:\22float32\22,\22name\22:\22bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.0.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer1.1.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.downsample.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.0.downsample.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer2.1.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[128]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.downsample.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.0.downsample.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer3.1.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[256]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.downsample.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.0.downsample.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn2.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[512]},{\22dtype\22:\22float32\22,\22name\22:\22layer4.1.bn2.running_var\22,\22role\22:\22buffer\22,\22shape\22:[512]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<64x3x7x7xf32> {torchtpu.name = "conv1.weight"}, %arg2: tensor<64xf32> {torchtpu.name = "bn1.weight"}, %arg3: tensor<64xf32> {torchtpu.name = "bn1.bias"}, %arg4: tensor<64x64x3x3xf32> {torchtpu.name = "layer1.0.conv1.weight"}, %arg5: tensor<64xf32> {torchtpu.name = "layer1.0.bn1.weight"}, %arg6: tensor<64xf32> {torchtpu.name = "layer1.0.bn1.bias"}, %arg7: tensor<64x64x3x3xf32> {torchtpu.name = "layer1.0.conv2.weight"}, %arg8: tensor<64xf32> {torchtpu.name = "layer1.0.bn2.weight"}, %arg9: tensor<64xf32> {torchtpu.name = "layer1.0.bn2.bias"}, %arg10: tensor<64x64x3x3xf32> {torchtpu.name = "layer1.1.conv1.weight"}, %arg11: tensor<64xf32> {torchtpu.name = "layer1.1.bn1.weight"}, %arg12: tensor<64xf32> {torchtpu.name = "layer1.1.bn1.bias"}, %arg13: tensor<64x64x3x3xf32> {torchtpu.name = "layer1.1.conv2.weight"}, %arg14: tensor<64xf32> {torchtpu.name = "layer1.1.bn2.weight"}, %arg15: tensor<64xf32> {torchtpu.name = "layer1.1.bn2.bias"}, %arg16: tensor<128x64x3x3xf32> {torchtpu.name = "layer2.0.conv1.weight"}, %arg17: tensor<128xf32> {torchtpu.name = "layer2.0.bn1.weight"}, %arg18: tensor<128xf32> {torchtpu.name = "layer2.0.bn1.bias"}, %arg19: tensor<128x128x3x3xf32> {torchtpu.name = "layer2.0.conv2.weight"}, %arg20: tensor<128xf32> {torchtpu.name = "layer2.0.bn2.weight"}, %arg21: tensor<128xf32> {torchtpu.name = "layer2.0.bn2.bias"}, %arg22: tensor<128x64x1x1xf32> {torchtpu.name = "layer2.0.downsample.0.weight"}, %arg23: tensor<128xf32> {torchtpu.name = "layer2.0.downsample.1.weight"}, %arg24: tensor<128xf32> {torchtpu.name = "layer2.0.downsample.1.bias"}, %arg25: tensor<128x128x3x3xf32> {torchtpu.name = "layer2.1.conv1.weight"}, %arg26: tensor<128xf32> {torchtpu.name = "layer2.1.bn1.weight"}, %arg27: tensor<128xf32> {torchtpu.name = "layer2.1.bn1.bias"}, %arg28: tensor<128x128x3x3xf32> {torchtpu.name = "layer2.1.conv2.weight"}, %arg29: tensor<128xf32> {torchtpu.name = "layer2.1.bn2.weight"}, %arg30: tensor<128xf32> {torchtpu.name = "layer2.1.bn2.bias"}, %arg31: tensor<256x128x3x3xf32> {torchtpu.name = "layer3.0.conv1.weight"}, %arg32: tensor<256xf32> {torchtpu.name = "layer3.0.bn1.weight"}, %arg33: tensor<256xf32> {torchtpu.name = "layer3.0.bn1.bias"}, %arg34: tensor<256x256x3x3xf32> {torchtpu.name = "layer3.0.conv2.weight"}, %arg35: tensor<256xf32> {torchtpu.name = "layer3.0.bn2.weight"}, %arg36: tensor<256xf32> {torchtpu.name = "layer3.0.bn2.bias"}, %arg37: tensor<256x128x1x1xf32> {torchtpu.name = "layer3.0.downsample.0.weight"}, %arg38: tensor<256xf32> {torchtpu.name = "layer3.0.downsample.1.weight"}, %arg39: tensor<256xf32> {torchtpu.name = "layer3.0.downsample.1.bias"}, %arg40: tensor<256x256x3x3xf32> {torchtpu.name = "layer3.1.conv1.weight"}, %arg41: tensor<256xf32> {torchtpu.name = "layer3.1.bn1.weight"}, %arg42: tensor<256xf32> {torchtpu.name = "layer3.1.bn1.bias"}, %arg43: tensor<256x256x3x3xf32> {torchtpu.name = "layer3.1.conv2.weight"}, %arg44: tensor<256xf32> {torchtpu.name = "layer3.1.bn2.weight"}, %arg45: tensor<256xf32> {torchtpu.name = "layer3.1.bn2.bias"}, %arg46: tensor<512x256x3x3xf32> {torchtpu.name = "layer4.0.conv1.weight"}, %arg47: tensor<512xf32> {torchtpu.name = "layer4.0.bn1.weight"}, %arg48: tensor<512xf32> {torchtpu.name = "layer4.0.bn1.bias"}, %arg49: tensor<512x512x3x3xf32> {torchtpu.name = "layer4.0.conv2.weight"}, %arg50: tensor<512xf32> {torchtpu.name = "layer4.0.bn2.weight"}, %arg51: tensor<512xf32> {torchtpu.name = "layer4.0.bn2.bias"}, %arg52: tensor<512x256x1x1xf32> {torchtpu.name = "layer4.0.downsample.0.weight"}, %arg53: tensor<512xf32> {torchtpu.name = "layer4.0.downsample.1.weight"}, %arg54: tensor<512xf32> {torchtpu.name = "layer4.0.downsample.1.bias"}, %arg55: tensor<512x512x3x3xf32> {torchtpu.name = "layer4.1.conv1.weight"}, %arg56: tensor<512xf32> {torchtpu.name = "layer4.1.bn1.weight"}, %arg57: tensor<512xf32> {torchtpu.name = "layer4.1.bn1.bias"}, %arg58: tensor<512x512x3x3xf32> {torchtpu.name = "layer4.1.conv2.weight"}, %arg59: tensor<512xf32> {torchtpu.name = "layer4.1.bn2.weight"}, %arg60: tensor<512xf32> {torchtpu.name = "layer4.1.bn2.bias"}, %arg61: tensor<1000x512xf32> {torchtpu.name = "fc.weight"}, %arg62: tensor<1000xf32> {torchtpu.name = "fc.bias"}, %arg63: tensor<64xf32> {torchtpu.name = "bn1.running_mean"}, %arg64: tensor<64xf32> {torchtpu.name = "bn1.running_var"}, %arg65: tensor<64xf32> {torchtpu.name = "layer1.0.bn1.running_mean"}, %arg66: tensor<64xf32> {torchtpu.name = "layer1.0.bn1.running_var"}, %arg67: tensor<64xf32> {torchtpu.name = "layer1.0.bn2.running_mean"}, %arg68: tensor<64xf32> {torchtpu.name = "layer1.0.bn2.running_var"}, %arg69: tensor<64xf32> {torchtpu.name = "layer1.1.bn1.running_mean"}, %arg70: tensor<64xf32> {torchtpu.name = "layer1.1.bn1.running_var"}, %arg71: tensor<64xf32> {torchtpu.name = "layer1.1.bn2.running_mean"}, %arg72: tensor<64xf32> {torchtpu.name = "layer1.1.bn2.running_var"}, %arg73: tensor<128xf32> {torchtpu.name = "layer2.0.bn1.running_mean"}, %arg74: tensor<128xf32> {torchtpu.name = "layer2.0.bn1.running_var"}, %arg75: tensor<128xf32> {torchtpu.name = "layer2.0.bn2.running_mean"}, %arg76: tensor<128xf32> {torchtpu.name = "layer2.0.bn2.running_var"}, %arg77: tensor<128xf32> {torchtpu.name = "layer2.0.downsample.1.running_mean"}, %arg78: tensor<128xf32> {torchtpu.name = "layer2.0.downsample.1.running_var"}, %arg79: tensor<128xf32> {torchtpu.name = "layer2.1.bn1.running_mean"}, %arg80: tensor<128xf32> {torchtpu.name = "layer2.1.bn1.running_var"}, %arg81: tensor<128xf32> {torchtpu.name = "layer2.1.bn2.running_mean"}, %arg82: tensor<128xf32> {torchtpu.name = "layer2.1.bn2.running_var"}, %arg83: tensor<256xf32> {torchtpu.name = "layer3.0.bn1.running_mean"}, %arg84: tensor<256xf32> {torchtpu.name = "layer3.0.bn1.running_var"}, %arg85: tensor<256xf32> {torchtpu.name = "layer3.0.bn2.running_mean"}, %arg86: tensor<256xf32> {torchtpu.name = "layer3.0.bn2.running_var"}, %arg87: tensor<256xf32> {torchtpu.name = "layer3.0.downsample.1.running_mean"}, %arg88: tensor<256xf32> {torchtpu.name = "layer3.0.downsample.1.running_var"}, %arg89: tensor<256xf32> {torchtpu.name = "layer3.1.bn1.running_mean"}, %arg90: tensor<256xf32> {torchtpu.name = "layer3.1.bn1.running_var"}, %arg91: tensor<256xf32> {torchtpu.name = "layer3.1.bn2.running_mean"}, %arg92: tensor<256xf32> {torchtpu.name = "layer3.1.bn2.running_var"}, %arg93: tensor<512xf32> {torchtpu.name = "layer4.0.bn1.running_mean"}, %arg94: tensor<512xf32> {torchtpu.name = "layer4.0.bn1.running_var"}, %arg95: tensor<512xf32> {torchtpu.name = "layer4.0.bn2.running_mean"}, %arg96: tensor<512xf32> {torchtpu.name = "layer4.0.bn2.running_var"}, %arg97: tensor<512xf32> {torchtpu.name = "layer4.0.downsample.1.running_mean"}, %arg98: tensor<512xf32> {torchtpu.name = "layer4.0.downsample.1.running_var"}, %arg99: tensor<512xf32> {torchtpu.name = "layer4.1.bn1.running_mean"}, %arg100: tensor<512xf32> {torchtpu.name = "layer4.1.bn1.running_var"}, %arg101: tensor<512xf32> {torchtpu.name = "layer4.1.bn2.running_mean"}, %arg102: tensor<512xf32> {torchtpu.name = "layer4.1.bn2.running_var"}, %arg103: tensor<1x3x224x224xf32> {torchtpu.name = "x"}) -> (tensor<1x1000xf32> {torchtpu.name = "output"}) {
    %cst = stablehlo.constant dense<4.900000e+01> : tensor<f32>
    %cst_0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_2 = stablehlo.constant dense<9.99999974E-6> : tensor<f32>
    %0 = stablehlo.convolution(%arg103, %arg1) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[3, 3], [3, 3]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x3x224x224xf32>, tensor<64x3x7x7xf32>) -> tensor<1x64x112x112xf32>
    %1 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %2 = stablehlo.add %arg64, %1 : tensor<64xf32>
    %3 = stablehlo.rsqrt %2 : tensor<64xf32>
    %4 = stablehlo.multiply %3, %arg2 : tensor<64xf32>
    %5 = stablehlo.negate %arg63 : tensor<64xf32>
    %6 = stablehlo.multiply %5, %4 : tensor<64xf32>
    %7 = stablehlo.add %6, %arg3 : tensor<64xf32>
    %8 = stablehlo.broadcast_in_dim %4, dims = [1] : (tensor<64xf32>) -> tensor<1x64x112x112xf32>
    %9 = stablehlo.multiply %0, %8 : tensor<1x64x112x112xf32>
    %10 = stablehlo.broadcast_in_dim %7, dims = [1] : (tensor<64xf32>) -> tensor<1x64x112x112xf32>
    %11 = stablehlo.add %9, %10 : tensor<1x64x112x112xf32>
    %12 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x64x112x112xf32>
    %13 = stablehlo.maximum %11, %12 : tensor<1x64x112x112xf32>
    %14 = "stablehlo.reduce_window"(%13, %cst_0) <{padding = dense<[[0, 0], [0, 0], [1, 0], [1, 0]]> : tensor<4x2xi64>, window_dimensions = array<i64: 1, 1, 3, 3>, window_strides = array<i64: 1, 1, 2, 2>}> ({
    ^bb0(%arg104: tensor<f32>, %arg105: tensor<f32>):
      %291 = stablehlo.maximum %arg104, %arg105 : tensor<f32>
      stablehlo.return %291 : tensor<f32>
    }) : (tensor<1x64x112x112xf32>, tensor<f32>) -> tensor<1x64x56x56xf32>
    %15 = stablehlo.convolution(%14, %arg4) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x64x56x56xf32>, tensor<64x64x3x3xf32>) -> tensor<1x64x56x56xf32>
    %16 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %17 = stablehlo.add %arg66, %16 : tensor<64xf32>
    %18 = stablehlo.rsqrt %17 : tensor<64xf32>
    %19 = stablehlo.multiply %18, %arg5 : tensor<64xf32>
    %20 = stablehlo.negate %arg65 : tensor<64xf32>
    %21 = stablehlo.multiply %20, %19 : tensor<64xf32>
    %22 = stablehlo.add %21, %arg6 : tensor<64xf32>
    %23 = stablehlo.broadcast_in_dim %19, dims = [1] : (tensor<64xf32>) -> tensor<1x64x56x56xf32>
    %24 = stablehlo.multiply %15, %23 : tensor<1x64x56x56xf32>
    %25 = stablehlo.broadcast_in_dim %22, dims = [1] : (tensor<64xf32>) -> tensor<1x64x56x56xf32>
    %26 = stablehlo.add %24, %25 : tensor<1x64x56x56xf32>
    %27 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x64x56x56xf32>
    %28 = stablehlo.maximum %26, %27 : tensor<1x64x56x56xf32>
    %29 = stablehlo.convolution(%28, %arg7) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x64x56x56xf32>, tensor<64x64x3x3xf32>) -> tensor<1x64x56x56xf32>
    %30 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %31 = stablehlo.add %arg68, %30 : tensor<64xf32>
    %32 = stablehlo.rsqrt %31 : tensor<64xf32>
    %33 = stablehlo.multiply %32, %arg8 : tensor<64xf32>
    %34 = stablehlo.negate %arg67 : tensor<64xf32>
    %35 = stablehlo.multiply %34, %33 : tensor<64xf32>
    %36 = stablehlo.add %35, %arg9 : tensor<64xf32>
    %37 = stablehlo.broadcast_in_dim %33, dims = [1] : (tensor<64xf32>) -> tensor<1x64x56x56xf32>
    %38 = stablehlo.multiply %29, %37 : tensor<1x64x56x56xf32>
    %39 = stablehlo.broadcast_in_dim %36, dims = [1] : (tensor<64xf32>) -> tensor<1x64x56x56xf32>
    %40 = stablehlo.add %38, %39 : tensor<1x64x56x56xf32>
    %41 = stablehlo.add %40, %14 : tensor<1x64x56x56xf32>
    %42 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x64x56x56xf32>
    %43 = stablehlo.maximum %41, %42 : tensor<1x64x56x56xf32>
    %44 = stablehlo.convolution(%43, %arg10) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x64x56x56xf32>, tensor<64x64x3x3xf32>) -> tensor<1x64x56x56xf32>
    %45 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %46 = stablehlo.add %arg70, %45 : tensor<64xf32>
    %47 = stablehlo.rsqrt %46 : tensor<64xf32>
    %48 = stablehlo.multiply %47, %arg11 : tensor<64xf32>
    %49 = stablehlo.negate %arg69 : tensor<64xf32>
    %50 = stablehlo.multiply %49, %48 : tensor<64xf32>
    %51 = stablehlo.add %50, %arg12 : tensor<64xf32>
    %52 = stablehlo.broadcast_in_dim %48, dims = [1] : (tensor<64xf32>) -> tensor<1x64x56x56xf32>
    %53 = stablehlo.multiply %44, %52 : tensor<1x64x56x56xf32>
    %54 = stablehlo.broadcast_in_dim %51, dims = [1] : (tensor<64xf32>) -> tensor<1x64x56x56xf32>
    %55 = stablehlo.add %53, %54 : tensor<1x64x56x56xf32>
    %56 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x64x56x56xf32>
    %57 = stablehlo.maximum %55, %56 : tensor<1x64x56x56xf32>
    %58 = stablehlo.convolution(%57, %arg13) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x64x56x56xf32>, tensor<64x64x3x3xf32>) -> tensor<1x64x56x56xf32>
    %59 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<64xf32>
    %60 = stablehlo.add %arg72, %59 : tensor<64xf32>
    %61 = stablehlo.rsqrt %60 : tensor<64xf32>
    %62 = stablehlo.multiply %61, %arg14 : tensor<64xf32>
    %63 = stablehlo.negate %arg71 : tensor<64xf32>
    %64 = stablehlo.multiply %63, %62 : tensor<64xf32>
    %65 = stablehlo.add %64, %arg15 : tensor<64xf32>
    %66 = stablehlo.broadcast_in_dim %62, dims = [1] : (tensor<64xf32>) -> tensor<1x64x56x56xf32>
    %67 = stablehlo.multiply %58, %66 : tensor<1x64x56x56xf32>
    %68 = stablehlo.broadcast_in_dim %65, dims = [1] : (tensor<64xf32>) -> tensor<1x64x56x56xf32>
    %69 = stablehlo.add %67, %68 : tensor<1x64x56x56xf32>
    %70 = stablehlo.add %69, %43 : tensor<1x64x56x56xf32>
    %71 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x64x56x56xf32>
    %72 = stablehlo.maximum %70, %71 : tensor<1x64x56x56xf32>
    %73 = stablehlo.convolution(%72, %arg16) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x64x56x56xf32>, tensor<128x64x3x3xf32>) -> tensor<1x128x28x28xf32>
    %74 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %75 = stablehlo.add %arg74, %74 : tensor<128xf32>
    %76 = stablehlo.rsqrt %75 : tensor<128xf32>
    %77 = stablehlo.multiply %76, %arg17 : tensor<128xf32>
    %78 = stablehlo.negate %arg73 : tensor<128xf32>
    %79 = stablehlo.multiply %78, %77 : tensor<128xf32>
    %80 = stablehlo.add %79, %arg18 : tensor<128xf32>
    %81 = stablehlo.broadcast_in_dim %77, dims = [1] : (tensor<128xf32>) -> tensor<1x128x28x28xf32>
    %82 = stablehlo.multiply %73, %81 : tensor<1x128x28x28xf32>
    %83 = stablehlo.broadcast_in_dim %80, dims = [1] : (tensor<128xf32>) -> tensor<1x128x28x28xf32>
    %84 = stablehlo.add %82, %83 : tensor<1x128x28x28xf32>
    %85 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x128x28x28xf32>
    %86 = stablehlo.maximum %84, %85 : tensor<1x128x28x28xf32>
    %87 = stablehlo.convolution(%86, %arg19) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x128x28x28xf32>, tensor<128x128x3x3xf32>) -> tensor<1x128x28x28xf32>
    %88 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %89 = stablehlo.add %arg76, %88 : tensor<128xf32>
    %90 = stablehlo.rsqrt %89 : tensor<128xf32>
    %91 = stablehlo.multiply %90, %arg20 : tensor<128xf32>
    %92 = stablehlo.negate %arg75 : tensor<128xf32>
    %93 = stablehlo.multiply %92, %91 : tensor<128xf32>
    %94 = stablehlo.add %93, %arg21 : tensor<128xf32>
    %95 = stablehlo.broadcast_in_dim %91, dims = [1] : (tensor<128xf32>) -> tensor<1x128x28x28xf32>
    %96 = stablehlo.multiply %87, %95 : tensor<1x128x28x28xf32>
    %97 = stablehlo.broadcast_in_dim %94, dims = [1] : (tensor<128xf32>) -> tensor<1x128x28x28xf32>
    %98 = stablehlo.add %96, %97 : tensor<1x128x28x28xf32>
    %99 = stablehlo.convolution(%72, %arg22) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x64x56x56xf32>, tensor<128x64x1x1xf32>) -> tensor<1x128x28x28xf32>
    %100 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %101 = stablehlo.add %arg78, %100 : tensor<128xf32>
    %102 = stablehlo.rsqrt %101 : tensor<128xf32>
    %103 = stablehlo.multiply %102, %arg23 : tensor<128xf32>
    %104 = stablehlo.negate %arg77 : tensor<128xf32>
    %105 = stablehlo.multiply %104, %103 : tensor<128xf32>
    %106 = stablehlo.add %105, %arg24 : tensor<128xf32>
    %107 = stablehlo.broadcast_in_dim %103, dims = [1] : (tensor<128xf32>) -> tensor<1x128x28x28xf32>
    %108 = stablehlo.multiply %99, %107 : tensor<1x128x28x28xf32>
    %109 = stablehlo.broadcast_in_dim %106, dims = [1] : (tensor<128xf32>) -> tensor<1x128x28x28xf32>
    %110 = stablehlo.add %108, %109 : tensor<1x128x28x28xf32>
    %111 = stablehlo.add %98, %110 : tensor<1x128x28x28xf32>
    %112 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x128x28x28xf32>
    %113 = stablehlo.maximum %111, %112 : tensor<1x128x28x28xf32>
    %114 = stablehlo.convolution(%113, %arg25) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x128x28x28xf32>, tensor<128x128x3x3xf32>) -> tensor<1x128x28x28xf32>
    %115 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %116 = stablehlo.add %arg80, %115 : tensor<128xf32>
    %117 = stablehlo.rsqrt %116 : tensor<128xf32>
    %118 = stablehlo.multiply %117, %arg26 : tensor<128xf32>
    %119 = stablehlo.negate %arg79 : tensor<128xf32>
    %120 = stablehlo.multiply %119, %118 : tensor<128xf32>
    %121 = stablehlo.add %120, %arg27 : tensor<128xf32>
    %122 = stablehlo.broadcast_in_dim %118, dims = [1] : (tensor<128xf32>) -> tensor<1x128x28x28xf32>
    %123 = stablehlo.multiply %114, %122 : tensor<1x128x28x28xf32>
    %124 = stablehlo.broadcast_in_dim %121, dims = [1] : (tensor<128xf32>) -> tensor<1x128x28x28xf32>
    %125 = stablehlo.add %123, %124 : tensor<1x128x28x28xf32>
    %126 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x128x28x28xf32>
    %127 = stablehlo.maximum %125, %126 : tensor<1x128x28x28xf32>
    %128 = stablehlo.convolution(%127, %arg28) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x128x28x28xf32>, tensor<128x128x3x3xf32>) -> tensor<1x128x28x28xf32>
    %129 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<128xf32>
    %130 = stablehlo.add %arg82, %129 : tensor<128xf32>
    %131 = stablehlo.rsqrt %130 : tensor<128xf32>
    %132 = stablehlo.multiply %131, %arg29 : tensor<128xf32>
    %133 = stablehlo.negate %arg81 : tensor<128xf32>
    %134 = stablehlo.multiply %133, %132 : tensor<128xf32>
    %135 = stablehlo.add %134, %arg30 : tensor<128xf32>
    %136 = stablehlo.broadcast_in_dim %132, dims = [1] : (tensor<128xf32>) -> tensor<1x128x28x28xf32>
    %137 = stablehlo.multiply %128, %136 : tensor<1x128x28x28xf32>
    %138 = stablehlo.broadcast_in_dim %135, dims = [1] : (tensor<128xf32>) -> tensor<1x128x28x28xf32>
    %139 = stablehlo.add %137, %138 : tensor<1x128x28x28xf32>
    %140 = stablehlo.add %139, %113 : tensor<1x128x28x28xf32>
    %141 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x128x28x28xf32>
    %142 = stablehlo.maximum %140, %141 : tensor<1x128x28x28xf32>
    %143 = stablehlo.convolution(%142, %arg31) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x128x28x28xf32>, tensor<256x128x3x3xf32>) -> tensor<1x256x14x14xf32>
    %144 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %145 = stablehlo.add %arg84, %144 : tensor<256xf32>
    %146 = stablehlo.rsqrt %145 : tensor<256xf32>
    %147 = stablehlo.multiply %146, %arg32 : tensor<256xf32>
    %148 = stablehlo.negate %arg83 : tensor<256xf32>
    %149 = stablehlo.multiply %148, %147 : tensor<256xf32>
    %150 = stablehlo.add %149, %arg33 : tensor<256xf32>
    %151 = stablehlo.broadcast_in_dim %147, dims = [1] : (tensor<256xf32>) -> tensor<1x256x14x14xf32>
    %152 = stablehlo.multiply %143, %151 : tensor<1x256x14x14xf32>
    %153 = stablehlo.broadcast_in_dim %150, dims = [1] : (tensor<256xf32>) -> tensor<1x256x14x14xf32>
    %154 = stablehlo.add %152, %153 : tensor<1x256x14x14xf32>
    %155 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256x14x14xf32>
    %156 = stablehlo.maximum %154, %155 : tensor<1x256x14x14xf32>
    %157 = stablehlo.convolution(%156, %arg34) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x256x14x14xf32>, tensor<256x256x3x3xf32>) -> tensor<1x256x14x14xf32>
    %158 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %159 = stablehlo.add %arg86, %158 : tensor<256xf32>
    %160 = stablehlo.rsqrt %159 : tensor<256xf32>
    %161 = stablehlo.multiply %160, %arg35 : tensor<256xf32>
    %162 = stablehlo.negate %arg85 : tensor<256xf32>
    %163 = stablehlo.multiply %162, %161 : tensor<256xf32>
    %164 = stablehlo.add %163, %arg36 : tensor<256xf32>
    %165 = stablehlo.broadcast_in_dim %161, dims = [1] : (tensor<256xf32>) -> tensor<1x256x14x14xf32>
    %166 = stablehlo.multiply %157, %165 : tensor<1x256x14x14xf32>
    %167 = stablehlo.broadcast_in_dim %164, dims = [1] : (tensor<256xf32>) -> tensor<1x256x14x14xf32>
    %168 = stablehlo.add %166, %167 : tensor<1x256x14x14xf32>
    %169 = stablehlo.convolution(%142, %arg37) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x128x28x28xf32>, tensor<256x128x1x1xf32>) -> tensor<1x256x14x14xf32>
    %170 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %171 = stablehlo.add %arg88, %170 : tensor<256xf32>
    %172 = stablehlo.rsqrt %171 : tensor<256xf32>
    %173 = stablehlo.multiply %172, %arg38 : tensor<256xf32>
    %174 = stablehlo.negate %arg87 : tensor<256xf32>
    %175 = stablehlo.multiply %174, %173 : tensor<256xf32>
    %176 = stablehlo.add %175, %arg39 : tensor<256xf32>
    %177 = stablehlo.broadcast_in_dim %173, dims = [1] : (tensor<256xf32>) -> tensor<1x256x14x14xf32>
    %178 = stablehlo.multiply %169, %177 : tensor<1x256x14x14xf32>
    %179 = stablehlo.broadcast_in_dim %176, dims = [1] : (tensor<256xf32>) -> tensor<1x256x14x14xf32>
    %180 = stablehlo.add %178, %179 : tensor<1x256x14x14xf32>
    %181 = stablehlo.add %168, %180 : tensor<1x256x14x14xf32>
    %182 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256x14x14xf32>
    %183 = stablehlo.maximum %181, %182 : tensor<1x256x14x14xf32>
    %184 = stablehlo.convolution(%183, %arg40) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x256x14x14xf32>, tensor<256x256x3x3xf32>) -> tensor<1x256x14x14xf32>
    %185 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %186 = stablehlo.add %arg90, %185 : tensor<256xf32>
    %187 = stablehlo.rsqrt %186 : tensor<256xf32>
    %188 = stablehlo.multiply %187, %arg41 : tensor<256xf32>
    %189 = stablehlo.negate %arg89 : tensor<256xf32>
    %190 = stablehlo.multiply %189, %188 : tensor<256xf32>
    %191 = stablehlo.add %190, %arg42 : tensor<256xf32>
    %192 = stablehlo.broadcast_in_dim %188, dims = [1] : (tensor<256xf32>) -> tensor<1x256x14x14xf32>
    %193 = stablehlo.multiply %184, %192 : tensor<1x256x14x14xf32>
    %194 = stablehlo.broadcast_in_dim %191, dims = [1] : (tensor<256xf32>) -> tensor<1x256x14x14xf32>
    %195 = stablehlo.add %193, %194 : tensor<1x256x14x14xf32>
    %196 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256x14x14xf32>
    %197 = stablehlo.maximum %195, %196 : tensor<1x256x14x14xf32>
    %198 = stablehlo.convolution(%197, %arg43) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x256x14x14xf32>, tensor<256x256x3x3xf32>) -> tensor<1x256x14x14xf32>
    %199 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<256xf32>
    %200 = stablehlo.add %arg92, %199 : tensor<256xf32>
    %201 = stablehlo.rsqrt %200 : tensor<256xf32>
    %202 = stablehlo.multiply %201, %arg44 : tensor<256xf32>
    %203 = stablehlo.negate %arg91 : tensor<256xf32>
    %204 = stablehlo.multiply %203, %202 : tensor<256xf32>
    %205 = stablehlo.add %204, %arg45 : tensor<256xf32>
    %206 = stablehlo.broadcast_in_dim %202, dims = [1] : (tensor<256xf32>) -> tensor<1x256x14x14xf32>
    %207 = stablehlo.multiply %198, %206 : tensor<1x256x14x14xf32>
    %208 = stablehlo.broadcast_in_dim %205, dims = [1] : (tensor<256xf32>) -> tensor<1x256x14x14xf32>
    %209 = stablehlo.add %207, %208 : tensor<1x256x14x14xf32>
    %210 = stablehlo.add %209, %183 : tensor<1x256x14x14xf32>
    %211 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x256x14x14xf32>
    %212 = stablehlo.maximum %210, %211 : tensor<1x256x14x14xf32>
    %213 = stablehlo.convolution(%212, %arg46) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x256x14x14xf32>, tensor<512x256x3x3xf32>) -> tensor<1x512x7x7xf32>
    %214 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %215 = stablehlo.add %arg94, %214 : tensor<512xf32>
    %216 = stablehlo.rsqrt %215 : tensor<512xf32>
    %217 = stablehlo.multiply %216, %arg47 : tensor<512xf32>
    %218 = stablehlo.negate %arg93 : tensor<512xf32>
    %219 = stablehlo.multiply %218, %217 : tensor<512xf32>
    %220 = stablehlo.add %219, %arg48 : tensor<512xf32>
    %221 = stablehlo.broadcast_in_dim %217, dims = [1] : (tensor<512xf32>) -> tensor<1x512x7x7xf32>
    %222 = stablehlo.multiply %213, %221 : tensor<1x512x7x7xf32>
    %223 = stablehlo.broadcast_in_dim %220, dims = [1] : (tensor<512xf32>) -> tensor<1x512x7x7xf32>
    %224 = stablehlo.add %222, %223 : tensor<1x512x7x7xf32>
    %225 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x512x7x7xf32>
    %226 = stablehlo.maximum %224, %225 : tensor<1x512x7x7xf32>
    %227 = stablehlo.convolution(%226, %arg49) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x512x7x7xf32>, tensor<512x512x3x3xf32>) -> tensor<1x512x7x7xf32>
    %228 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %229 = stablehlo.add %arg96, %228 : tensor<512xf32>
    %230 = stablehlo.rsqrt %229 : tensor<512xf32>
    %231 = stablehlo.multiply %230, %arg50 : tensor<512xf32>
    %232 = stablehlo.negate %arg95 : tensor<512xf32>
    %233 = stablehlo.multiply %232, %231 : tensor<512xf32>
    %234 = stablehlo.add %233, %arg51 : tensor<512xf32>
    %235 = stablehlo.broadcast_in_dim %231, dims = [1] : (tensor<512xf32>) -> tensor<1x512x7x7xf32>
    %236 = stablehlo.multiply %227, %235 : tensor<1x512x7x7xf32>
    %237 = stablehlo.broadcast_in_dim %234, dims = [1] : (tensor<512xf32>) -> tensor<1x512x7x7xf32>
    %238 = stablehlo.add %236, %237 : tensor<1x512x7x7xf32>
    %239 = stablehlo.convolution(%212, %arg52) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x256x14x14xf32>, tensor<512x256x1x1xf32>) -> tensor<1x512x7x7xf32>
    %240 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %241 = stablehlo.add %arg98, %240 : tensor<512xf32>
    %242 = stablehlo.rsqrt %241 : tensor<512xf32>
    %243 = stablehlo.multiply %242, %arg53 : tensor<512xf32>
    %244 = stablehlo.negate %arg97 : tensor<512xf32>
    %245 = stablehlo.multiply %244, %243 : tensor<512xf32>
    %246 = stablehlo.add %245, %arg54 : tensor<512xf32>
    %247 = stablehlo.broadcast_in_dim %243, dims = [1] : (tensor<512xf32>) -> tensor<1x512x7x7xf32>
    %248 = stablehlo.multiply %239, %247 : tensor<1x512x7x7xf32>
    %249 = stablehlo.broadcast_in_dim %246, dims = [1] : (tensor<512xf32>) -> tensor<1x512x7x7xf32>
    %250 = stablehlo.add %248, %249 : tensor<1x512x7x7xf32>
    %251 = stablehlo.add %238, %250 : tensor<1x512x7x7xf32>
    %252 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x512x7x7xf32>
    %253 = stablehlo.maximum %251, %252 : tensor<1x512x7x7xf32>
    %254 = stablehlo.convolution(%253, %arg55) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x512x7x7xf32>, tensor<512x512x3x3xf32>) -> tensor<1x512x7x7xf32>
    %255 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %256 = stablehlo.add %arg100, %255 : tensor<512xf32>
    %257 = stablehlo.rsqrt %256 : tensor<512xf32>
    %258 = stablehlo.multiply %257, %arg56 : tensor<512xf32>
    %259 = stablehlo.negate %arg99 : tensor<512xf32>
    %260 = stablehlo.multiply %259, %258 : tensor<512xf32>
    %261 = stablehlo.add %260, %arg57 : tensor<512xf32>
    %262 = stablehlo.broadcast_in_dim %258, dims = [1] : (tensor<512xf32>) -> tensor<1x512x7x7xf32>
    %263 = stablehlo.multiply %254, %262 : tensor<1x512x7x7xf32>
    %264 = stablehlo.broadcast_in_dim %261, dims = [1] : (tensor<512xf32>) -> tensor<1x512x7x7xf32>
    %265 = stablehlo.add %263, %264 : tensor<1x512x7x7xf32>
    %266 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x512x7x7xf32>
    %267 = stablehlo.maximum %265, %266 : tensor<1x512x7x7xf32>
    %268 = stablehlo.convolution(%267, %arg58) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x512x7x7xf32>, tensor<512x512x3x3xf32>) -> tensor<1x512x7x7xf32>
    %269 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %270 = stablehlo.add %arg102, %269 : tensor<512xf32>
    %271 = stablehlo.rsqrt %270 : tensor<512xf32>
    %272 = stablehlo.multiply %271, %arg59 : tensor<512xf32>
    %273 = stablehlo.negate %arg101 : tensor<512xf32>
    %274 = stablehlo.multiply %273, %272 : tensor<512xf32>
    %275 = stablehlo.add %274, %arg60 : tensor<512xf32>
    %276 = stablehlo.broadcast_in_dim %272, dims = [1] : (tensor<512xf32>) -> tensor<1x512x7x7xf32>
    %277 = stablehlo.multiply %268, %276 : tensor<1x512x7x7xf32>
    %278 = stablehlo.broadcast_in_dim %275, dims = [1] : (tensor<512xf32>) -> tensor<1x512x7x7xf32>
    %279 = stablehlo.add %277, %278 : tensor<1x512x7x7xf32>
    %280 = stablehlo.add %279, %253 : tensor<1x512x7x7xf32>
    %281 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x512x7x7xf32>
    %282 = stablehlo.maximum %280, %281 : tensor<1x512x7x7xf32>
    %283 = stablehlo.reduce(%282 init: %cst_1) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x512x7x7xf32>, tensor<f32>) -> tensor<1x512xf32>
    %284 = stablehlo.broadcast_in_dim %283, dims = [0, 1] : (tensor<1x512xf32>) -> tensor<1x512x1x1xf32>
    %285 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x512x1x1xf32>
    %286 = stablehlo.divide %284, %285 : tensor<1x512x1x1xf32>
    %287 = stablehlo.reshape %286 : (tensor<1x512x1x1xf32>) -> tensor<1x512xf32>
    %288 = stablehlo.dot_general %287, %arg61, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x512xf32>, tensor<1000x512xf32>) -> tensor<1x1000xf32>
    %289 = stablehlo.broadcast_in_dim %arg62, dims = [1] : (tensor<1000xf32>) -> tensor<1x1000xf32>
    %290 = stablehlo.add %288, %289 : tensor<1x1000xf32>
    return %290 : tensor<1x1000xf32>
  }
}
