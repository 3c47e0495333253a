module @MobileNetV3 attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22x\22,\22shape\22:[1,3,224,224]}],\22model\22:\22MobileNetV3\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22kind\22:\22leaf\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22output\22,\22shape\22:[1,1000]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{},\22weights\22:{\22file\22:\22mobilenet_v3_small.safetensors\22,\22inline\22:false,\22sha256\22:\22ecc89a1489bc852c8ddf0828b007d2f3985022b8a84ceccb6bc901b30760d319\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22features.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[16,3,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22features.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[16,1,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.1.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[8,16,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.1.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[8]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.1.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[16,8,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.1.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.2.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[16,16,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.2.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.2.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[72,16,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[72,1,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.2.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[24,72,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.2.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.2.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[88,24,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[88,1,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.2.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[24,88,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.2.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.2.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[96,24,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[96,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[24,96,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[96,24,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[40,96,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[240,40,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[240,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,240,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[240,64,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[40,240,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[240,40,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[240,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,240,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[240,64,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[40,240,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[120,40,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[120,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[32,120,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[32]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[120,32,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[48,120,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[144,48,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[144,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[40,144,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[144,40,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[48,144,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[288,48,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[288,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[72,288,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[288,72,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[96,288,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,96,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[144,576,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,144,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[96,576,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,96,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[144,576,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,144,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[96,576,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.12.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,96,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.12.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.12.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22classifier.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[1024,576]},{\22dtype\22:\22float32\22,\22name\22:\22classifier.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[1024]},{\22dtype\22:\22float32\22,\22name\22:\22classifier.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[1000,1024]},{\22dtype\22:\22float32\22,\22name\22:\22classifier.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[1000]},{\22dtype\22:\22float32\22,\22name\22:\22features.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.2.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.2.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.2.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.2.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.2.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.2.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.12.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.12.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[576]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<16x3x3x3xf32> {torchtpu.name = "features.0.0.weight"}, %arg2: tensor<16xf32> {torchtpu.name = "features.0.1.weight"}, %arg3: tensor<16xf32> {torchtpu.name = "features.0.1.bias"}, %arg4: tensor<16x1x3x3xf32> {torchtpu.name = "features.1.block.0.0.weight"}, %arg5: tensor<16xf32> {torchtpu.name = "features.1.block.0.1.weight"}, %arg6: tensor<16xf32> {torchtpu.name = "features.1.block.0.1.bias"}, %arg7: tensor<8x16x1x1xf32> {torchtpu.name = "features.1.block.1.fc1.weight"}, %arg8: tensor<8xf32> {torchtpu.name = "features.1.block.1.fc1.bias"}, %arg9: tensor<16x8x1x1xf32> {torchtpu.name = "features.1.block.1.fc2.weight"}, %arg10: tensor<16xf32> {torchtpu.name = "features.1.block.1.fc2.bias"}, %arg11: tensor<16x16x1x1xf32> {torchtpu.name = "features.1.block.2.0.weight"}, %arg12: tensor<16xf32> {torchtpu.name = "features.1.block.2.1.weight"}, %arg13: tensor<16xf32> {torchtpu.name = "features.1.block.2.1.bias"}, %arg14: tensor<72x16x1x1xf32> {torchtpu.name = "features.2.block.0.0.weight"}, %arg15: tensor<72xf32> {torchtpu.name = "features.2.block.0.1.weight"}, %arg16: tensor<72xf32> {torchtpu.name = "features.2.block.0.1.bias"}, %arg17: tensor<72x1x3x3xf32> {torchtpu.name = "features.2.block.1.0.weight"}, %arg18: tensor<72xf32> {torchtpu.name = "features.2.block.1.1.weight"}, %arg19: tensor<72xf32> {torchtpu.name = "features.2.block.1.1.bias"}, %arg20: tensor<24x72x1x1xf32> {torchtpu.name = "features.2.block.2.0.weight"}, %arg21: tensor<24xf32> {torchtpu.name = "features.2.block.2.1.weight"}, %arg22: tensor<24xf32> {torchtpu.name = "features.2.block.2.1.bias"}, %arg23: tensor<88x24x1x1xf32> {torchtpu.name = "features.3.block.0.0.weight"}, %arg24: tensor<88xf32> {torchtpu.name = "features.3.block.0.1.weight"}, %arg25: tensor<88xf32> {torchtpu.name = "features.3.block.0.1.bias"}, %arg26: tensor<88x1x3x3xf32> {torchtpu.name = "features.3.block.1.0.weight"}, %arg27: tensor<88xf32> {torchtpu.name = "features.3.block.1.1.weight"}, %arg28: tensor<88xf32> {torchtpu.name = "features.3.block.1.1.bias"}, %arg29: tensor<24x88x1x1xf32> {torchtpu.name = "features.3.block.2.0.weight"}, %arg30: tensor<24xf32> {torchtpu.name = "features.3.block.2.1.weight"}, %arg31: tensor<24xf32> {torchtpu.name = "features.3.block.2.1.bias"}, %arg32: tensor<96x24x1x1xf32> {torchtpu.name = "features.4.block.0.0.weight"}, %arg33: tensor<96xf32> {torchtpu.name = "features.4.block.0.1.weight"}, %arg34: tensor<96xf32> {torchtpu.name = "features.4.block.0.1.bias"}, %arg35: tensor<96x1x5x5xf32> {torchtpu.name = "features.4.block.1.0.weight"}, %arg36: tensor<96xf32> {torchtpu.name = "features.4.block.1.1.weight"}, %arg37: tensor<96xf32> {torchtpu.name = "features.4.block.1.1.bias"}, %arg38: tensor<24x96x1x1xf32> {torchtpu.name = "features.4.block.2.fc1.weight"}, %arg39: tensor<24xf32> {torchtpu.name = "features.4.block.2.fc1.bias"}, %arg40: tensor<96x24x1x1xf32> {torchtpu.name = "features.4.block.2.fc2.weight"}, %arg41: tensor<96xf32> {torchtpu.name = "features.4.block.2.fc2.bias"}, %arg42: tensor<40x96x1x1xf32> {torchtpu.name = "features.4.block.3.0.weight"}, %arg43: tensor<40xf32> {torchtpu.name = "features.4.block.3.1.weight"}, %arg44: tensor<40xf32> {torchtpu.name = "features.4.block.3.1.bias"}, %arg45: tensor<240x40x1x1xf32> {torchtpu.name = "features.5.block.0.0.weight"}, %arg46: tensor<240xf32> {torchtpu.name = "features.5.block.0.1.weight"}, %arg47: tensor<240xf32> {torchtpu.name = "features.5.block.0.1.bias"}, %arg48: tensor<240x1x5x5xf32> {torchtpu.name = "features.5.block.1.0.weight"}, %arg49: tensor<240xf32> {torchtpu.name = "features.5.block.1.1.weight"}, %arg50: tensor<240xf32> {torchtpu.name = "features.5.block.1.1.bias"}, %arg51: tensor<64x240x1x1xf32> {torchtpu.name = "features.5.block.2.fc1.weight"}, %arg52: tensor<64xf32> {torchtpu.name = "features.5.block.2.fc1.bias"}, %arg53: tensor<240x64x1x1xf32> {torchtpu.name = "features.5.block.2.fc2.weight"}, %arg54: tensor<240xf32> {torchtpu.name = "features.5.block.2.fc2.bias"}, %arg55: tensor<40x240x1x1xf32> {torchtpu.name = "features.5.block.3.0.weight"}, %arg56: tensor<40xf32> {torchtpu.name = "features.5.block.3.1.weight"}, %arg57: tensor<40xf32> {torchtpu.name = "features.5.block.3.1.bias"}, %arg58: tensor<240x40x1x1xf32> {torchtpu.name = "features.6.block.0.0.weight"}, %arg59: tensor<240xf32> {torchtpu.name = "features.6.block.0.1.weight"}, %arg60: tensor<240xf32> {torchtpu.name = "features.6.block.0.1.bias"}, %arg61: tensor<240x1x5x5xf32> {torchtpu.name = "features.6.block.1.0.weight"}, %arg62: tensor<240xf32> {torchtpu.name = "features.6.block.1.1.weight"}, %arg63: tensor<240xf32> {torchtpu.name = "features.6.block.1.1.bias"}, %arg64: tensor<64x240x1x1xf32> {torchtpu.name = "features.6.block.2.fc1.weight"}, %arg65: tensor<64xf32> {torchtpu.name = "features.6.block.2.fc1.bias"}, %arg66: tensor<240x64x1x1xf32> {torchtpu.name = "features.6.block.2.fc2.weight"}, %arg67: tensor<240xf32> {torchtpu.name = "features.6.block.2.fc2.bias"}, %arg68: tensor<40x240x1x1xf32> {torchtpu.name = "features.6.block.3.0.weight"}, %arg69: tensor<40xf32> {torchtpu.name = "features.6.block.3.1.weight"}, %arg70: tensor<40xf32> {torchtpu.name = "features.6.block.3.1.bias"}, %arg71: tensor<120x40x1x1xf32> {torchtpu.name = "features.7.block.0.0.weight"}, %arg72: tensor<120xf32> {torchtpu.name = "features.7.block.0.1.weight"}, %arg73: tensor<120xf32> {torchtpu.name = "features.7.block.0.1.bias"}, %arg74: tensor<120x1x5x5xf32> {torchtpu.name = "features.7.block.1.0.weight"}, %arg75: tensor<120xf32> {torchtpu.name = "features.7.block.1.1.weight"}, %arg76: tensor<120xf32> {torchtpu.name = "features.7.block.1.1.bias"}, %arg77: tensor<32x120x1x1xf32> {torchtpu.name = "features.7.block.2.fc1.weight"}, %arg78: tensor<32xf32> {torchtpu.name = "features.7.block.2.fc1.bias"}, %arg79: tensor<120x32x1x1xf32> {torchtpu.name = "features.7.block.2.fc2.weight"}, %arg80: tensor<120xf32> {torchtpu.name = "features.7.block.2.fc2.bias"}, %arg81: tensor<48x120x1x1xf32> {torchtpu.name = "features.7.block.3.0.weight"}, %arg82: tensor<48xf32> {torchtpu.name = "features.7.block.3.1.weight"}, %arg83: tensor<48xf32> {torchtpu.name = "features.7.block.3.1.bias"}, %arg84: tensor<144x48x1x1xf32> {torchtpu.name = "features.8.block.0.0.weight"}, %arg85: tensor<144xf32> {torchtpu.name = "features.8.block.0.1.weight"}, %arg86: tensor<144xf32> {torchtpu.name = "features.8.block.0.1.bias"}, %arg87: tensor<144x1x5x5xf32> {torchtpu.name = "features.8.block.1.0.weight"}, %arg88: tensor<144xf32> {torchtpu.name = "features.8.block.1.1.weight"}, %arg89: tensor<144xf32> {torchtpu.name = "features.8.block.1.1.bias"}, %arg90: tensor<40x144x1x1xf32> {torchtpu.name = "features.8.block.2.fc1.weight"}, %arg91: tensor<40xf32> {torchtpu.name = "features.8.block.2.fc1.bias"}, %arg92: tensor<144x40x1x1xf32> {torchtpu.name = "features.8.block.2.fc2.weight"}, %arg93: tensor<144xf32> {torchtpu.name = "features.8.block.2.fc2.bias"}, %arg94: tensor<48x144x1x1xf32> {torchtpu.name = "features.8.block.3.0.weight"}, %arg95: tensor<48xf32> {torchtpu.name = "features.8.block.3.1.weight"}, %arg96: tensor<48xf32> {torchtpu.name = "features.8.block.3.1.bias"}, %arg97: tensor<288x48x1x1xf32> {torchtpu.name = "features.9.block.0.0.weight"}, %arg98: tensor<288xf32> {torchtpu.name = "features.9.block.0.1.weight"}, %arg99: tensor<288xf32> {torchtpu.name = "features.9.block.0.1.bias"}, %arg100: tensor<288x1x5x5xf32> {torchtpu.name = "features.9.block.1.0.weight"}, %arg101: tensor<288xf32> {torchtpu.name = "features.9.block.1.1.weight"}, %arg102: tensor<288xf32> {torchtpu.name = "features.9.block.1.1.bias"}, %arg103: tensor<72x288x1x1xf32> {torchtpu.name = "features.9.block.2.fc1.weight"}, %arg104: tensor<72xf32> {torchtpu.name = "features.9.block.2.fc1.bias"}, %arg105: tensor<288x72x1x1xf32> {torchtpu.name = "features.9.block.2.fc2.weight"}, %arg106: tensor<288xf32> {torchtpu.name = "features.9.block.2.fc2.bias"}, %arg107: tensor<96x288x1x1xf32> {torchtpu.name = "features.9.block.3.0.weight"}, %arg108: tensor<96xf32> {torchtpu.name = "features.9.block.3.1.weight"}, %arg109: tensor<96xf32> {torchtpu.name = "features.9.block.3.1.bias"}, %arg110: tensor<576x96x1x1xf32> {torchtpu.name = "features.10.block.0.0.weight"}, %arg111: tensor<576xf32> {torchtpu.name = "features.10.block.0.1.weight"}, %arg112: tensor<576xf32> {torchtpu.name = "features.10.block.0.1.bias"}, %arg113: tensor<576x1x5x5xf32> {torchtpu.name = "features.10.block.1.0.weight"}, %arg114: tensor<576xf32> {torchtpu.name = "features.10.block.1.1.weight"}, %arg115: tensor<576xf32> {torchtpu.name = "features.10.block.1.1.bias"}, %arg116: tensor<144x576x1x1xf32> {torchtpu.name = "features.10.block.2.fc1.weight"}, %arg117: tensor<144xf32> {torchtpu.name = "features.10.block.2.fc1.bias"}, %arg118: tensor<576x144x1x1xf32> {torchtpu.name = "features.10.block.2.fc2.weight"}, %arg119: tensor<576xf32> {torchtpu.name = "features.10.block.2.fc2.bias"}, %arg120: tensor<96x576x1x1xf32> {torchtpu.name = "features.10.block.3.0.weight"}, %arg121: tensor<96xf32> {torchtpu.name = "features.10.block.3.1.weight"}, %arg122: tensor<96xf32> {torchtpu.name = "features.10.block.3.1.bias"}, %arg123: tensor<576x96x1x1xf32> {torchtpu.name = "features.11.block.0.0.weight"}, %arg124: tensor<576xf32> {torchtpu.name = "features.11.block.0.1.weight"}, %arg125: tensor<576xf32> {torchtpu.name = "features.11.block.0.1.bias"}, %arg126: tensor<576x1x5x5xf32> {torchtpu.name = "features.11.block.1.0.weight"}, %arg127: tensor<576xf32> {torchtpu.name = "features.11.block.1.1.weight"}, %arg128: tensor<576xf32> {torchtpu.name = "features.11.block.1.1.bias"}, %arg129: tensor<144x576x1x1xf32> {torchtpu.name = "features.11.block.2.fc1.weight"}, %arg130: tensor<144xf32> {torchtpu.name = "features.11.block.2.fc1.bias"}, %arg131: tensor<576x144x1x1xf32> {torchtpu.name = "features.11.block.2.fc2.weight"}, %arg132: tensor<576xf32> {torchtpu.name = "features.11.block.2.fc2.bias"}, %arg133: tensor<96x576x1x1xf32> {torchtpu.name = "features.11.block.3.0.weight"}, %arg134: tensor<96xf32> {torchtpu.name = "features.11.block.3.1.weight"}, %arg135: tensor<96xf32> {torchtpu.name = "features.11.block.3.1.bias"}, %arg136: tensor<576x96x1x1xf32> {torchtpu.name = "features.12.0.weight"}, %arg137: tensor<576xf32> {torchtpu.name = "features.12.1.weight"}, %arg138: tensor<576xf32> {torchtpu.name = "features.12.1.bias"}, %arg139: tensor<1024x576xf32> {torchtpu.name = "classifier.0.weight"}, %arg140: tensor<1024xf32> {torchtpu.name = "classifier.0.bias"}, %arg141: tensor<1000x1024xf32> {torchtpu.name = "classifier.3.weight"}, %arg142: tensor<1000xf32> {torchtpu.name = "classifier.3.bias"}, %arg143: tensor<16xf32> {torchtpu.name = "features.0.1.running_mean"}, %arg144: tensor<16xf32> {torchtpu.name = "features.0.1.running_var"}, %arg145: tensor<16xf32> {torchtpu.name = "features.1.block.0.1.running_mean"}, %arg146: tensor<16xf32> {torchtpu.name = "features.1.block.0.1.running_var"}, %arg147: tensor<16xf32> {torchtpu.name = "features.1.block.2.1.running_mean"}, %arg148: tensor<16xf32> {torchtpu.name = "features.1.block.2.1.running_var"}, %arg149: tensor<72xf32> {torchtpu.name = "features.2.block.0.1.running_mean"}, %arg150: tensor<72xf32> {torchtpu.name = "features.2.block.0.1.running_var"}, %arg151: tensor<72xf32> {torchtpu.name = "features.2.block.1.1.running_mean"}, %arg152: tensor<72xf32> {torchtpu.name = "features.2.block.1.1.running_var"}, %arg153: tensor<24xf32> {torchtpu.name = "features.2.block.2.1.running_mean"}, %arg154: tensor<24xf32> {torchtpu.name = "features.2.block.2.1.running_var"}, %arg155: tensor<88xf32> {torchtpu.name = "features.3.block.0.1.running_mean"}, %arg156: tensor<88xf32> {torchtpu.name = "features.3.block.0.1.running_var"}, %arg157: tensor<88xf32> {torchtpu.name = "features.3.block.1.1.running_mean"}, %arg158: tensor<88xf32> {torchtpu.name = "features.3.block.1.1.running_var"}, %arg159: tensor<24xf32> {torchtpu.name = "features.3.block.2.1.running_mean"}, %arg160: tensor<24xf32> {torchtpu.name = "features.3.block.2.1.running_var"}, %arg161: tensor<96xf32> {torchtpu.name = "features.4.block.0.1.running_mean"}, %arg162: tensor<96xf32> {torchtpu.name = "features.4.block.0.1.running_var"}, %arg163: tensor<96xf32> {torchtpu.name = "features.4.block.1.1.running_mean"}, %arg164: tensor<96xf32> {torchtpu.name = "features.4.block.1.1.running_var"}, %arg165: tensor<40xf32> {torchtpu.name = "features.4.block.3.1.running_mean"}, %arg166: tensor<40xf32> {torchtpu.name = "features.4.block.3.1.running_var"}, %arg167: tensor<240xf32> {torchtpu.name = "features.5.block.0.1.running_mean"}, %arg168: tensor<240xf32> {torchtpu.name = "features.5.block.0.1.running_var"}, %arg169: tensor<240xf32> {torchtpu.name = "features.5.block.1.1.running_mean"}, %arg170: tensor<240xf32> {torchtpu.name = "features.5.block.1.1.running_var"}, %arg171: tensor<40xf32> {torchtpu.name = "features.5.block.3.1.running_mean"}, %arg172: tensor<40xf32> {torchtpu.name = "features.5.block.3.1.running_var"}, %arg173: tensor<240xf32> {torchtpu.name = "features.6.block.0.1.running_mean"}, %arg174: tensor<240xf32> {torchtpu.name = "features.6.block.0.1.running_var"}, %arg175: tensor<240xf32> {torchtpu.name = "features.6.block.1.1.running_mean"}, %arg176: tensor<240xf32> {torchtpu.name = "features.6.block.1.1.running_var"}, %arg177: tensor<40xf32> {torchtpu.name = "features.6.block.3.1.running_mean"}, %arg178: tensor<40xf32> {torchtpu.name = "features.6.block.3.1.running_var"}, %arg179: tensor<120xf32> {torchtpu.name = "features.7.block.0.1.running_mean"}, %arg180: tensor<120xf32> {torchtpu.name = "features.7.block.0.1.running_var"}, %arg181: tensor<120xf32> {torchtpu.name = "features.7.block.1.1.running_mean"}, %arg182: tensor<120xf32> {torchtpu.name = "features.7.block.1.1.running_var"}, %arg183: tensor<48xf32> {torchtpu.name = "features.7.block.3.1.running_mean"}, %arg184: tensor<48xf32> {torchtpu.name = "features.7.block.3.1.running_var"}, %arg185: tensor<144xf32> {torchtpu.name = "features.8.block.0.1.running_mean"}, %arg186: tensor<144xf32> {torchtpu.name = "features.8.block.0.1.running_var"}, %arg187: tensor<144xf32> {torchtpu.name = "features.8.block.1.1.running_mean"}, %arg188: tensor<144xf32> {torchtpu.name = "features.8.block.1.1.running_var"}, %arg189: tensor<48xf32> {torchtpu.name = "features.8.block.3.1.running_mean"}, %arg190: tensor<48xf32> {torchtpu.name = "features.8.block.3.1.running_var"}, %arg191: tensor<288xf32> {torchtpu.name = "features.9.block.0.1.running_mean"}, %arg192: tensor<288xf32> {torchtpu.name = "features.9.block.0.1.running_var"}, %arg193: tensor<288xf32> {torchtpu.name = "features.9.block.1.1.running_mean"}, %arg194: tensor<288xf32> {torchtpu.name = "features.9.block.1.1.running_var"}, %arg195: tensor<96xf32> {torchtpu.name = "features.9.block.3.1.running_mean"}, %arg196: tensor<96xf32> {torchtpu.name = "features.9.block.3.1.running_var"}, %arg197: tensor<576xf32> {torchtpu.name = "features.10.block.0.1.running_mean"}, %arg198: tensor<576xf32> {torchtpu.name = "features.10.block.0.1.running_var"}, %arg199: tensor<576xf32> {torchtpu.name = "features.10.block.1.1.running_mean"}, %arg200: tensor<576xf32> {torchtpu.name = "features.10.block.1.1.running_var"}, %arg201: tensor<96xf32> {torchtpu.name = "features.10.block.3.1.running_mean"}, %arg202: tensor<96xf32> {torchtpu.name = "features.10.block.3.1.running_var"}, %arg203: tensor<576xf32> {torchtpu.name = "features.11.block.0.1.running_mean"}, %arg204: tensor<576xf32> {torchtpu.name = "features.11.block.0.1.running_var"}, %arg205: tensor<576xf32> {torchtpu.name = "features.11.block.1.1.running_mean"}, %arg206: tensor<576xf32> {torchtpu.name = "features.11.block.1.1.running_var"}, %arg207: tensor<96xf32> {torchtpu.name = "features.11.block.3.1.running_mean"}, %arg208: tensor<96xf32> {torchtpu.name = "features.11.block.3.1.running_var"}, %arg209: tensor<576xf32> {torchtpu.name = "features.12.1.running_mean"}, %arg210: tensor<576xf32> {torchtpu.name = "features.12.1.running_var"}, %arg211: tensor<1x3x224x224xf32> {torchtpu.name = "x"}) -> (tensor<1x1000xf32> {torchtpu.name = "output"}) {
    %cst = stablehlo.constant dense<4.900000e+01> : tensor<f32>
    %cst_0 = stablehlo.constant dense<1.960000e+02> : tensor<f32>
    %cst_1 = stablehlo.constant dense<3.136000e+03> : tensor<f32>
    %cst_2 = stablehlo.constant dense<6.000000e+00> : tensor<f32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %cst_5 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %0 = stablehlo.convolution(%arg211, %arg1) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x3x224x224xf32>, tensor<16x3x3x3xf32>) -> tensor<1x16x112x112xf32>
    %1 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %2 = stablehlo.add %arg144, %1 : tensor<16xf32>
    %3 = stablehlo.rsqrt %2 : tensor<16xf32>
    %4 = stablehlo.multiply %3, %arg2 : tensor<16xf32>
    %5 = stablehlo.negate %arg143 : tensor<16xf32>
    %6 = stablehlo.multiply %5, %4 : tensor<16xf32>
    %7 = stablehlo.add %6, %arg3 : tensor<16xf32>
    %8 = stablehlo.broadcast_in_dim %4, dims = [1] : (tensor<16xf32>) -> tensor<1x16x112x112xf32>
    %9 = stablehlo.multiply %0, %8 : tensor<1x16x112x112xf32>
    %10 = stablehlo.broadcast_in_dim %7, dims = [1] : (tensor<16xf32>) -> tensor<1x16x112x112xf32>
    %11 = stablehlo.add %9, %10 : tensor<1x16x112x112xf32>
    %12 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x112x112xf32>
    %13 = stablehlo.add %11, %12 : tensor<1x16x112x112xf32>
    %14 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16x112x112xf32>
    %15 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x16x112x112xf32>
    %16 = stablehlo.clamp %14, %13, %15 : tensor<1x16x112x112xf32>
    %17 = stablehlo.multiply %11, %16 : tensor<1x16x112x112xf32>
    %18 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x16x112x112xf32>
    %19 = stablehlo.divide %17, %18 : tensor<1x16x112x112xf32>
    %20 = stablehlo.convolution(%19, %arg4) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 16 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x112x112xf32>, tensor<16x1x3x3xf32>) -> tensor<1x16x56x56xf32>
    %21 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %22 = stablehlo.add %arg146, %21 : tensor<16xf32>
    %23 = stablehlo.rsqrt %22 : tensor<16xf32>
    %24 = stablehlo.multiply %23, %arg5 : tensor<16xf32>
    %25 = stablehlo.negate %arg145 : tensor<16xf32>
    %26 = stablehlo.multiply %25, %24 : tensor<16xf32>
    %27 = stablehlo.add %26, %arg6 : tensor<16xf32>
    %28 = stablehlo.broadcast_in_dim %24, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
    %29 = stablehlo.multiply %20, %28 : tensor<1x16x56x56xf32>
    %30 = stablehlo.broadcast_in_dim %27, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
    %31 = stablehlo.add %29, %30 : tensor<1x16x56x56xf32>
    %32 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16x56x56xf32>
    %33 = stablehlo.maximum %31, %32 : tensor<1x16x56x56xf32>
    %34 = stablehlo.reduce(%33 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x16x56x56xf32>, tensor<f32>) -> tensor<1x16xf32>
    %35 = stablehlo.broadcast_in_dim %34, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1x1xf32>
    %36 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16x1x1xf32>
    %37 = stablehlo.divide %35, %36 : tensor<1x16x1x1xf32>
    %38 = stablehlo.convolution(%37, %arg7) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x1x1xf32>, tensor<8x16x1x1xf32>) -> tensor<1x8x1x1xf32>
    %39 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
    %40 = stablehlo.add %38, %39 : tensor<1x8x1x1xf32>
    %41 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x8x1x1xf32>
    %42 = stablehlo.maximum %40, %41 : tensor<1x8x1x1xf32>
    %43 = stablehlo.convolution(%42, %arg9) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x1x1xf32>, tensor<16x8x1x1xf32>) -> tensor<1x16x1x1xf32>
    %44 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<16xf32>) -> tensor<1x16x1x1xf32>
    %45 = stablehlo.add %43, %44 : tensor<1x16x1x1xf32>
    %46 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1x1xf32>
    %47 = stablehlo.add %45, %46 : tensor<1x16x1x1xf32>
    %48 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16x1x1xf32>
    %49 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x16x1x1xf32>
    %50 = stablehlo.clamp %48, %47, %49 : tensor<1x16x1x1xf32>
    %51 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x16x1x1xf32>
    %52 = stablehlo.divide %50, %51 : tensor<1x16x1x1xf32>
    %53 = stablehlo.broadcast_in_dim %52, dims = [0, 1, 2, 3] : (tensor<1x16x1x1xf32>) -> tensor<1x16x56x56xf32>
    %54 = stablehlo.multiply %53, %33 : tensor<1x16x56x56xf32>
    %55 = stablehlo.convolution(%54, %arg11) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x56x56xf32>, tensor<16x16x1x1xf32>) -> tensor<1x16x56x56xf32>
    %56 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %57 = stablehlo.add %arg148, %56 : tensor<16xf32>
    %58 = stablehlo.rsqrt %57 : tensor<16xf32>
    %59 = stablehlo.multiply %58, %arg12 : tensor<16xf32>
    %60 = stablehlo.negate %arg147 : tensor<16xf32>
    %61 = stablehlo.multiply %60, %59 : tensor<16xf32>
    %62 = stablehlo.add %61, %arg13 : tensor<16xf32>
    %63 = stablehlo.broadcast_in_dim %59, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
    %64 = stablehlo.multiply %55, %63 : tensor<1x16x56x56xf32>
    %65 = stablehlo.broadcast_in_dim %62, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
    %66 = stablehlo.add %64, %65 : tensor<1x16x56x56xf32>
    %67 = stablehlo.convolution(%66, %arg14) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x56x56xf32>, tensor<72x16x1x1xf32>) -> tensor<1x72x56x56xf32>
    %68 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<72xf32>
    %69 = stablehlo.add %arg150, %68 : tensor<72xf32>
    %70 = stablehlo.rsqrt %69 : tensor<72xf32>
    %71 = stablehlo.multiply %70, %arg15 : tensor<72xf32>
    %72 = stablehlo.negate %arg149 : tensor<72xf32>
    %73 = stablehlo.multiply %72, %71 : tensor<72xf32>
    %74 = stablehlo.add %73, %arg16 : tensor<72xf32>
    %75 = stablehlo.broadcast_in_dim %71, dims = [1] : (tensor<72xf32>) -> tensor<1x72x56x56xf32>
    %76 = stablehlo.multiply %67, %75 : tensor<1x72x56x56xf32>
    %77 = stablehlo.broadcast_in_dim %74, dims = [1] : (tensor<72xf32>) -> tensor<1x72x56x56xf32>
    %78 = stablehlo.add %76, %77 : tensor<1x72x56x56xf32>
    %79 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x72x56x56xf32>
    %80 = stablehlo.maximum %78, %79 : tensor<1x72x56x56xf32>
    %81 = stablehlo.convolution(%80, %arg17) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 72 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x72x56x56xf32>, tensor<72x1x3x3xf32>) -> tensor<1x72x28x28xf32>
    %82 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<72xf32>
    %83 = stablehlo.add %arg152, %82 : tensor<72xf32>
    %84 = stablehlo.rsqrt %83 : tensor<72xf32>
    %85 = stablehlo.multiply %84, %arg18 : tensor<72xf32>
    %86 = stablehlo.negate %arg151 : tensor<72xf32>
    %87 = stablehlo.multiply %86, %85 : tensor<72xf32>
    %88 = stablehlo.add %87, %arg19 : tensor<72xf32>
    %89 = stablehlo.broadcast_in_dim %85, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
    %90 = stablehlo.multiply %81, %89 : tensor<1x72x28x28xf32>
    %91 = stablehlo.broadcast_in_dim %88, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
    %92 = stablehlo.add %90, %91 : tensor<1x72x28x28xf32>
    %93 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x72x28x28xf32>
    %94 = stablehlo.maximum %92, %93 : tensor<1x72x28x28xf32>
    %95 = stablehlo.convolution(%94, %arg20) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x72x28x28xf32>, tensor<24x72x1x1xf32>) -> tensor<1x24x28x28xf32>
    %96 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<24xf32>
    %97 = stablehlo.add %arg154, %96 : tensor<24xf32>
    %98 = stablehlo.rsqrt %97 : tensor<24xf32>
    %99 = stablehlo.multiply %98, %arg21 : tensor<24xf32>
    %100 = stablehlo.negate %arg153 : tensor<24xf32>
    %101 = stablehlo.multiply %100, %99 : tensor<24xf32>
    %102 = stablehlo.add %101, %arg22 : tensor<24xf32>
    %103 = stablehlo.broadcast_in_dim %99, dims = [1] : (tensor<24xf32>) -> tensor<1x24x28x28xf32>
    %104 = stablehlo.multiply %95, %103 : tensor<1x24x28x28xf32>
    %105 = stablehlo.broadcast_in_dim %102, dims = [1] : (tensor<24xf32>) -> tensor<1x24x28x28xf32>
    %106 = stablehlo.add %104, %105 : tensor<1x24x28x28xf32>
    %107 = stablehlo.convolution(%106, %arg23) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x24x28x28xf32>, tensor<88x24x1x1xf32>) -> tensor<1x88x28x28xf32>
    %108 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<88xf32>
    %109 = stablehlo.add %arg156, %108 : tensor<88xf32>
    %110 = stablehlo.rsqrt %109 : tensor<88xf32>
    %111 = stablehlo.multiply %110, %arg24 : tensor<88xf32>
    %112 = stablehlo.negate %arg155 : tensor<88xf32>
    %113 = stablehlo.multiply %112, %111 : tensor<88xf32>
    %114 = stablehlo.add %113, %arg25 : tensor<88xf32>
    %115 = stablehlo.broadcast_in_dim %111, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
    %116 = stablehlo.multiply %107, %115 : tensor<1x88x28x28xf32>
    %117 = stablehlo.broadcast_in_dim %114, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
    %118 = stablehlo.add %116, %117 : tensor<1x88x28x28xf32>
    %119 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x88x28x28xf32>
    %120 = stablehlo.maximum %118, %119 : tensor<1x88x28x28xf32>
    %121 = stablehlo.convolution(%120, %arg26) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 88 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x88x28x28xf32>, tensor<88x1x3x3xf32>) -> tensor<1x88x28x28xf32>
    %122 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<88xf32>
    %123 = stablehlo.add %arg158, %122 : tensor<88xf32>
    %124 = stablehlo.rsqrt %123 : tensor<88xf32>
    %125 = stablehlo.multiply %124, %arg27 : tensor<88xf32>
    %126 = stablehlo.negate %arg157 : tensor<88xf32>
    %127 = stablehlo.multiply %126, %125 : tensor<88xf32>
    %128 = stablehlo.add %127, %arg28 : tensor<88xf32>
    %129 = stablehlo.broadcast_in_dim %125, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
    %130 = stablehlo.multiply %121, %129 : tensor<1x88x28x28xf32>
    %131 = stablehlo.broadcast_in_dim %128, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
    %132 = stablehlo.add %130, %131 : tensor<1x88x28x28xf32>
    %133 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x88x28x28xf32>
    %134 = stablehlo.maximum %132, %133 : tensor<1x88x28x28xf32>
    %135 = stablehlo.convolution(%134, %arg29) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x88x28x28xf32>, tensor<24x88x1x1xf32>) -> tensor<1x24x28x28xf32>
    %136 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<24xf32>
    %137 = stablehlo.add %arg160, %136 : tensor<24xf32>
    %138 = stablehlo.rsqrt %137 : tensor<24xf32>
    %139 = stablehlo.multiply %138, %arg30 : tensor<24xf32>
    %140 = stablehlo.negate %arg159 : tensor<24xf32>
    %141 = stablehlo.multiply %140, %139 : tensor<24xf32>
    %142 = stablehlo.add %141, %arg31 : tensor<24xf32>
    %143 = stablehlo.broadcast_in_dim %139, dims = [1] : (tensor<24xf32>) -> tensor<1x24x28x28xf32>
    %144 = stablehlo.multiply %135, %143 : tensor<1x24x28x28xf32>
    %145 = stablehlo.broadcast_in_dim %142, dims = [1] : (tensor<24xf32>) -> tensor<1x24x28x28xf32>
    %146 = stablehlo.add %144, %145 : tensor<1x24x28x28xf32>
    %147 = stablehlo.add %146, %106 : tensor<1x24x28x28xf32>
    %148 = stablehlo.convolution(%147, %arg32) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x24x28x28xf32>, tensor<96x24x1x1xf32>) -> tensor<1x96x28x28xf32>
    %149 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<96xf32>
    %150 = stablehlo.add %arg162, %149 : tensor<96xf32>
    %151 = stablehlo.rsqrt %150 : tensor<96xf32>
    %152 = stablehlo.multiply %151, %arg33 : tensor<96xf32>
    %153 = stablehlo.negate %arg161 : tensor<96xf32>
    %154 = stablehlo.multiply %153, %152 : tensor<96xf32>
    %155 = stablehlo.add %154, %arg34 : tensor<96xf32>
    %156 = stablehlo.broadcast_in_dim %152, dims = [1] : (tensor<96xf32>) -> tensor<1x96x28x28xf32>
    %157 = stablehlo.multiply %148, %156 : tensor<1x96x28x28xf32>
    %158 = stablehlo.broadcast_in_dim %155, dims = [1] : (tensor<96xf32>) -> tensor<1x96x28x28xf32>
    %159 = stablehlo.add %157, %158 : tensor<1x96x28x28xf32>
    %160 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x96x28x28xf32>
    %161 = stablehlo.add %159, %160 : tensor<1x96x28x28xf32>
    %162 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x96x28x28xf32>
    %163 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x96x28x28xf32>
    %164 = stablehlo.clamp %162, %161, %163 : tensor<1x96x28x28xf32>
    %165 = stablehlo.multiply %159, %164 : tensor<1x96x28x28xf32>
    %166 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x96x28x28xf32>
    %167 = stablehlo.divide %165, %166 : tensor<1x96x28x28xf32>
    %168 = stablehlo.convolution(%167, %arg35) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 96 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x96x28x28xf32>, tensor<96x1x5x5xf32>) -> tensor<1x96x14x14xf32>
    %169 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<96xf32>
    %170 = stablehlo.add %arg164, %169 : tensor<96xf32>
    %171 = stablehlo.rsqrt %170 : tensor<96xf32>
    %172 = stablehlo.multiply %171, %arg36 : tensor<96xf32>
    %173 = stablehlo.negate %arg163 : tensor<96xf32>
    %174 = stablehlo.multiply %173, %172 : tensor<96xf32>
    %175 = stablehlo.add %174, %arg37 : tensor<96xf32>
    %176 = stablehlo.broadcast_in_dim %172, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
    %177 = stablehlo.multiply %168, %176 : tensor<1x96x14x14xf32>
    %178 = stablehlo.broadcast_in_dim %175, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
    %179 = stablehlo.add %177, %178 : tensor<1x96x14x14xf32>
    %180 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x96x14x14xf32>
    %181 = stablehlo.add %179, %180 : tensor<1x96x14x14xf32>
    %182 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x96x14x14xf32>
    %183 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x96x14x14xf32>
    %184 = stablehlo.clamp %182, %181, %183 : tensor<1x96x14x14xf32>
    %185 = stablehlo.multiply %179, %184 : tensor<1x96x14x14xf32>
    %186 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x96x14x14xf32>
    %187 = stablehlo.divide %185, %186 : tensor<1x96x14x14xf32>
    %188 = stablehlo.reduce(%187 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x96x14x14xf32>, tensor<f32>) -> tensor<1x96xf32>
    %189 = stablehlo.broadcast_in_dim %188, dims = [0, 1] : (tensor<1x96xf32>) -> tensor<1x96x1x1xf32>
    %190 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x96x1x1xf32>
    %191 = stablehlo.divide %189, %190 : tensor<1x96x1x1xf32>
    %192 = stablehlo.convolution(%191, %arg38) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x96x1x1xf32>, tensor<24x96x1x1xf32>) -> tensor<1x24x1x1xf32>
    %193 = stablehlo.broadcast_in_dim %arg39, dims = [1] : (tensor<24xf32>) -> tensor<1x24x1x1xf32>
    %194 = stablehlo.add %192, %193 : tensor<1x24x1x1xf32>
    %195 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x24x1x1xf32>
    %196 = stablehlo.maximum %194, %195 : tensor<1x24x1x1xf32>
    %197 = stablehlo.convolution(%196, %arg40) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x24x1x1xf32>, tensor<96x24x1x1xf32>) -> tensor<1x96x1x1xf32>
    %198 = stablehlo.broadcast_in_dim %arg41, dims = [1] : (tensor<96xf32>) -> tensor<1x96x1x1xf32>
    %199 = stablehlo.add %197, %198 : tensor<1x96x1x1xf32>
    %200 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x96x1x1xf32>
    %201 = stablehlo.add %199, %200 : tensor<1x96x1x1xf32>
    %202 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x96x1x1xf32>
    %203 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x96x1x1xf32>
    %204 = stablehlo.clamp %202, %201, %203 : tensor<1x96x1x1xf32>
    %205 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x96x1x1xf32>
    %206 = stablehlo.divide %204, %205 : tensor<1x96x1x1xf32>
    %207 = stablehlo.broadcast_in_dim %206, dims = [0, 1, 2, 3] : (tensor<1x96x1x1xf32>) -> tensor<1x96x14x14xf32>
    %208 = stablehlo.multiply %207, %187 : tensor<1x96x14x14xf32>
    %209 = stablehlo.convolution(%208, %arg42) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x96x14x14xf32>, tensor<40x96x1x1xf32>) -> tensor<1x40x14x14xf32>
    %210 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %211 = stablehlo.add %arg166, %210 : tensor<40xf32>
    %212 = stablehlo.rsqrt %211 : tensor<40xf32>
    %213 = stablehlo.multiply %212, %arg43 : tensor<40xf32>
    %214 = stablehlo.negate %arg165 : tensor<40xf32>
    %215 = stablehlo.multiply %214, %213 : tensor<40xf32>
    %216 = stablehlo.add %215, %arg44 : tensor<40xf32>
    %217 = stablehlo.broadcast_in_dim %213, dims = [1] : (tensor<40xf32>) -> tensor<1x40x14x14xf32>
    %218 = stablehlo.multiply %209, %217 : tensor<1x40x14x14xf32>
    %219 = stablehlo.broadcast_in_dim %216, dims = [1] : (tensor<40xf32>) -> tensor<1x40x14x14xf32>
    %220 = stablehlo.add %218, %219 : tensor<1x40x14x14xf32>
    %221 = stablehlo.convolution(%220, %arg45) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x40x14x14xf32>, tensor<240x40x1x1xf32>) -> tensor<1x240x14x14xf32>
    %222 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<240xf32>
    %223 = stablehlo.add %arg168, %222 : tensor<240xf32>
    %224 = stablehlo.rsqrt %223 : tensor<240xf32>
    %225 = stablehlo.multiply %224, %arg46 : tensor<240xf32>
    %226 = stablehlo.negate %arg167 : tensor<240xf32>
    %227 = stablehlo.multiply %226, %225 : tensor<240xf32>
    %228 = stablehlo.add %227, %arg47 : tensor<240xf32>
    %229 = stablehlo.broadcast_in_dim %225, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %230 = stablehlo.multiply %221, %229 : tensor<1x240x14x14xf32>
    %231 = stablehlo.broadcast_in_dim %228, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %232 = stablehlo.add %230, %231 : tensor<1x240x14x14xf32>
    %233 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %234 = stablehlo.add %232, %233 : tensor<1x240x14x14xf32>
    %235 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %236 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %237 = stablehlo.clamp %235, %234, %236 : tensor<1x240x14x14xf32>
    %238 = stablehlo.multiply %232, %237 : tensor<1x240x14x14xf32>
    %239 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %240 = stablehlo.divide %238, %239 : tensor<1x240x14x14xf32>
    %241 = stablehlo.convolution(%240, %arg48) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 240 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x240x14x14xf32>, tensor<240x1x5x5xf32>) -> tensor<1x240x14x14xf32>
    %242 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<240xf32>
    %243 = stablehlo.add %arg170, %242 : tensor<240xf32>
    %244 = stablehlo.rsqrt %243 : tensor<240xf32>
    %245 = stablehlo.multiply %244, %arg49 : tensor<240xf32>
    %246 = stablehlo.negate %arg169 : tensor<240xf32>
    %247 = stablehlo.multiply %246, %245 : tensor<240xf32>
    %248 = stablehlo.add %247, %arg50 : tensor<240xf32>
    %249 = stablehlo.broadcast_in_dim %245, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %250 = stablehlo.multiply %241, %249 : tensor<1x240x14x14xf32>
    %251 = stablehlo.broadcast_in_dim %248, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %252 = stablehlo.add %250, %251 : tensor<1x240x14x14xf32>
    %253 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %254 = stablehlo.add %252, %253 : tensor<1x240x14x14xf32>
    %255 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %256 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %257 = stablehlo.clamp %255, %254, %256 : tensor<1x240x14x14xf32>
    %258 = stablehlo.multiply %252, %257 : tensor<1x240x14x14xf32>
    %259 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %260 = stablehlo.divide %258, %259 : tensor<1x240x14x14xf32>
    %261 = stablehlo.reduce(%260 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x240x14x14xf32>, tensor<f32>) -> tensor<1x240xf32>
    %262 = stablehlo.broadcast_in_dim %261, dims = [0, 1] : (tensor<1x240xf32>) -> tensor<1x240x1x1xf32>
    %263 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %264 = stablehlo.divide %262, %263 : tensor<1x240x1x1xf32>
    %265 = stablehlo.convolution(%264, %arg51) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x240x1x1xf32>, tensor<64x240x1x1xf32>) -> tensor<1x64x1x1xf32>
    %266 = stablehlo.broadcast_in_dim %arg52, dims = [1] : (tensor<64xf32>) -> tensor<1x64x1x1xf32>
    %267 = stablehlo.add %265, %266 : tensor<1x64x1x1xf32>
    %268 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x64x1x1xf32>
    %269 = stablehlo.maximum %267, %268 : tensor<1x64x1x1xf32>
    %270 = stablehlo.convolution(%269, %arg53) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x64x1x1xf32>, tensor<240x64x1x1xf32>) -> tensor<1x240x1x1xf32>
    %271 = stablehlo.broadcast_in_dim %arg54, dims = [1] : (tensor<240xf32>) -> tensor<1x240x1x1xf32>
    %272 = stablehlo.add %270, %271 : tensor<1x240x1x1xf32>
    %273 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %274 = stablehlo.add %272, %273 : tensor<1x240x1x1xf32>
    %275 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %276 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %277 = stablehlo.clamp %275, %274, %276 : tensor<1x240x1x1xf32>
    %278 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %279 = stablehlo.divide %277, %278 : tensor<1x240x1x1xf32>
    %280 = stablehlo.broadcast_in_dim %279, dims = [0, 1, 2, 3] : (tensor<1x240x1x1xf32>) -> tensor<1x240x14x14xf32>
    %281 = stablehlo.multiply %280, %260 : tensor<1x240x14x14xf32>
    %282 = stablehlo.convolution(%281, %arg55) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x240x14x14xf32>, tensor<40x240x1x1xf32>) -> tensor<1x40x14x14xf32>
    %283 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %284 = stablehlo.add %arg172, %283 : tensor<40xf32>
    %285 = stablehlo.rsqrt %284 : tensor<40xf32>
    %286 = stablehlo.multiply %285, %arg56 : tensor<40xf32>
    %287 = stablehlo.negate %arg171 : tensor<40xf32>
    %288 = stablehlo.multiply %287, %286 : tensor<40xf32>
    %289 = stablehlo.add %288, %arg57 : tensor<40xf32>
    %290 = stablehlo.broadcast_in_dim %286, dims = [1] : (tensor<40xf32>) -> tensor<1x40x14x14xf32>
    %291 = stablehlo.multiply %282, %290 : tensor<1x40x14x14xf32>
    %292 = stablehlo.broadcast_in_dim %289, dims = [1] : (tensor<40xf32>) -> tensor<1x40x14x14xf32>
    %293 = stablehlo.add %291, %292 : tensor<1x40x14x14xf32>
    %294 = stablehlo.add %293, %220 : tensor<1x40x14x14xf32>
    %295 = stablehlo.convolution(%294, %arg58) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x40x14x14xf32>, tensor<240x40x1x1xf32>) -> tensor<1x240x14x14xf32>
    %296 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<240xf32>
    %297 = stablehlo.add %arg174, %296 : tensor<240xf32>
    %298 = stablehlo.rsqrt %297 : tensor<240xf32>
    %299 = stablehlo.multiply %298, %arg59 : tensor<240xf32>
    %300 = stablehlo.negate %arg173 : tensor<240xf32>
    %301 = stablehlo.multiply %300, %299 : tensor<240xf32>
    %302 = stablehlo.add %301, %arg60 : tensor<240xf32>
    %303 = stablehlo.broadcast_in_dim %299, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %304 = stablehlo.multiply %295, %303 : tensor<1x240x14x14xf32>
    %305 = stablehlo.broadcast_in_dim %302, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %306 = stablehlo.add %304, %305 : tensor<1x240x14x14xf32>
    %307 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %308 = stablehlo.add %306, %307 : tensor<1x240x14x14xf32>
    %309 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %310 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %311 = stablehlo.clamp %309, %308, %310 : tensor<1x240x14x14xf32>
    %312 = stablehlo.multiply %306, %311 : tensor<1x240x14x14xf32>
    %313 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %314 = stablehlo.divide %312, %313 : tensor<1x240x14x14xf32>
    %315 = stablehlo.convolution(%314, %arg61) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 240 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x240x14x14xf32>, tensor<240x1x5x5xf32>) -> tensor<1x240x14x14xf32>
    %316 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<240xf32>
    %317 = stablehlo.add %arg176, %316 : tensor<240xf32>
    %318 = stablehlo.rsqrt %317 : tensor<240xf32>
    %319 = stablehlo.multiply %318, %arg62 : tensor<240xf32>
    %320 = stablehlo.negate %arg175 : tensor<240xf32>
    %321 = stablehlo.multiply %320, %319 : tensor<240xf32>
    %322 = stablehlo.add %321, %arg63 : tensor<240xf32>
    %323 = stablehlo.broadcast_in_dim %319, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %324 = stablehlo.multiply %315, %323 : tensor<1x240x14x14xf32>
    %325 = stablehlo.broadcast_in_dim %322, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %326 = stablehlo.add %324, %325 : tensor<1x240x14x14xf32>
    %327 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %328 = stablehlo.add %326, %327 : tensor<1x240x14x14xf32>
    %329 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %330 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %331 = stablehlo.clamp %329, %328, %330 : tensor<1x240x14x14xf32>
    %332 = stablehlo.multiply %326, %331 : tensor<1x240x14x14xf32>
    %333 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %334 = stablehlo.divide %332, %333 : tensor<1x240x14x14xf32>
    %335 = stablehlo.reduce(%334 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x240x14x14xf32>, tensor<f32>) -> tensor<1x240xf32>
    %336 = stablehlo.broadcast_in_dim %335, dims = [0, 1] : (tensor<1x240xf32>) -> tensor<1x240x1x1xf32>
    %337 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %338 = stablehlo.divide %336, %337 : tensor<1x240x1x1xf32>
    %339 = stablehlo.convolution(%338, %arg64) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x240x1x1xf32>, tensor<64x240x1x1xf32>) -> tensor<1x64x1x1xf32>
    %340 = stablehlo.broadcast_in_dim %arg65, dims = [1] : (tensor<64xf32>) -> tensor<1x64x1x1xf32>
    %341 = stablehlo.add %339, %340 : tensor<1x64x1x1xf32>
    %342 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x64x1x1xf32>
    %343 = stablehlo.maximum %341, %342 : tensor<1x64x1x1xf32>
    %344 = stablehlo.convolution(%343, %arg66) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x64x1x1xf32>, tensor<240x64x1x1xf32>) -> tensor<1x240x1x1xf32>
    %345 = stablehlo.broadcast_in_dim %arg67, dims = [1] : (tensor<240xf32>) -> tensor<1x240x1x1xf32>
    %346 = stablehlo.add %344, %345 : tensor<1x240x1x1xf32>
    %347 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %348 = stablehlo.add %346, %347 : tensor<1x240x1x1xf32>
    %349 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %350 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %351 = stablehlo.clamp %349, %348, %350 : tensor<1x240x1x1xf32>
    %352 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %353 = stablehlo.divide %351, %352 : tensor<1x240x1x1xf32>
    %354 = stablehlo.broadcast_in_dim %353, dims = [0, 1, 2, 3] : (tensor<1x240x1x1xf32>) -> tensor<1x240x14x14xf32>
    %355 = stablehlo.multiply %354, %334 : tensor<1x240x14x14xf32>
    %356 = stablehlo.convolution(%355, %arg68) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x240x14x14xf32>, tensor<40x240x1x1xf32>) -> tensor<1x40x14x14xf32>
    %357 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %358 = stablehlo.add %arg178, %357 : tensor<40xf32>
    %359 = stablehlo.rsqrt %358 : tensor<40xf32>
    %360 = stablehlo.multiply %359, %arg69 : tensor<40xf32>
    %361 = stablehlo.negate %arg177 : tensor<40xf32>
    %362 = stablehlo.multiply %361, %360 : tensor<40xf32>
    %363 = stablehlo.add %362, %arg70 : tensor<40xf32>
    %364 = stablehlo.broadcast_in_dim %360, dims = [1] : (tensor<40xf32>) -> tensor<1x40x14x14xf32>
    %365 = stablehlo.multiply %356, %364 : tensor<1x40x14x14xf32>
    %366 = stablehlo.broadcast_in_dim %363, dims = [1] : (tensor<40xf32>) -> tensor<1x40x14x14xf32>
    %367 = stablehlo.add %365, %366 : tensor<1x40x14x14xf32>
    %368 = stablehlo.add %367, %294 : tensor<1x40x14x14xf32>
    %369 = stablehlo.convolution(%368, %arg71) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x40x14x14xf32>, tensor<120x40x1x1xf32>) -> tensor<1x120x14x14xf32>
    %370 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<120xf32>
    %371 = stablehlo.add %arg180, %370 : tensor<120xf32>
    %372 = stablehlo.rsqrt %371 : tensor<120xf32>
    %373 = stablehlo.multiply %372, %arg72 : tensor<120xf32>
    %374 = stablehlo.negate %arg179 : tensor<120xf32>
    %375 = stablehlo.multiply %374, %373 : tensor<120xf32>
    %376 = stablehlo.add %375, %arg73 : tensor<120xf32>
    %377 = stablehlo.broadcast_in_dim %373, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
    %378 = stablehlo.multiply %369, %377 : tensor<1x120x14x14xf32>
    %379 = stablehlo.broadcast_in_dim %376, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
    %380 = stablehlo.add %378, %379 : tensor<1x120x14x14xf32>
    %381 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %382 = stablehlo.add %380, %381 : tensor<1x120x14x14xf32>
    %383 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %384 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %385 = stablehlo.clamp %383, %382, %384 : tensor<1x120x14x14xf32>
    %386 = stablehlo.multiply %380, %385 : tensor<1x120x14x14xf32>
    %387 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %388 = stablehlo.divide %386, %387 : tensor<1x120x14x14xf32>
    %389 = stablehlo.convolution(%388, %arg74) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 120 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x120x14x14xf32>, tensor<120x1x5x5xf32>) -> tensor<1x120x14x14xf32>
    %390 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<120xf32>
    %391 = stablehlo.add %arg182, %390 : tensor<120xf32>
    %392 = stablehlo.rsqrt %391 : tensor<120xf32>
    %393 = stablehlo.multiply %392, %arg75 : tensor<120xf32>
    %394 = stablehlo.negate %arg181 : tensor<120xf32>
    %395 = stablehlo.multiply %394, %393 : tensor<120xf32>
    %396 = stablehlo.add %395, %arg76 : tensor<120xf32>
    %397 = stablehlo.broadcast_in_dim %393, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
    %398 = stablehlo.multiply %389, %397 : tensor<1x120x14x14xf32>
    %399 = stablehlo.broadcast_in_dim %396, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
    %400 = stablehlo.add %398, %399 : tensor<1x120x14x14xf32>
    %401 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %402 = stablehlo.add %400, %401 : tensor<1x120x14x14xf32>
    %403 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %404 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %405 = stablehlo.clamp %403, %402, %404 : tensor<1x120x14x14xf32>
    %406 = stablehlo.multiply %400, %405 : tensor<1x120x14x14xf32>
    %407 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %408 = stablehlo.divide %406, %407 : tensor<1x120x14x14xf32>
    %409 = stablehlo.reduce(%408 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x120x14x14xf32>, tensor<f32>) -> tensor<1x120xf32>
    %410 = stablehlo.broadcast_in_dim %409, dims = [0, 1] : (tensor<1x120xf32>) -> tensor<1x120x1x1xf32>
    %411 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x120x1x1xf32>
    %412 = stablehlo.divide %410, %411 : tensor<1x120x1x1xf32>
    %413 = stablehlo.convolution(%412, %arg77) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x120x1x1xf32>, tensor<32x120x1x1xf32>) -> tensor<1x32x1x1xf32>
    %414 = stablehlo.broadcast_in_dim %arg78, dims = [1] : (tensor<32xf32>) -> tensor<1x32x1x1xf32>
    %415 = stablehlo.add %413, %414 : tensor<1x32x1x1xf32>
    %416 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x32x1x1xf32>
    %417 = stablehlo.maximum %415, %416 : tensor<1x32x1x1xf32>
    %418 = stablehlo.convolution(%417, %arg79) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x32x1x1xf32>, tensor<120x32x1x1xf32>) -> tensor<1x120x1x1xf32>
    %419 = stablehlo.broadcast_in_dim %arg80, dims = [1] : (tensor<120xf32>) -> tensor<1x120x1x1xf32>
    %420 = stablehlo.add %418, %419 : tensor<1x120x1x1xf32>
    %421 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x120x1x1xf32>
    %422 = stablehlo.add %420, %421 : tensor<1x120x1x1xf32>
    %423 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x120x1x1xf32>
    %424 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x120x1x1xf32>
    %425 = stablehlo.clamp %423, %422, %424 : tensor<1x120x1x1xf32>
    %426 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x120x1x1xf32>
    %427 = stablehlo.divide %425, %426 : tensor<1x120x1x1xf32>
    %428 = stablehlo.broadcast_in_dim %427, dims = [0, 1, 2, 3] : (tensor<1x120x1x1xf32>) -> tensor<1x120x14x14xf32>
    %429 = stablehlo.multiply %428, %408 : tensor<1x120x14x14xf32>
    %430 = stablehlo.convolution(%429, %arg81) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x120x14x14xf32>, tensor<48x120x1x1xf32>) -> tensor<1x48x14x14xf32>
    %431 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<48xf32>
    %432 = stablehlo.add %arg184, %431 : tensor<48xf32>
    %433 = stablehlo.rsqrt %432 : tensor<48xf32>
    %434 = stablehlo.multiply %433, %arg82 : tensor<48xf32>
    %435 = stablehlo.negate %arg183 : tensor<48xf32>
    %436 = stablehlo.multiply %435, %434 : tensor<48xf32>
    %437 = stablehlo.add %436, %arg83 : tensor<48xf32>
    %438 = stablehlo.broadcast_in_dim %434, dims = [1] : (tensor<48xf32>) -> tensor<1x48x14x14xf32>
    %439 = stablehlo.multiply %430, %438 : tensor<1x48x14x14xf32>
    %440 = stablehlo.broadcast_in_dim %437, dims = [1] : (tensor<48xf32>) -> tensor<1x48x14x14xf32>
    %441 = stablehlo.add %439, %440 : tensor<1x48x14x14xf32>
    %442 = stablehlo.convolution(%441, %arg84) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x48x14x14xf32>, tensor<144x48x1x1xf32>) -> tensor<1x144x14x14xf32>
    %443 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<144xf32>
    %444 = stablehlo.add %arg186, %443 : tensor<144xf32>
    %445 = stablehlo.rsqrt %444 : tensor<144xf32>
    %446 = stablehlo.multiply %445, %arg85 : tensor<144xf32>
    %447 = stablehlo.negate %arg185 : tensor<144xf32>
    %448 = stablehlo.multiply %447, %446 : tensor<144xf32>
    %449 = stablehlo.add %448, %arg86 : tensor<144xf32>
    %450 = stablehlo.broadcast_in_dim %446, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
    %451 = stablehlo.multiply %442, %450 : tensor<1x144x14x14xf32>
    %452 = stablehlo.broadcast_in_dim %449, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
    %453 = stablehlo.add %451, %452 : tensor<1x144x14x14xf32>
    %454 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %455 = stablehlo.add %453, %454 : tensor<1x144x14x14xf32>
    %456 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %457 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %458 = stablehlo.clamp %456, %455, %457 : tensor<1x144x14x14xf32>
    %459 = stablehlo.multiply %453, %458 : tensor<1x144x14x14xf32>
    %460 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %461 = stablehlo.divide %459, %460 : tensor<1x144x14x14xf32>
    %462 = stablehlo.convolution(%461, %arg87) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 144 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x144x14x14xf32>, tensor<144x1x5x5xf32>) -> tensor<1x144x14x14xf32>
    %463 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<144xf32>
    %464 = stablehlo.add %arg188, %463 : tensor<144xf32>
    %465 = stablehlo.rsqrt %464 : tensor<144xf32>
    %466 = stablehlo.multiply %465, %arg88 : tensor<144xf32>
    %467 = stablehlo.negate %arg187 : tensor<144xf32>
    %468 = stablehlo.multiply %467, %466 : tensor<144xf32>
    %469 = stablehlo.add %468, %arg89 : tensor<144xf32>
    %470 = stablehlo.broadcast_in_dim %466, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
    %471 = stablehlo.multiply %462, %470 : tensor<1x144x14x14xf32>
    %472 = stablehlo.broadcast_in_dim %469, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
    %473 = stablehlo.add %471, %472 : tensor<1x144x14x14xf32>
    %474 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %475 = stablehlo.add %473, %474 : tensor<1x144x14x14xf32>
    %476 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %477 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %478 = stablehlo.clamp %476, %475, %477 : tensor<1x144x14x14xf32>
    %479 = stablehlo.multiply %473, %478 : tensor<1x144x14x14xf32>
    %480 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %481 = stablehlo.divide %479, %480 : tensor<1x144x14x14xf32>
    %482 = stablehlo.reduce(%481 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x144x14x14xf32>, tensor<f32>) -> tensor<1x144xf32>
    %483 = stablehlo.broadcast_in_dim %482, dims = [0, 1] : (tensor<1x144xf32>) -> tensor<1x144x1x1xf32>
    %484 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %485 = stablehlo.divide %483, %484 : tensor<1x144x1x1xf32>
    %486 = stablehlo.convolution(%485, %arg90) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x144x1x1xf32>, tensor<40x144x1x1xf32>) -> tensor<1x40x1x1xf32>
    %487 = stablehlo.broadcast_in_dim %arg91, dims = [1] : (tensor<40xf32>) -> tensor<1x40x1x1xf32>
    %488 = stablehlo.add %486, %487 : tensor<1x40x1x1xf32>
    %489 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x40x1x1xf32>
    %490 = stablehlo.maximum %488, %489 : tensor<1x40x1x1xf32>
    %491 = stablehlo.convolution(%490, %arg92) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x40x1x1xf32>, tensor<144x40x1x1xf32>) -> tensor<1x144x1x1xf32>
    %492 = stablehlo.broadcast_in_dim %arg93, dims = [1] : (tensor<144xf32>) -> tensor<1x144x1x1xf32>
    %493 = stablehlo.add %491, %492 : tensor<1x144x1x1xf32>
    %494 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %495 = stablehlo.add %493, %494 : tensor<1x144x1x1xf32>
    %496 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %497 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %498 = stablehlo.clamp %496, %495, %497 : tensor<1x144x1x1xf32>
    %499 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %500 = stablehlo.divide %498, %499 : tensor<1x144x1x1xf32>
    %501 = stablehlo.broadcast_in_dim %500, dims = [0, 1, 2, 3] : (tensor<1x144x1x1xf32>) -> tensor<1x144x14x14xf32>
    %502 = stablehlo.multiply %501, %481 : tensor<1x144x14x14xf32>
    %503 = stablehlo.convolution(%502, %arg94) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x144x14x14xf32>, tensor<48x144x1x1xf32>) -> tensor<1x48x14x14xf32>
    %504 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<48xf32>
    %505 = stablehlo.add %arg190, %504 : tensor<48xf32>
    %506 = stablehlo.rsqrt %505 : tensor<48xf32>
    %507 = stablehlo.multiply %506, %arg95 : tensor<48xf32>
    %508 = stablehlo.negate %arg189 : tensor<48xf32>
    %509 = stablehlo.multiply %508, %507 : tensor<48xf32>
    %510 = stablehlo.add %509, %arg96 : tensor<48xf32>
    %511 = stablehlo.broadcast_in_dim %507, dims = [1] : (tensor<48xf32>) -> tensor<1x48x14x14xf32>
    %512 = stablehlo.multiply %503, %511 : tensor<1x48x14x14xf32>
    %513 = stablehlo.broadcast_in_dim %510, dims = [1] : (tensor<48xf32>) -> tensor<1x48x14x14xf32>
    %514 = stablehlo.add %512, %513 : tensor<1x48x14x14xf32>
    %515 = stablehlo.add %514, %441 : tensor<1x48x14x14xf32>
    %516 = stablehlo.convolution(%515, %arg97) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x48x14x14xf32>, tensor<288x48x1x1xf32>) -> tensor<1x288x14x14xf32>
    %517 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<288xf32>
    %518 = stablehlo.add %arg192, %517 : tensor<288xf32>
    %519 = stablehlo.rsqrt %518 : tensor<288xf32>
    %520 = stablehlo.multiply %519, %arg98 : tensor<288xf32>
    %521 = stablehlo.negate %arg191 : tensor<288xf32>
    %522 = stablehlo.multiply %521, %520 : tensor<288xf32>
    %523 = stablehlo.add %522, %arg99 : tensor<288xf32>
    %524 = stablehlo.broadcast_in_dim %520, dims = [1] : (tensor<288xf32>) -> tensor<1x288x14x14xf32>
    %525 = stablehlo.multiply %516, %524 : tensor<1x288x14x14xf32>
    %526 = stablehlo.broadcast_in_dim %523, dims = [1] : (tensor<288xf32>) -> tensor<1x288x14x14xf32>
    %527 = stablehlo.add %525, %526 : tensor<1x288x14x14xf32>
    %528 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x288x14x14xf32>
    %529 = stablehlo.add %527, %528 : tensor<1x288x14x14xf32>
    %530 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x288x14x14xf32>
    %531 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x288x14x14xf32>
    %532 = stablehlo.clamp %530, %529, %531 : tensor<1x288x14x14xf32>
    %533 = stablehlo.multiply %527, %532 : tensor<1x288x14x14xf32>
    %534 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x288x14x14xf32>
    %535 = stablehlo.divide %533, %534 : tensor<1x288x14x14xf32>
    %536 = stablehlo.convolution(%535, %arg100) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 288 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x288x14x14xf32>, tensor<288x1x5x5xf32>) -> tensor<1x288x7x7xf32>
    %537 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<288xf32>
    %538 = stablehlo.add %arg194, %537 : tensor<288xf32>
    %539 = stablehlo.rsqrt %538 : tensor<288xf32>
    %540 = stablehlo.multiply %539, %arg101 : tensor<288xf32>
    %541 = stablehlo.negate %arg193 : tensor<288xf32>
    %542 = stablehlo.multiply %541, %540 : tensor<288xf32>
    %543 = stablehlo.add %542, %arg102 : tensor<288xf32>
    %544 = stablehlo.broadcast_in_dim %540, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
    %545 = stablehlo.multiply %536, %544 : tensor<1x288x7x7xf32>
    %546 = stablehlo.broadcast_in_dim %543, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
    %547 = stablehlo.add %545, %546 : tensor<1x288x7x7xf32>
    %548 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x288x7x7xf32>
    %549 = stablehlo.add %547, %548 : tensor<1x288x7x7xf32>
    %550 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x288x7x7xf32>
    %551 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x288x7x7xf32>
    %552 = stablehlo.clamp %550, %549, %551 : tensor<1x288x7x7xf32>
    %553 = stablehlo.multiply %547, %552 : tensor<1x288x7x7xf32>
    %554 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x288x7x7xf32>
    %555 = stablehlo.divide %553, %554 : tensor<1x288x7x7xf32>
    %556 = stablehlo.reduce(%555 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x288x7x7xf32>, tensor<f32>) -> tensor<1x288xf32>
    %557 = stablehlo.broadcast_in_dim %556, dims = [0, 1] : (tensor<1x288xf32>) -> tensor<1x288x1x1xf32>
    %558 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x288x1x1xf32>
    %559 = stablehlo.divide %557, %558 : tensor<1x288x1x1xf32>
    %560 = stablehlo.convolution(%559, %arg103) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x288x1x1xf32>, tensor<72x288x1x1xf32>) -> tensor<1x72x1x1xf32>
    %561 = stablehlo.broadcast_in_dim %arg104, dims = [1] : (tensor<72xf32>) -> tensor<1x72x1x1xf32>
    %562 = stablehlo.add %560, %561 : tensor<1x72x1x1xf32>
    %563 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x72x1x1xf32>
    %564 = stablehlo.maximum %562, %563 : tensor<1x72x1x1xf32>
    %565 = stablehlo.convolution(%564, %arg105) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x72x1x1xf32>, tensor<288x72x1x1xf32>) -> tensor<1x288x1x1xf32>
    %566 = stablehlo.broadcast_in_dim %arg106, dims = [1] : (tensor<288xf32>) -> tensor<1x288x1x1xf32>
    %567 = stablehlo.add %565, %566 : tensor<1x288x1x1xf32>
    %568 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x288x1x1xf32>
    %569 = stablehlo.add %567, %568 : tensor<1x288x1x1xf32>
    %570 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x288x1x1xf32>
    %571 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x288x1x1xf32>
    %572 = stablehlo.clamp %570, %569, %571 : tensor<1x288x1x1xf32>
    %573 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x288x1x1xf32>
    %574 = stablehlo.divide %572, %573 : tensor<1x288x1x1xf32>
    %575 = stablehlo.broadcast_in_dim %574, dims = [0, 1, 2, 3] : (tensor<1x288x1x1xf32>) -> tensor<1x288x7x7xf32>
    %576 = stablehlo.multiply %575, %555 : tensor<1x288x7x7xf32>
    %577 = stablehlo.convolution(%576, %arg107) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x288x7x7xf32>, tensor<96x288x1x1xf32>) -> tensor<1x96x7x7xf32>
    %578 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<96xf32>
    %579 = stablehlo.add %arg196, %578 : tensor<96xf32>
    %580 = stablehlo.rsqrt %579 : tensor<96xf32>
    %581 = stablehlo.multiply %580, %arg108 : tensor<96xf32>
    %582 = stablehlo.negate %arg195 : tensor<96xf32>
    %583 = stablehlo.multiply %582, %581 : tensor<96xf32>
    %584 = stablehlo.add %583, %arg109 : tensor<96xf32>
    %585 = stablehlo.broadcast_in_dim %581, dims = [1] : (tensor<96xf32>) -> tensor<1x96x7x7xf32>
    %586 = stablehlo.multiply %577, %585 : tensor<1x96x7x7xf32>
    %587 = stablehlo.broadcast_in_dim %584, dims = [1] : (tensor<96xf32>) -> tensor<1x96x7x7xf32>
    %588 = stablehlo.add %586, %587 : tensor<1x96x7x7xf32>
    %589 = stablehlo.convolution(%588, %arg110) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x96x7x7xf32>, tensor<576x96x1x1xf32>) -> tensor<1x576x7x7xf32>
    %590 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<576xf32>
    %591 = stablehlo.add %arg198, %590 : tensor<576xf32>
    %592 = stablehlo.rsqrt %591 : tensor<576xf32>
    %593 = stablehlo.multiply %592, %arg111 : tensor<576xf32>
    %594 = stablehlo.negate %arg197 : tensor<576xf32>
    %595 = stablehlo.multiply %594, %593 : tensor<576xf32>
    %596 = stablehlo.add %595, %arg112 : tensor<576xf32>
    %597 = stablehlo.broadcast_in_dim %593, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %598 = stablehlo.multiply %589, %597 : tensor<1x576x7x7xf32>
    %599 = stablehlo.broadcast_in_dim %596, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %600 = stablehlo.add %598, %599 : tensor<1x576x7x7xf32>
    %601 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %602 = stablehlo.add %600, %601 : tensor<1x576x7x7xf32>
    %603 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %604 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %605 = stablehlo.clamp %603, %602, %604 : tensor<1x576x7x7xf32>
    %606 = stablehlo.multiply %600, %605 : tensor<1x576x7x7xf32>
    %607 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %608 = stablehlo.divide %606, %607 : tensor<1x576x7x7xf32>
    %609 = stablehlo.convolution(%608, %arg113) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 576 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x576x7x7xf32>, tensor<576x1x5x5xf32>) -> tensor<1x576x7x7xf32>
    %610 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<576xf32>
    %611 = stablehlo.add %arg200, %610 : tensor<576xf32>
    %612 = stablehlo.rsqrt %611 : tensor<576xf32>
    %613 = stablehlo.multiply %612, %arg114 : tensor<576xf32>
    %614 = stablehlo.negate %arg199 : tensor<576xf32>
    %615 = stablehlo.multiply %614, %613 : tensor<576xf32>
    %616 = stablehlo.add %615, %arg115 : tensor<576xf32>
    %617 = stablehlo.broadcast_in_dim %613, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %618 = stablehlo.multiply %609, %617 : tensor<1x576x7x7xf32>
    %619 = stablehlo.broadcast_in_dim %616, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %620 = stablehlo.add %618, %619 : tensor<1x576x7x7xf32>
    %621 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %622 = stablehlo.add %620, %621 : tensor<1x576x7x7xf32>
    %623 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %624 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %625 = stablehlo.clamp %623, %622, %624 : tensor<1x576x7x7xf32>
    %626 = stablehlo.multiply %620, %625 : tensor<1x576x7x7xf32>
    %627 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %628 = stablehlo.divide %626, %627 : tensor<1x576x7x7xf32>
    %629 = stablehlo.reduce(%628 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x576x7x7xf32>, tensor<f32>) -> tensor<1x576xf32>
    %630 = stablehlo.broadcast_in_dim %629, dims = [0, 1] : (tensor<1x576xf32>) -> tensor<1x576x1x1xf32>
    %631 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %632 = stablehlo.divide %630, %631 : tensor<1x576x1x1xf32>
    %633 = stablehlo.convolution(%632, %arg116) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x576x1x1xf32>, tensor<144x576x1x1xf32>) -> tensor<1x144x1x1xf32>
    %634 = stablehlo.broadcast_in_dim %arg117, dims = [1] : (tensor<144xf32>) -> tensor<1x144x1x1xf32>
    %635 = stablehlo.add %633, %634 : tensor<1x144x1x1xf32>
    %636 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %637 = stablehlo.maximum %635, %636 : tensor<1x144x1x1xf32>
    %638 = stablehlo.convolution(%637, %arg118) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x144x1x1xf32>, tensor<576x144x1x1xf32>) -> tensor<1x576x1x1xf32>
    %639 = stablehlo.broadcast_in_dim %arg119, dims = [1] : (tensor<576xf32>) -> tensor<1x576x1x1xf32>
    %640 = stablehlo.add %638, %639 : tensor<1x576x1x1xf32>
    %641 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %642 = stablehlo.add %640, %641 : tensor<1x576x1x1xf32>
    %643 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %644 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %645 = stablehlo.clamp %643, %642, %644 : tensor<1x576x1x1xf32>
    %646 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %647 = stablehlo.divide %645, %646 : tensor<1x576x1x1xf32>
    %648 = stablehlo.broadcast_in_dim %647, dims = [0, 1, 2, 3] : (tensor<1x576x1x1xf32>) -> tensor<1x576x7x7xf32>
    %649 = stablehlo.multiply %648, %628 : tensor<1x576x7x7xf32>
    %650 = stablehlo.convolution(%649, %arg120) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x576x7x7xf32>, tensor<96x576x1x1xf32>) -> tensor<1x96x7x7xf32>
    %651 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<96xf32>
    %652 = stablehlo.add %arg202, %651 : tensor<96xf32>
    %653 = stablehlo.rsqrt %652 : tensor<96xf32>
    %654 = stablehlo.multiply %653, %arg121 : tensor<96xf32>
    %655 = stablehlo.negate %arg201 : tensor<96xf32>
    %656 = stablehlo.multiply %655, %654 : tensor<96xf32>
    %657 = stablehlo.add %656, %arg122 : tensor<96xf32>
    %658 = stablehlo.broadcast_in_dim %654, dims = [1] : (tensor<96xf32>) -> tensor<1x96x7x7xf32>
    %659 = stablehlo.multiply %650, %658 : tensor<1x96x7x7xf32>
    %660 = stablehlo.broadcast_in_dim %657, dims = [1] : (tensor<96xf32>) -> tensor<1x96x7x7xf32>
    %661 = stablehlo.add %659, %660 : tensor<1x96x7x7xf32>
    %662 = stablehlo.add %661, %588 : tensor<1x96x7x7xf32>
    %663 = stablehlo.convolution(%662, %arg123) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x96x7x7xf32>, tensor<576x96x1x1xf32>) -> tensor<1x576x7x7xf32>
    %664 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<576xf32>
    %665 = stablehlo.add %arg204, %664 : tensor<576xf32>
    %666 = stablehlo.rsqrt %665 : tensor<576xf32>
    %667 = stablehlo.multiply %666, %arg124 : tensor<576xf32>
    %668 = stablehlo.negate %arg203 : tensor<576xf32>
    %669 = stablehlo.multiply %668, %667 : tensor<576xf32>
    %670 = stablehlo.add %669, %arg125 : tensor<576xf32>
    %671 = stablehlo.broadcast_in_dim %667, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %672 = stablehlo.multiply %663, %671 : tensor<1x576x7x7xf32>
    %673 = stablehlo.broadcast_in_dim %670, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %674 = stablehlo.add %672, %673 : tensor<1x576x7x7xf32>
    %675 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %676 = stablehlo.add %674, %675 : tensor<1x576x7x7xf32>
    %677 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %678 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %679 = stablehlo.clamp %677, %676, %678 : tensor<1x576x7x7xf32>
    %680 = stablehlo.multiply %674, %679 : tensor<1x576x7x7xf32>
    %681 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %682 = stablehlo.divide %680, %681 : tensor<1x576x7x7xf32>
    %683 = stablehlo.convolution(%682, %arg126) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 576 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x576x7x7xf32>, tensor<576x1x5x5xf32>) -> tensor<1x576x7x7xf32>
    %684 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<576xf32>
    %685 = stablehlo.add %arg206, %684 : tensor<576xf32>
    %686 = stablehlo.rsqrt %685 : tensor<576xf32>
    %687 = stablehlo.multiply %686, %arg127 : tensor<576xf32>
    %688 = stablehlo.negate %arg205 : tensor<576xf32>
    %689 = stablehlo.multiply %688, %687 : tensor<576xf32>
    %690 = stablehlo.add %689, %arg128 : tensor<576xf32>
    %691 = stablehlo.broadcast_in_dim %687, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %692 = stablehlo.multiply %683, %691 : tensor<1x576x7x7xf32>
    %693 = stablehlo.broadcast_in_dim %690, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %694 = stablehlo.add %692, %693 : tensor<1x576x7x7xf32>
    %695 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %696 = stablehlo.add %694, %695 : tensor<1x576x7x7xf32>
    %697 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %698 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %699 = stablehlo.clamp %697, %696, %698 : tensor<1x576x7x7xf32>
    %700 = stablehlo.multiply %694, %699 : tensor<1x576x7x7xf32>
    %701 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %702 = stablehlo.divide %700, %701 : tensor<1x576x7x7xf32>
    %703 = stablehlo.reduce(%702 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x576x7x7xf32>, tensor<f32>) -> tensor<1x576xf32>
    %704 = stablehlo.broadcast_in_dim %703, dims = [0, 1] : (tensor<1x576xf32>) -> tensor<1x576x1x1xf32>
    %705 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %706 = stablehlo.divide %704, %705 : tensor<1x576x1x1xf32>
    %707 = stablehlo.convolution(%706, %arg129) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x576x1x1xf32>, tensor<144x576x1x1xf32>) -> tensor<1x144x1x1xf32>
    %708 = stablehlo.broadcast_in_dim %arg130, dims = [1] : (tensor<144xf32>) -> tensor<1x144x1x1xf32>
    %709 = stablehlo.add %707, %708 : tensor<1x144x1x1xf32>
    %710 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %711 = stablehlo.maximum %709, %710 : tensor<1x144x1x1xf32>
    %712 = stablehlo.convolution(%711, %arg131) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x144x1x1xf32>, tensor<576x144x1x1xf32>) -> tensor<1x576x1x1xf32>
    %713 = stablehlo.broadcast_in_dim %arg132, dims = [1] : (tensor<576xf32>) -> tensor<1x576x1x1xf32>
    %714 = stablehlo.add %712, %713 : tensor<1x576x1x1xf32>
    %715 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %716 = stablehlo.add %714, %715 : tensor<1x576x1x1xf32>
    %717 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %718 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %719 = stablehlo.clamp %717, %716, %718 : tensor<1x576x1x1xf32>
    %720 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %721 = stablehlo.divide %719, %720 : tensor<1x576x1x1xf32>
    %722 = stablehlo.broadcast_in_dim %721, dims = [0, 1, 2, 3] : (tensor<1x576x1x1xf32>) -> tensor<1x576x7x7xf32>
    %723 = stablehlo.multiply %722, %702 : tensor<1x576x7x7xf32>
    %724 = stablehlo.convolution(%723, %arg133) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x576x7x7xf32>, tensor<96x576x1x1xf32>) -> tensor<1x96x7x7xf32>
    %725 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<96xf32>
    %726 = stablehlo.add %arg208, %725 : tensor<96xf32>
    %727 = stablehlo.rsqrt %726 : tensor<96xf32>
    %728 = stablehlo.multiply %727, %arg134 : tensor<96xf32>
    %729 = stablehlo.negate %arg207 : tensor<96xf32>
    %730 = stablehlo.multiply %729, %728 : tensor<96xf32>
    %731 = stablehlo.add %730, %arg135 : tensor<96xf32>
    %732 = stablehlo.broadcast_in_dim %728, dims = [1] : (tensor<96xf32>) -> tensor<1x96x7x7xf32>
    %733 = stablehlo.multiply %724, %732 : tensor<1x96x7x7xf32>
    %734 = stablehlo.broadcast_in_dim %731, dims = [1] : (tensor<96xf32>) -> tensor<1x96x7x7xf32>
    %735 = stablehlo.add %733, %734 : tensor<1x96x7x7xf32>
    %736 = stablehlo.add %735, %662 : tensor<1x96x7x7xf32>
    %737 = stablehlo.convolution(%736, %arg136) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x96x7x7xf32>, tensor<576x96x1x1xf32>) -> tensor<1x576x7x7xf32>
    %738 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<576xf32>
    %739 = stablehlo.add %arg210, %738 : tensor<576xf32>
    %740 = stablehlo.rsqrt %739 : tensor<576xf32>
    %741 = stablehlo.multiply %740, %arg137 : tensor<576xf32>
    %742 = stablehlo.negate %arg209 : tensor<576xf32>
    %743 = stablehlo.multiply %742, %741 : tensor<576xf32>
    %744 = stablehlo.add %743, %arg138 : tensor<576xf32>
    %745 = stablehlo.broadcast_in_dim %741, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %746 = stablehlo.multiply %737, %745 : tensor<1x576x7x7xf32>
    %747 = stablehlo.broadcast_in_dim %744, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %748 = stablehlo.add %746, %747 : tensor<1x576x7x7xf32>
    %749 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %750 = stablehlo.add %748, %749 : tensor<1x576x7x7xf32>
    %751 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %752 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %753 = stablehlo.clamp %751, %750, %752 : tensor<1x576x7x7xf32>
    %754 = stablehlo.multiply %748, %753 : tensor<1x576x7x7xf32>
    %755 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %756 = stablehlo.divide %754, %755 : tensor<1x576x7x7xf32>
    %757 = stablehlo.reduce(%756 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x576x7x7xf32>, tensor<f32>) -> tensor<1x576xf32>
    %758 = stablehlo.broadcast_in_dim %757, dims = [0, 1] : (tensor<1x576xf32>) -> tensor<1x576x1x1xf32>
    %759 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %760 = stablehlo.divide %758, %759 : tensor<1x576x1x1xf32>
    %761 = stablehlo.reshape %760 : (tensor<1x576x1x1xf32>) -> tensor<1x576xf32>
    %762 = stablehlo.dot_general %761, %arg139, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x576xf32>, tensor<1024x576xf32>) -> tensor<1x1024xf32>
    %763 = stablehlo.broadcast_in_dim %arg140, dims = [1] : (tensor<1024xf32>) -> tensor<1x1024xf32>
    %764 = stablehlo.add %762, %763 : tensor<1x1024xf32>
    %765 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1024xf32>
    %766 = stablehlo.add %764, %765 : tensor<1x1024xf32>
    %767 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1024xf32>
    %768 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x1024xf32>
    %769 = stablehlo.clamp %767, %766, %768 : tensor<1x1024xf32>
    %770 = stablehlo.multiply %764, %769 : tensor<1x1024xf32>
    %771 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x1024xf32>
    %772 = stablehlo.divide %770, %771 : tensor<1x1024xf32>
    %773 = stablehlo.dot_general %772, %arg141, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1024xf32>, tensor<1000x1024xf32>) -> tensor<1x1000xf32>
    %774 = stablehlo.broadcast_in_dim %arg142, dims = [1] : (tensor<1000xf32>) -> tensor<1x1000xf32>
    %775 = stablehlo.add %773, %774 : tensor<1x1000xf32>
    return %775 : tensor<1x1000xf32>
  }
}
