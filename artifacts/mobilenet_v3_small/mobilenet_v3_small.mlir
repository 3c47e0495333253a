module @MobileNetV3 attributes {jax.uses_shape_polymorphism = true, mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32, torchtpu.manifest = "{\22calling_convention_version\22:10,\22format\22:\22torchtpu_aot\22,\22format_version\22:1,\22input_spec\22:{\22children\22:[{\22children\22:[{\22kind\22:\22leaf\22}],\22kind\22:\22tuple\22},{\22children\22:[],\22keys\22:[],\22kind\22:\22dict\22}],\22kind\22:\22tuple\22},\22inputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22x\22,\22shape\22:[1,3,224,224]}],\22model\22:\22MobileNetV3\22,\22mutated_buffers\22:[],\22mutated_inputs\22:[],\22output_spec\22:{\22kind\22:\22leaf\22},\22outputs\22:[{\22dtype\22:\22float32\22,\22name\22:\22output\22,\22shape\22:[1,1000]}],\22platform_index_argument\22:true,\22platforms\22:[\22cpu\22,\22cuda\22,\22tpu\22],\22producer\22:{\22jax\22:\220.10.2\22,\22jaxlib\22:\220.10.2\22,\22stablehlo\22:\221.17.0\22,\22torch\22:\222.14.1\22,\22torchtpu_aot\22:\220.1.0\22},\22program\22:{\22format\22:\22text\22,\22stablehlo_version\22:\221.17.0\22},\22symbols\22:{},\22weights\22:{\22file\22:\22mobilenet_v3_small.safetensors\22,\22inline\22:false,\22sha256\22:\22ecc89a1489bc852c8ddf0828b007d2f3985022b8a84ceccb6bc901b30760d319\22,\22tensors\22:[{\22dtype\22:\22float32\22,\22name\22:\22features.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[16,3,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22features.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[16,1,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.1.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[8,16,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.1.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[8]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.1.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[16,8,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.1.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.2.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[16,16,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.2.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.2.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[72,16,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[72,1,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.2.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[24,72,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.2.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.2.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[88,24,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[88,1,3,3]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.2.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[24,88,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.2.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.2.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[96,24,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[96,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[24,96,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[96,24,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[40,96,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[240,40,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[240,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,240,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[240,64,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[40,240,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[240,40,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[240,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[64,240,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[64]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[240,64,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[40,240,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[120,40,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[120,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[32,120,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[32]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[120,32,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[48,120,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[144,48,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[144,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[40,144,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[144,40,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[48,144,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[288,48,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[288,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[72,288,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[288,72,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[96,288,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,96,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[144,576,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,144,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[96,576,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.0.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,96,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.0.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.0.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.1.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,1,5,5]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.1.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.1.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.2.fc1.weight\22,\22role\22:\22parameter\22,\22shape\22:[144,576,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.2.fc1.bias\22,\22role\22:\22parameter\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.2.fc2.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,144,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.2.fc2.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.3.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[96,576,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.3.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.3.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.12.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[576,96,1,1]},{\22dtype\22:\22float32\22,\22name\22:\22features.12.1.weight\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.12.1.bias\22,\22role\22:\22parameter\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22classifier.0.weight\22,\22role\22:\22parameter\22,\22shape\22:[1024,576]},{\22dtype\22:\22float32\22,\22name\22:\22classifier.0.bias\22,\22role\22:\22parameter\22,\22shape\22:[1024]},{\22dtype\22:\22float32\22,\22name\22:\22classifier.3.weight\22,\22role\22:\22parameter\22,\22shape\22:[1000,1024]},{\22dtype\22:\22float32\22,\22name\22:\22classifier.3.bias\22,\22role\22:\22parameter\22,\22shape\22:[1000]},{\22dtype\22:\22float32\22,\22name\22:\22features.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.2.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.1.block.2.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[16]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[72]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.2.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.2.block.2.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[88]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.2.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.3.block.2.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[24]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.4.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.5.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[240]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.6.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[40]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[120]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.7.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[144]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.8.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[48]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[288]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.9.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.10.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.0.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.0.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.1.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.1.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.3.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.11.block.3.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[96]},{\22dtype\22:\22float32\22,\22name\22:\22features.12.1.running_mean\22,\22role\22:\22buffer\22,\22shape\22:[576]},{\22dtype\22:\22float32\22,\22name\22:\22features.12.1.running_var\22,\22role\22:\22buffer\22,\22shape\22:[576]}]}}"} {
  func.func public @main(%arg0: tensor<i64> {jax.global_constant = "_platform_index"}, %arg1: tensor<16x3x3x3xf32> {torchtpu.name = "features.0.0.weight"}, %arg2: tensor<16xf32> {torchtpu.name = "features.0.1.weight"}, %arg3: tensor<16xf32> {torchtpu.name = "features.0.1.bias"}, %arg4: tensor<16x1x3x3xf32> {torchtpu.name = "features.1.block.0.0.weight"}, %arg5: tensor<16xf32> {torchtpu.name = "features.1.block.0.1.weight"}, %arg6: tensor<16xf32> {torchtpu.name = "features.1.block.0.1.bias"}, %arg7: tensor<8x16x1x1xf32> {torchtpu.name = "features.1.block.1.fc1.weight"}, %arg8: tensor<8xf32> {torchtpu.name = "features.1.block.1.fc1.bias"}, %arg9: tensor<16x8x1x1xf32> {torchtpu.name = "features.1.block.1.fc2.weight"}, %arg10: tensor<16xf32> {torchtpu.name = "features.1.block.1.fc2.bias"}, %arg11: tensor<16x16x1x1xf32> {torchtpu.name = "features.1.block.2.0.weight"}, %arg12: tensor<16xf32> {torchtpu.name = "features.1.block.2.1.weight"}, %arg13: tensor<16xf32> {torchtpu.name = "features.1.block.2.1.bias"}, %arg14: tensor<72x16x1x1xf32> {torchtpu.name = "features.2.block.0.0.weight"}, %arg15: tensor<72xf32> {torchtpu.name = "features.2.block.0.1.weight"}, %arg16: tensor<72xf32> {torchtpu.name = "features.2.block.0.1.bias"}, %arg17: tensor<72x1x3x3xf32> {torchtpu.name = "features.2.block.1.0.weight"}, %arg18: tensor<72xf32> {torchtpu.name = "features.2.block.1.1.weight"}, %arg19: tensor<72xf32> {torchtpu.name = "features.2.block.1.1.bias"}, %arg20: tensor<24x72x1x1xf32> {torchtpu.name = "features.2.block.2.0.weight"}, %arg21: tensor<24xf32> {torchtpu.name = "features.2.block.2.1.weight"}, %arg22: tensor<24xf32> {torchtpu.name = "features.2.block.2.1.bias"}, %arg23: tensor<88x24x1x1xf32> {torchtpu.name = "features.3.block.0.0.weight"}, %arg24: tensor<88xf32> {torchtpu.name = "features.3.block.0.1.weight"}, %arg25: tensor<88xf32> {torchtpu.name = "features.3.block.0.1.bias"}, %arg26: tensor<88x1x3x3xf32> {torchtpu.name = "features.3.block.1.0.weight"}, %arg27: tensor<88xf32> {torchtpu.name = "features.3.block.1.1.weight"}, %arg28: tensor<88xf32> {torchtpu.name = "features.3.block.1.1.bias"}, %arg29: tensor<24x88x1x1xf32> {torchtpu.name = "features.3.block.2.0.weight"}, %arg30: tensor<24xf32> {torchtpu.name = "features.3.block.2.1.weight"}, %arg31: tensor<24xf32> {torchtpu.name = "features.3.block.2.1.bias"}, %arg32: tensor<96x24x1x1xf32> {torchtpu.name = "features.4.block.0.0.weight"}, %arg33: tensor<96xf32> {torchtpu.name = "features.4.block.0.1.weight"}, %arg34: tensor<96xf32> {torchtpu.name = "features.4.block.0.1.bias"}, %arg35: tensor<96x1x5x5xf32> {torchtpu.name = "features.4.block.1.0.weight"}, %arg36: tensor<96xf32> {torchtpu.name = "features.4.block.1.1.weight"}, %arg37: tensor<96xf32> {torchtpu.name = "features.4.block.1.1.bias"}, %arg38: tensor<24x96x1x1xf32> {torchtpu.name = "features.4.block.2.fc1.weight"}, %arg39: tensor<24xf32> {torchtpu.name = "features.4.block.2.fc1.bias"}, %arg40: tensor<96x24x1x1xf32> {torchtpu.name = "features.4.block.2.fc2.weight"}, %arg41: tensor<96xf32> {torchtpu.name = "features.4.block.2.fc2.bias"}, %arg42: tensor<40x96x1x1xf32> {torchtpu.name = "features.4.block.3.0.weight"}, %arg43: tensor<40xf32> {torchtpu.name = "features.4.block.3.1.weight"}, %arg44: tensor<40xf32> {torchtpu.name = "features.4.block.3.1.bias"}, %arg45: tensor<240x40x1x1xf32> {torchtpu.name = "features.5.block.0.0.weight"}, %arg46: tensor<240xf32> {torchtpu.name = "features.5.block.0.1.weight"}, %arg47: tensor<240xf32> {torchtpu.name = "features.5.block.0.1.bias"}, %arg48: tensor<240x1x5x5xf32> {torchtpu.name = "features.5.block.1.0.weight"}, %arg49: tensor<240xf32> {torchtpu.name = "features.5.block.1.1.weight"}, %arg50: tensor<240xf32> {torchtpu.name = "features.5.block.1.1.bias"}, %arg51: tensor<64x240x1x1xf32> {torchtpu.name = "features.5.block.2.fc1.weight"}, %arg52: tensor<64xf32> {torchtpu.name = "features.5.block.2.fc1.bias"}, %arg53: tensor<240x64x1x1xf32> {torchtpu.name = "features.5.block.2.fc2.weight"}, %arg54: tensor<240xf32> {torchtpu.name = "features.5.block.2.fc2.bias"}, %arg55: tensor<40x240x1x1xf32> {torchtpu.name = "features.5.block.3.0.weight"}, %arg56: tensor<40xf32> {torchtpu.name = "features.5.block.3.1.weight"}, %arg57: tensor<40xf32> {torchtpu.name = "features.5.block.3.1.bias"}, %arg58: tensor<240x40x1x1xf32> {torchtpu.name = "features.6.block.0.0.weight"}, %arg59: tensor<240xf32> {torchtpu.name = "features.6.block.0.1.weight"}, %arg60: tensor<240xf32> {torchtpu.name = "features.6.block.0.1.bias"}, %arg61: tensor<240x1x5x5xf32> {torchtpu.name = "features.6.block.1.0.weight"}, %arg62: tensor<240xf32> {torchtpu.name = "features.6.block.1.1.weight"}, %arg63: tensor<240xf32> {torchtpu.name = "features.6.block.1.1.bias"}, %arg64: tensor<64x240x1x1xf32> {torchtpu.name = "features.6.block.2.fc1.weight"}, %arg65: tensor<64xf32> {torchtpu.name = "features.6.block.2.fc1.bias"}, %arg66: tensor<240x64x1x1xf32> {torchtpu.name = "features.6.block.2.fc2.weight"}, %arg67: tensor<240xf32> {torchtpu.name = "features.6.block.2.fc2.bias"}, %arg68: tensor<40x240x1x1xf32> {torchtpu.name = "features.6.block.3.0.weight"}, %arg69: tensor<40xf32> {torchtpu.name = "features.6.block.3.1.weight"}, %arg70: tensor<40xf32> {torchtpu.name = "features.6.block.3.1.bias"}, %arg71: tensor<120x40x1x1xf32> {torchtpu.name = "features.7.block.0.0.weight"}, %arg72: tensor<120xf32> {torchtpu.name = "features.7.block.0.1.weight"}, %arg73: tensor<120xf32> {torchtpu.name = "features.7.block.0.1.bias"}, %arg74: tensor<120x1x5x5xf32> {torchtpu.name = "features.7.block.1.0.weight"}, %arg75: tensor<120xf32> {torchtpu.name = "features.7.block.1.1.weight"}, %arg76: tensor<120xf32> {torchtpu.name = "features.7.block.1.1.bias"}, %arg77: tensor<32x120x1x1xf32> {torchtpu.name = "features.7.block.2.fc1.weight"}, %arg78: tensor<32xf32> {torchtpu.name = "features.7.block.2.fc1.bias"}, %arg79: tensor<120x32x1x1xf32> {torchtpu.name = "features.7.block.2.fc2.weight"}, %arg80: tensor<120xf32> {torchtpu.name = "features.7.block.2.fc2.bias"}, %arg81: tensor<48x120x1x1xf32> {torchtpu.name = "features.7.block.3.0.weight"}, %arg82: tensor<48xf32> {torchtpu.name = "features.7.block.3.1.weight"}, %arg83: tensor<48xf32> {torchtpu.name = "features.7.block.3.1.bias"}, %arg84: tensor<144x48x1x1xf32> {torchtpu.name = "features.8.block.0.0.weight"}, %arg85: tensor<144xf32> {torchtpu.name = "features.8.block.0.1.weight"}, %arg86: tensor<144xf32> {torchtpu.name = "features.8.block.0.1.bias"}, %arg87: tensor<144x1x5x5xf32> {torchtpu.name = "features.8.block.1.0.weight"}, %arg88: tensor<144xf32> {torchtpu.name = "features.8.block.1.1.weight"}, %arg89: tensor<144xf32> {torchtpu.name = "features.8.block.1.1.bias"}, %arg90: tensor<40x144x1x1xf32> {torchtpu.name = "features.8.block.2.fc1.weight"}, %arg91: tensor<40xf32> {torchtpu.name = "features.8.block.2.fc1.bias"}, %arg92: tensor<144x40x1x1xf32> {torchtpu.name = "features.8.block.2.fc2.weight"}, %arg93: tensor<144xf32> {torchtpu.name = "features.8.block.2.fc2.bias"}, %arg94: tensor<48x144x1x1xf32> {torchtpu.name = "features.8.block.3.0.weight"}, %arg95: tensor<48xf32> {torchtpu.name = "features.8.block.3.1.weight"}, %arg96: tensor<48xf32> {torchtpu.name = "features.8.block.3.1.bias"}, %arg97: tensor<288x48x1x1xf32> {torchtpu.name = "features.9.block.0.0.weight"}, %arg98: tensor<288xf32> {torchtpu.name = "features.9.block.0.1.weight"}, %arg99: tensor<288xf32> {torchtpu.name = "features.9.block.0.1.bias"}, %arg100: tensor<288x1x5x5xf32> {torchtpu.name = "features.9.block.1.0.weight"}, %arg101: tensor<288xf32> {torchtpu.name = "features.9.block.1.1.weight"}, %arg102: tensor<288xf32> {torchtpu.name = "features.9.block.1.1.bias"}, %arg103: tensor<72x288x1x1xf32> {torchtpu.name = "features.9.block.2.fc1.weight"}, %arg104: tensor<72xf32> {torchtpu.name = "features.9.block.2.fc1.bias"}, %arg105: tensor<288x72x1x1xf32> {torchtpu.name = "features.9.block.2.fc2.weight"}, %arg106: tensor<288xf32> {torchtpu.name = "features.9.block.2.fc2.bias"}, %arg107: tensor<96x288x1x1xf32> {torchtpu.name = "features.9.block.3.0.weight"}, %arg108: tensor<96xf32> {torchtpu.name = "features.9.block.3.1.weight"}, %arg109: tensor<96xf32> {torchtpu.name = "features.9.block.3.1.bias"}, %arg110: tensor<576x96x1x1xf32> {torchtpu.name = "features.10.block.0.0.weight"}, %arg111: tensor<576xf32> {torchtpu.name = "features.10.block.0.1.weight"}, %arg112: tensor<576xf32> {torchtpu.name = "features.10.block.0.1.bias"}, %arg113: tensor<576x1x5x5xf32> {torchtpu.name = "features.10.block.1.0.weight"}, %arg114: tensor<576xf32> {torchtpu.name = "features.10.block.1.1.weight"}, %arg115: tensor<576xf32> {torchtpu.name = "features.10.block.1.1.bias"}, %arg116: tensor<144x576x1x1xf32> {torchtpu.name = "features.10.block.2.fc1.weight"}, %arg117: tensor<144xf32> {torchtpu.name = "features.10.block.2.fc1.bias"}, %arg118: tensor<576x144x1x1xf32> {torchtpu.name = "features.10.block.2.fc2.weight"}, %arg119: tensor<576xf32> {torchtpu.name = "features.10.block.2.fc2.bias"}, %arg120: tensor<96x576x1x1xf32> {torchtpu.name = "features.10.block.3.0.weight"}, %arg121: tensor<96xf32> {torchtpu.name = "features.10.block.3.1.weight"}, %arg122: tensor<96xf32> {torchtpu.name = "features.10.block.3.1.bias"}, %arg123: tensor<576x96x1x1xf32> {torchtpu.name = "features.11.block.0.0.weight"}, %arg124: tensor<576xf32> {torchtpu.name = "features.11.block.0.1.weight"}, %arg125: tensor<576xf32> {torchtpu.name = "features.11.block.0.1.bias"}, %arg126: tensor<576x1x5x5xf32> {torchtpu.name = "features.11.block.1.0.weight"}, %arg127: tensor<576xf32> {torchtpu.name = "features.11.block.1.1.weight"}, %arg128: tensor<576xf32> {torchtpu.name = "features.11.block.1.1.bias"}, %arg129: tensor<144x576x1x1xf32> {torchtpu.name = "features.11.block.2.fc1.weight"}, %arg130: tensor<144xf32> {torchtpu.name = "features.11.block.2.fc1.bias"}, %arg131: tensor<576x144x1x1xf32> {torchtpu.name = "features.11.block.2.fc2.weight"}, %arg132: tensor<576xf32> {torchtpu.name = "features.11.block.2.fc2.bias"}, %arg133: tensor<96x576x1x1xf32> {torchtpu.name = "features.11.block.3.0.weight"}, %arg134: tensor<96xf32> {torchtpu.name = "features.11.block.3.1.weight"}, %arg135: tensor<96xf32> {torchtpu.name = "features.11.block.3.1.bias"}, %arg136: tensor<576x96x1x1xf32> {torchtpu.name = "features.12.0.weight"}, %arg137: tensor<576xf32> {torchtpu.name = "features.12.1.weight"}, %arg138: tensor<576xf32> {torchtpu.name = "features.12.1.bias"}, %arg139: tensor<1024x576xf32> {torchtpu.name = "classifier.0.weight"}, %arg140: tensor<1024xf32> {torchtpu.name = "classifier.0.bias"}, %arg141: tensor<1000x1024xf32> {torchtpu.name = "classifier.3.weight"}, %arg142: tensor<1000xf32> {torchtpu.name = "classifier.3.bias"}, %arg143: tensor<16xf32> {torchtpu.name = "features.0.1.running_mean"}, %arg144: tensor<16xf32> {torchtpu.name = "features.0.1.running_var"}, %arg145: tensor<16xf32> {torchtpu.name = "features.1.block.0.1.running_mean"}, %arg146: tensor<16xf32> {torchtpu.name = "features.1.block.0.1.running_var"}, %arg147: tensor<16xf32> {torchtpu.name = "features.1.block.2.1.running_mean"}, %arg148: tensor<16xf32> {torchtpu.name = "features.1.block.2.1.running_var"}, %arg149: tensor<72xf32> {torchtpu.name = "features.2.block.0.1.running_mean"}, %arg150: tensor<72xf32> {torchtpu.name = "features.2.block.0.1.running_var"}, %arg151: tensor<72xf32> {torchtpu.name = "features.2.block.1.1.running_mean"}, %arg152: tensor<72xf32> {torchtpu.name = "features.2.block.1.1.running_var"}, %arg153: tensor<24xf32> {torchtpu.name = "features.2.block.2.1.running_mean"}, %arg154: tensor<24xf32> {torchtpu.name = "features.2.block.2.1.running_var"}, %arg155: tensor<88xf32> {torchtpu.name = "features.3.block.0.1.running_mean"}, %arg156: tensor<88xf32> {torchtpu.name = "features.3.block.0.1.running_var"}, %arg157: tensor<88xf32> {torchtpu.name = "features.3.block.1.1.running_mean"}, %arg158: tensor<88xf32> {torchtpu.name = "features.3.block.1.1.running_var"}, %arg159: tensor<24xf32> {torchtpu.name = "features.3.block.2.1.running_mean"}, %arg160: tensor<24xf32> {torchtpu.name = "features.3.block.2.1.running_var"}, %arg161: tensor<96xf32> {torchtpu.name = "features.4.block.0.1.running_mean"}, %arg162: tensor<96xf32> {torchtpu.name = "features.4.block.0.1.running_var"}, %arg163: tensor<96xf32> {torchtpu.name = "features.4.block.1.1.running_mean"}, %arg164: tensor<96xf32> {torchtpu.name = "features.4.block.1.1.running_var"}, %arg165: tensor<40xf32> {torchtpu.name = "features.4.block.3.1.running_mean"}, %arg166: tensor<40xf32> {torchtpu.name = "features.4.block.3.1.running_var"}, %arg167: tensor<240xf32> {torchtpu.name = "features.5.block.0.1.running_mean"}, %arg168: tensor<240xf32> {torchtpu.name = "features.5.block.0.1.running_var"}, %arg169: tensor<240xf32> {torchtpu.name = "features.5.block.1.1.running_mean"}, %arg170: tensor<240xf32> {torchtpu.name = "features.5.block.1.1.running_var"}, %arg171: tensor<40xf32> {torchtpu.name = "features.5.block.3.1.running_mean"}, %arg172: tensor<40xf32> {torchtpu.name = "features.5.block.3.1.running_var"}, %arg173: tensor<240xf32> {torchtpu.name = "features.6.block.0.1.running_mean"}, %arg174: tensor<240xf32> {torchtpu.name = "features.6.block.0.1.running_var"}, %arg175: tensor<240xf32> {torchtpu.name = "features.6.block.1.1.running_mean"}, %arg176: tensor<240xf32> {torchtpu.name = "features.6.block.1.1.running_var"}, %arg177: tensor<40xf32> {torchtpu.name = "features.6.block.3.1.running_mean"}, %arg178: tensor<40xf32> {torchtpu.name = "features.6.block.3.1.running_var"}, %arg179: tensor<120xf32> {torchtpu.name = "features.7.block.0.1.running_mean"}, %arg180: tensor<120xf32> {torchtpu.name = "features.7.block.0.1.running_var"}, %arg181: tensor<120xf32> {torchtpu.name = "features.7.block.1.1.running_mean"}, %arg182: tensor<120xf32> {torchtpu.name = "features.7.block.1.1.running_var"}, %arg183: tensor<48xf32> {torchtpu.name = "features.7.block.3.1.running_mean"}, %arg184: tensor<48xf32> {torchtpu.name = "features.7.block.3.1.running_var"}, %arg185: tensor<144xf32> {torchtpu.name = "features.8.block.0.1.running_mean"}, %arg186: tensor<144xf32> {torchtpu.name = "features.8.block.0.1.running_var"}, %arg187: tensor<144xf32> {torchtpu.name = "features.8.block.1.1.running_mean"}, %arg188: tensor<144xf32> {torchtpu.name = "features.8.block.1.1.running_var"}, %arg189: tensor<48xf32> {torchtpu.name = "features.8.block.3.1.running_mean"}, %arg190: tensor<48xf32> {torchtpu.name = "features.8.block.3.1.running_var"}, %arg191: tensor<288xf32> {torchtpu.name = "features.9.block.0.1.running_mean"}, %arg192: tensor<288xf32> {torchtpu.name = "features.9.block.0.1.running_var"}, %arg193: tensor<288xf32> {torchtpu.name = "features.9.block.1.1.running_mean"}, %arg194: tensor<288xf32> {torchtpu.name = "features.9.block.1.1.running_var"}, %arg195: tensor<96xf32> {torchtpu.name = "features.9.block.3.1.running_mean"}, %arg196: tensor<96xf32> {torchtpu.name = "features.9.block.3.1.running_var"}, %arg197: tensor<576xf32> {torchtpu.name = "features.10.block.0.1.running_mean"}, %arg198: tensor<576xf32> {torchtpu.name = "features.10.block.0.1.running_var"}, %arg199: tensor<576xf32> {torchtpu.name = "features.10.block.1.1.running_mean"}, %arg200: tensor<576xf32> {torchtpu.name = "features.10.block.1.1.running_var"}, %arg201: tensor<96xf32> {torchtpu.name = "features.10.block.3.1.running_mean"}, %arg202: tensor<96xf32> {torchtpu.name = "features.10.block.3.1.running_var"}, %arg203: tensor<576xf32> {torchtpu.name = "features.11.block.0.1.running_mean"}, %arg204: tensor<576xf32> {torchtpu.name = "features.11.block.0.1.running_var"}, %arg205: tensor<576xf32> {torchtpu.name = "features.11.block.1.1.running_mean"}, %arg206: tensor<576xf32> {torchtpu.name = "features.11.block.1.1.running_var"}, %arg207: tensor<96xf32> {torchtpu.name = "features.11.block.3.1.running_mean"}, %arg208: tensor<96xf32> {torchtpu.name = "features.11.block.3.1.running_var"}, %arg209: tensor<576xf32> {torchtpu.name = "features.12.1.running_mean"}, %arg210: tensor<576xf32> {torchtpu.name = "features.12.1.running_var"}, %arg211: tensor<1x3x224x224xf32> {torchtpu.name = "x"}) -> (tensor<1x1000xf32> {torchtpu.name = "output"}) {
    %cst = stablehlo.constant dense<4.900000e+01> : tensor<f32>
    %cst_0 = stablehlo.constant dense<1.960000e+02> : tensor<f32>
    %cst_1 = stablehlo.constant dense<3.136000e+03> : tensor<f32>
    %cst_2 = stablehlo.constant dense<6.000000e+00> : tensor<f32>
    %cst_3 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %cst_4 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %cst_5 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %c = stablehlo.constant dense<1> : tensor<i32>
    %c_6 = stablehlo.constant dense<0> : tensor<i32>
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
    %20 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %21 = "stablehlo.case"(%20) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %22 = "stablehlo.case"(%21) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %23 = "stablehlo.case"(%22) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %24 = "stablehlo.case"(%23) ({
      %820 = stablehlo.pad %19, %cst_3, low = [0, 0, 1, 1], high = [0, 0, 1, 1], interior = [0, 0, 0, 0] : (tensor<1x16x112x112xf32>, tensor<f32>) -> tensor<1x16x114x114xf32>
      %821 = stablehlo.slice %820 [0:1, 0:16, 0:111:2, 0:111:2] : (tensor<1x16x114x114xf32>) -> tensor<1x16x56x56xf32>
      %822 = stablehlo.slice %arg4 [0:16, 0:1, 0:1, 0:1] : (tensor<16x1x3x3xf32>) -> tensor<16x1x1x1xf32>
      %823 = stablehlo.reshape %822 : (tensor<16x1x1x1xf32>) -> tensor<16xf32>
      %824 = stablehlo.broadcast_in_dim %823, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
      %825 = stablehlo.multiply %821, %824 : tensor<1x16x56x56xf32>
      %826 = stablehlo.slice %820 [0:1, 0:16, 0:111:2, 1:112:2] : (tensor<1x16x114x114xf32>) -> tensor<1x16x56x56xf32>
      %827 = stablehlo.slice %arg4 [0:16, 0:1, 0:1, 1:2] : (tensor<16x1x3x3xf32>) -> tensor<16x1x1x1xf32>
      %828 = stablehlo.reshape %827 : (tensor<16x1x1x1xf32>) -> tensor<16xf32>
      %829 = stablehlo.broadcast_in_dim %828, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
      %830 = stablehlo.multiply %826, %829 : tensor<1x16x56x56xf32>
      %831 = stablehlo.add %825, %830 : tensor<1x16x56x56xf32>
      %832 = stablehlo.slice %820 [0:1, 0:16, 0:111:2, 2:113:2] : (tensor<1x16x114x114xf32>) -> tensor<1x16x56x56xf32>
      %833 = stablehlo.slice %arg4 [0:16, 0:1, 0:1, 2:3] : (tensor<16x1x3x3xf32>) -> tensor<16x1x1x1xf32>
      %834 = stablehlo.reshape %833 : (tensor<16x1x1x1xf32>) -> tensor<16xf32>
      %835 = stablehlo.broadcast_in_dim %834, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
      %836 = stablehlo.multiply %832, %835 : tensor<1x16x56x56xf32>
      %837 = stablehlo.add %831, %836 : tensor<1x16x56x56xf32>
      %838 = stablehlo.slice %820 [0:1, 0:16, 1:112:2, 0:111:2] : (tensor<1x16x114x114xf32>) -> tensor<1x16x56x56xf32>
      %839 = stablehlo.slice %arg4 [0:16, 0:1, 1:2, 0:1] : (tensor<16x1x3x3xf32>) -> tensor<16x1x1x1xf32>
      %840 = stablehlo.reshape %839 : (tensor<16x1x1x1xf32>) -> tensor<16xf32>
      %841 = stablehlo.broadcast_in_dim %840, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
      %842 = stablehlo.multiply %838, %841 : tensor<1x16x56x56xf32>
      %843 = stablehlo.add %837, %842 : tensor<1x16x56x56xf32>
      %844 = stablehlo.slice %820 [0:1, 0:16, 1:112:2, 1:112:2] : (tensor<1x16x114x114xf32>) -> tensor<1x16x56x56xf32>
      %845 = stablehlo.slice %arg4 [0:16, 0:1, 1:2, 1:2] : (tensor<16x1x3x3xf32>) -> tensor<16x1x1x1xf32>
      %846 = stablehlo.reshape %845 : (tensor<16x1x1x1xf32>) -> tensor<16xf32>
      %847 = stablehlo.broadcast_in_dim %846, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
      %848 = stablehlo.multiply %844, %847 : tensor<1x16x56x56xf32>
      %849 = stablehlo.add %843, %848 : tensor<1x16x56x56xf32>
      %850 = stablehlo.slice %820 [0:1, 0:16, 1:112:2, 2:113:2] : (tensor<1x16x114x114xf32>) -> tensor<1x16x56x56xf32>
      %851 = stablehlo.slice %arg4 [0:16, 0:1, 1:2, 2:3] : (tensor<16x1x3x3xf32>) -> tensor<16x1x1x1xf32>
      %852 = stablehlo.reshape %851 : (tensor<16x1x1x1xf32>) -> tensor<16xf32>
      %853 = stablehlo.broadcast_in_dim %852, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
      %854 = stablehlo.multiply %850, %853 : tensor<1x16x56x56xf32>
      %855 = stablehlo.add %849, %854 : tensor<1x16x56x56xf32>
      %856 = stablehlo.slice %820 [0:1, 0:16, 2:113:2, 0:111:2] : (tensor<1x16x114x114xf32>) -> tensor<1x16x56x56xf32>
      %857 = stablehlo.slice %arg4 [0:16, 0:1, 2:3, 0:1] : (tensor<16x1x3x3xf32>) -> tensor<16x1x1x1xf32>
      %858 = stablehlo.reshape %857 : (tensor<16x1x1x1xf32>) -> tensor<16xf32>
      %859 = stablehlo.broadcast_in_dim %858, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
      %860 = stablehlo.multiply %856, %859 : tensor<1x16x56x56xf32>
      %861 = stablehlo.add %855, %860 : tensor<1x16x56x56xf32>
      %862 = stablehlo.slice %820 [0:1, 0:16, 2:113:2, 1:112:2] : (tensor<1x16x114x114xf32>) -> tensor<1x16x56x56xf32>
      %863 = stablehlo.slice %arg4 [0:16, 0:1, 2:3, 1:2] : (tensor<16x1x3x3xf32>) -> tensor<16x1x1x1xf32>
      %864 = stablehlo.reshape %863 : (tensor<16x1x1x1xf32>) -> tensor<16xf32>
      %865 = stablehlo.broadcast_in_dim %864, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
      %866 = stablehlo.multiply %862, %865 : tensor<1x16x56x56xf32>
      %867 = stablehlo.add %861, %866 : tensor<1x16x56x56xf32>
      %868 = stablehlo.slice %820 [0:1, 0:16, 2:113:2, 2:113:2] : (tensor<1x16x114x114xf32>) -> tensor<1x16x56x56xf32>
      %869 = stablehlo.slice %arg4 [0:16, 0:1, 2:3, 2:3] : (tensor<16x1x3x3xf32>) -> tensor<16x1x1x1xf32>
      %870 = stablehlo.reshape %869 : (tensor<16x1x1x1xf32>) -> tensor<16xf32>
      %871 = stablehlo.broadcast_in_dim %870, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
      %872 = stablehlo.multiply %868, %871 : tensor<1x16x56x56xf32>
      %873 = stablehlo.add %867, %872 : tensor<1x16x56x56xf32>
      stablehlo.return %873 : tensor<1x16x56x56xf32>
    }, {
      %820 = stablehlo.convolution(%19, %arg4) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 16 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x112x112xf32>, tensor<16x1x3x3xf32>) -> tensor<1x16x56x56xf32>
      stablehlo.return %820 : tensor<1x16x56x56xf32>
    }) : (tensor<i32>) -> tensor<1x16x56x56xf32>
    %25 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %26 = stablehlo.add %arg146, %25 : tensor<16xf32>
    %27 = stablehlo.rsqrt %26 : tensor<16xf32>
    %28 = stablehlo.multiply %27, %arg5 : tensor<16xf32>
    %29 = stablehlo.negate %arg145 : tensor<16xf32>
    %30 = stablehlo.multiply %29, %28 : tensor<16xf32>
    %31 = stablehlo.add %30, %arg6 : tensor<16xf32>
    %32 = stablehlo.broadcast_in_dim %28, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
    %33 = stablehlo.multiply %24, %32 : tensor<1x16x56x56xf32>
    %34 = stablehlo.broadcast_in_dim %31, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
    %35 = stablehlo.add %33, %34 : tensor<1x16x56x56xf32>
    %36 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16x56x56xf32>
    %37 = stablehlo.maximum %35, %36 : tensor<1x16x56x56xf32>
    %38 = stablehlo.reduce(%37 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x16x56x56xf32>, tensor<f32>) -> tensor<1x16xf32>
    %39 = stablehlo.broadcast_in_dim %38, dims = [0, 1] : (tensor<1x16xf32>) -> tensor<1x16x1x1xf32>
    %40 = stablehlo.broadcast_in_dim %cst_1, dims = [] : (tensor<f32>) -> tensor<1x16x1x1xf32>
    %41 = stablehlo.divide %39, %40 : tensor<1x16x1x1xf32>
    %42 = stablehlo.convolution(%41, %arg7) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x1x1xf32>, tensor<8x16x1x1xf32>) -> tensor<1x8x1x1xf32>
    %43 = stablehlo.broadcast_in_dim %arg8, dims = [1] : (tensor<8xf32>) -> tensor<1x8x1x1xf32>
    %44 = stablehlo.add %42, %43 : tensor<1x8x1x1xf32>
    %45 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x8x1x1xf32>
    %46 = stablehlo.maximum %44, %45 : tensor<1x8x1x1xf32>
    %47 = stablehlo.convolution(%46, %arg9) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x8x1x1xf32>, tensor<16x8x1x1xf32>) -> tensor<1x16x1x1xf32>
    %48 = stablehlo.broadcast_in_dim %arg10, dims = [1] : (tensor<16xf32>) -> tensor<1x16x1x1xf32>
    %49 = stablehlo.add %47, %48 : tensor<1x16x1x1xf32>
    %50 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x16x1x1xf32>
    %51 = stablehlo.add %49, %50 : tensor<1x16x1x1xf32>
    %52 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x16x1x1xf32>
    %53 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x16x1x1xf32>
    %54 = stablehlo.clamp %52, %51, %53 : tensor<1x16x1x1xf32>
    %55 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x16x1x1xf32>
    %56 = stablehlo.divide %54, %55 : tensor<1x16x1x1xf32>
    %57 = stablehlo.broadcast_in_dim %56, dims = [0, 1, 2, 3] : (tensor<1x16x1x1xf32>) -> tensor<1x16x56x56xf32>
    %58 = stablehlo.multiply %57, %37 : tensor<1x16x56x56xf32>
    %59 = stablehlo.convolution(%58, %arg11) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x56x56xf32>, tensor<16x16x1x1xf32>) -> tensor<1x16x56x56xf32>
    %60 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %61 = stablehlo.add %arg148, %60 : tensor<16xf32>
    %62 = stablehlo.rsqrt %61 : tensor<16xf32>
    %63 = stablehlo.multiply %62, %arg12 : tensor<16xf32>
    %64 = stablehlo.negate %arg147 : tensor<16xf32>
    %65 = stablehlo.multiply %64, %63 : tensor<16xf32>
    %66 = stablehlo.add %65, %arg13 : tensor<16xf32>
    %67 = stablehlo.broadcast_in_dim %63, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
    %68 = stablehlo.multiply %59, %67 : tensor<1x16x56x56xf32>
    %69 = stablehlo.broadcast_in_dim %66, dims = [1] : (tensor<16xf32>) -> tensor<1x16x56x56xf32>
    %70 = stablehlo.add %68, %69 : tensor<1x16x56x56xf32>
    %71 = stablehlo.convolution(%70, %arg14) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x16x56x56xf32>, tensor<72x16x1x1xf32>) -> tensor<1x72x56x56xf32>
    %72 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<72xf32>
    %73 = stablehlo.add %arg150, %72 : tensor<72xf32>
    %74 = stablehlo.rsqrt %73 : tensor<72xf32>
    %75 = stablehlo.multiply %74, %arg15 : tensor<72xf32>
    %76 = stablehlo.negate %arg149 : tensor<72xf32>
    %77 = stablehlo.multiply %76, %75 : tensor<72xf32>
    %78 = stablehlo.add %77, %arg16 : tensor<72xf32>
    %79 = stablehlo.broadcast_in_dim %75, dims = [1] : (tensor<72xf32>) -> tensor<1x72x56x56xf32>
    %80 = stablehlo.multiply %71, %79 : tensor<1x72x56x56xf32>
    %81 = stablehlo.broadcast_in_dim %78, dims = [1] : (tensor<72xf32>) -> tensor<1x72x56x56xf32>
    %82 = stablehlo.add %80, %81 : tensor<1x72x56x56xf32>
    %83 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x72x56x56xf32>
    %84 = stablehlo.maximum %82, %83 : tensor<1x72x56x56xf32>
    %85 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %86 = "stablehlo.case"(%85) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %87 = "stablehlo.case"(%86) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %88 = "stablehlo.case"(%87) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %89 = "stablehlo.case"(%88) ({
      %820 = stablehlo.pad %84, %cst_3, low = [0, 0, 1, 1], high = [0, 0, 1, 1], interior = [0, 0, 0, 0] : (tensor<1x72x56x56xf32>, tensor<f32>) -> tensor<1x72x58x58xf32>
      %821 = stablehlo.slice %820 [0:1, 0:72, 0:55:2, 0:55:2] : (tensor<1x72x58x58xf32>) -> tensor<1x72x28x28xf32>
      %822 = stablehlo.slice %arg17 [0:72, 0:1, 0:1, 0:1] : (tensor<72x1x3x3xf32>) -> tensor<72x1x1x1xf32>
      %823 = stablehlo.reshape %822 : (tensor<72x1x1x1xf32>) -> tensor<72xf32>
      %824 = stablehlo.broadcast_in_dim %823, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
      %825 = stablehlo.multiply %821, %824 : tensor<1x72x28x28xf32>
      %826 = stablehlo.slice %820 [0:1, 0:72, 0:55:2, 1:56:2] : (tensor<1x72x58x58xf32>) -> tensor<1x72x28x28xf32>
      %827 = stablehlo.slice %arg17 [0:72, 0:1, 0:1, 1:2] : (tensor<72x1x3x3xf32>) -> tensor<72x1x1x1xf32>
      %828 = stablehlo.reshape %827 : (tensor<72x1x1x1xf32>) -> tensor<72xf32>
      %829 = stablehlo.broadcast_in_dim %828, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
      %830 = stablehlo.multiply %826, %829 : tensor<1x72x28x28xf32>
      %831 = stablehlo.add %825, %830 : tensor<1x72x28x28xf32>
      %832 = stablehlo.slice %820 [0:1, 0:72, 0:55:2, 2:57:2] : (tensor<1x72x58x58xf32>) -> tensor<1x72x28x28xf32>
      %833 = stablehlo.slice %arg17 [0:72, 0:1, 0:1, 2:3] : (tensor<72x1x3x3xf32>) -> tensor<72x1x1x1xf32>
      %834 = stablehlo.reshape %833 : (tensor<72x1x1x1xf32>) -> tensor<72xf32>
      %835 = stablehlo.broadcast_in_dim %834, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
      %836 = stablehlo.multiply %832, %835 : tensor<1x72x28x28xf32>
      %837 = stablehlo.add %831, %836 : tensor<1x72x28x28xf32>
      %838 = stablehlo.slice %820 [0:1, 0:72, 1:56:2, 0:55:2] : (tensor<1x72x58x58xf32>) -> tensor<1x72x28x28xf32>
      %839 = stablehlo.slice %arg17 [0:72, 0:1, 1:2, 0:1] : (tensor<72x1x3x3xf32>) -> tensor<72x1x1x1xf32>
      %840 = stablehlo.reshape %839 : (tensor<72x1x1x1xf32>) -> tensor<72xf32>
      %841 = stablehlo.broadcast_in_dim %840, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
      %842 = stablehlo.multiply %838, %841 : tensor<1x72x28x28xf32>
      %843 = stablehlo.add %837, %842 : tensor<1x72x28x28xf32>
      %844 = stablehlo.slice %820 [0:1, 0:72, 1:56:2, 1:56:2] : (tensor<1x72x58x58xf32>) -> tensor<1x72x28x28xf32>
      %845 = stablehlo.slice %arg17 [0:72, 0:1, 1:2, 1:2] : (tensor<72x1x3x3xf32>) -> tensor<72x1x1x1xf32>
      %846 = stablehlo.reshape %845 : (tensor<72x1x1x1xf32>) -> tensor<72xf32>
      %847 = stablehlo.broadcast_in_dim %846, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
      %848 = stablehlo.multiply %844, %847 : tensor<1x72x28x28xf32>
      %849 = stablehlo.add %843, %848 : tensor<1x72x28x28xf32>
      %850 = stablehlo.slice %820 [0:1, 0:72, 1:56:2, 2:57:2] : (tensor<1x72x58x58xf32>) -> tensor<1x72x28x28xf32>
      %851 = stablehlo.slice %arg17 [0:72, 0:1, 1:2, 2:3] : (tensor<72x1x3x3xf32>) -> tensor<72x1x1x1xf32>
      %852 = stablehlo.reshape %851 : (tensor<72x1x1x1xf32>) -> tensor<72xf32>
      %853 = stablehlo.broadcast_in_dim %852, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
      %854 = stablehlo.multiply %850, %853 : tensor<1x72x28x28xf32>
      %855 = stablehlo.add %849, %854 : tensor<1x72x28x28xf32>
      %856 = stablehlo.slice %820 [0:1, 0:72, 2:57:2, 0:55:2] : (tensor<1x72x58x58xf32>) -> tensor<1x72x28x28xf32>
      %857 = stablehlo.slice %arg17 [0:72, 0:1, 2:3, 0:1] : (tensor<72x1x3x3xf32>) -> tensor<72x1x1x1xf32>
      %858 = stablehlo.reshape %857 : (tensor<72x1x1x1xf32>) -> tensor<72xf32>
      %859 = stablehlo.broadcast_in_dim %858, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
      %860 = stablehlo.multiply %856, %859 : tensor<1x72x28x28xf32>
      %861 = stablehlo.add %855, %860 : tensor<1x72x28x28xf32>
      %862 = stablehlo.slice %820 [0:1, 0:72, 2:57:2, 1:56:2] : (tensor<1x72x58x58xf32>) -> tensor<1x72x28x28xf32>
      %863 = stablehlo.slice %arg17 [0:72, 0:1, 2:3, 1:2] : (tensor<72x1x3x3xf32>) -> tensor<72x1x1x1xf32>
      %864 = stablehlo.reshape %863 : (tensor<72x1x1x1xf32>) -> tensor<72xf32>
      %865 = stablehlo.broadcast_in_dim %864, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
      %866 = stablehlo.multiply %862, %865 : tensor<1x72x28x28xf32>
      %867 = stablehlo.add %861, %866 : tensor<1x72x28x28xf32>
      %868 = stablehlo.slice %820 [0:1, 0:72, 2:57:2, 2:57:2] : (tensor<1x72x58x58xf32>) -> tensor<1x72x28x28xf32>
      %869 = stablehlo.slice %arg17 [0:72, 0:1, 2:3, 2:3] : (tensor<72x1x3x3xf32>) -> tensor<72x1x1x1xf32>
      %870 = stablehlo.reshape %869 : (tensor<72x1x1x1xf32>) -> tensor<72xf32>
      %871 = stablehlo.broadcast_in_dim %870, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
      %872 = stablehlo.multiply %868, %871 : tensor<1x72x28x28xf32>
      %873 = stablehlo.add %867, %872 : tensor<1x72x28x28xf32>
      stablehlo.return %873 : tensor<1x72x28x28xf32>
    }, {
      %820 = stablehlo.convolution(%84, %arg17) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 72 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x72x56x56xf32>, tensor<72x1x3x3xf32>) -> tensor<1x72x28x28xf32>
      stablehlo.return %820 : tensor<1x72x28x28xf32>
    }) : (tensor<i32>) -> tensor<1x72x28x28xf32>
    %90 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<72xf32>
    %91 = stablehlo.add %arg152, %90 : tensor<72xf32>
    %92 = stablehlo.rsqrt %91 : tensor<72xf32>
    %93 = stablehlo.multiply %92, %arg18 : tensor<72xf32>
    %94 = stablehlo.negate %arg151 : tensor<72xf32>
    %95 = stablehlo.multiply %94, %93 : tensor<72xf32>
    %96 = stablehlo.add %95, %arg19 : tensor<72xf32>
    %97 = stablehlo.broadcast_in_dim %93, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
    %98 = stablehlo.multiply %89, %97 : tensor<1x72x28x28xf32>
    %99 = stablehlo.broadcast_in_dim %96, dims = [1] : (tensor<72xf32>) -> tensor<1x72x28x28xf32>
    %100 = stablehlo.add %98, %99 : tensor<1x72x28x28xf32>
    %101 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x72x28x28xf32>
    %102 = stablehlo.maximum %100, %101 : tensor<1x72x28x28xf32>
    %103 = stablehlo.convolution(%102, %arg20) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x72x28x28xf32>, tensor<24x72x1x1xf32>) -> tensor<1x24x28x28xf32>
    %104 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<24xf32>
    %105 = stablehlo.add %arg154, %104 : tensor<24xf32>
    %106 = stablehlo.rsqrt %105 : tensor<24xf32>
    %107 = stablehlo.multiply %106, %arg21 : tensor<24xf32>
    %108 = stablehlo.negate %arg153 : tensor<24xf32>
    %109 = stablehlo.multiply %108, %107 : tensor<24xf32>
    %110 = stablehlo.add %109, %arg22 : tensor<24xf32>
    %111 = stablehlo.broadcast_in_dim %107, dims = [1] : (tensor<24xf32>) -> tensor<1x24x28x28xf32>
    %112 = stablehlo.multiply %103, %111 : tensor<1x24x28x28xf32>
    %113 = stablehlo.broadcast_in_dim %110, dims = [1] : (tensor<24xf32>) -> tensor<1x24x28x28xf32>
    %114 = stablehlo.add %112, %113 : tensor<1x24x28x28xf32>
    %115 = stablehlo.convolution(%114, %arg23) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x24x28x28xf32>, tensor<88x24x1x1xf32>) -> tensor<1x88x28x28xf32>
    %116 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<88xf32>
    %117 = stablehlo.add %arg156, %116 : tensor<88xf32>
    %118 = stablehlo.rsqrt %117 : tensor<88xf32>
    %119 = stablehlo.multiply %118, %arg24 : tensor<88xf32>
    %120 = stablehlo.negate %arg155 : tensor<88xf32>
    %121 = stablehlo.multiply %120, %119 : tensor<88xf32>
    %122 = stablehlo.add %121, %arg25 : tensor<88xf32>
    %123 = stablehlo.broadcast_in_dim %119, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
    %124 = stablehlo.multiply %115, %123 : tensor<1x88x28x28xf32>
    %125 = stablehlo.broadcast_in_dim %122, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
    %126 = stablehlo.add %124, %125 : tensor<1x88x28x28xf32>
    %127 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x88x28x28xf32>
    %128 = stablehlo.maximum %126, %127 : tensor<1x88x28x28xf32>
    %129 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %130 = "stablehlo.case"(%129) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %131 = "stablehlo.case"(%130) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %132 = "stablehlo.case"(%131) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %133 = "stablehlo.case"(%132) ({
      %820 = stablehlo.pad %128, %cst_3, low = [0, 0, 1, 1], high = [0, 0, 1, 1], interior = [0, 0, 0, 0] : (tensor<1x88x28x28xf32>, tensor<f32>) -> tensor<1x88x30x30xf32>
      %821 = stablehlo.slice %820 [0:1, 0:88, 0:28, 0:28] : (tensor<1x88x30x30xf32>) -> tensor<1x88x28x28xf32>
      %822 = stablehlo.slice %arg26 [0:88, 0:1, 0:1, 0:1] : (tensor<88x1x3x3xf32>) -> tensor<88x1x1x1xf32>
      %823 = stablehlo.reshape %822 : (tensor<88x1x1x1xf32>) -> tensor<88xf32>
      %824 = stablehlo.broadcast_in_dim %823, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
      %825 = stablehlo.multiply %821, %824 : tensor<1x88x28x28xf32>
      %826 = stablehlo.slice %820 [0:1, 0:88, 0:28, 1:29] : (tensor<1x88x30x30xf32>) -> tensor<1x88x28x28xf32>
      %827 = stablehlo.slice %arg26 [0:88, 0:1, 0:1, 1:2] : (tensor<88x1x3x3xf32>) -> tensor<88x1x1x1xf32>
      %828 = stablehlo.reshape %827 : (tensor<88x1x1x1xf32>) -> tensor<88xf32>
      %829 = stablehlo.broadcast_in_dim %828, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
      %830 = stablehlo.multiply %826, %829 : tensor<1x88x28x28xf32>
      %831 = stablehlo.add %825, %830 : tensor<1x88x28x28xf32>
      %832 = stablehlo.slice %820 [0:1, 0:88, 0:28, 2:30] : (tensor<1x88x30x30xf32>) -> tensor<1x88x28x28xf32>
      %833 = stablehlo.slice %arg26 [0:88, 0:1, 0:1, 2:3] : (tensor<88x1x3x3xf32>) -> tensor<88x1x1x1xf32>
      %834 = stablehlo.reshape %833 : (tensor<88x1x1x1xf32>) -> tensor<88xf32>
      %835 = stablehlo.broadcast_in_dim %834, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
      %836 = stablehlo.multiply %832, %835 : tensor<1x88x28x28xf32>
      %837 = stablehlo.add %831, %836 : tensor<1x88x28x28xf32>
      %838 = stablehlo.slice %820 [0:1, 0:88, 1:29, 0:28] : (tensor<1x88x30x30xf32>) -> tensor<1x88x28x28xf32>
      %839 = stablehlo.slice %arg26 [0:88, 0:1, 1:2, 0:1] : (tensor<88x1x3x3xf32>) -> tensor<88x1x1x1xf32>
      %840 = stablehlo.reshape %839 : (tensor<88x1x1x1xf32>) -> tensor<88xf32>
      %841 = stablehlo.broadcast_in_dim %840, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
      %842 = stablehlo.multiply %838, %841 : tensor<1x88x28x28xf32>
      %843 = stablehlo.add %837, %842 : tensor<1x88x28x28xf32>
      %844 = stablehlo.slice %820 [0:1, 0:88, 1:29, 1:29] : (tensor<1x88x30x30xf32>) -> tensor<1x88x28x28xf32>
      %845 = stablehlo.slice %arg26 [0:88, 0:1, 1:2, 1:2] : (tensor<88x1x3x3xf32>) -> tensor<88x1x1x1xf32>
      %846 = stablehlo.reshape %845 : (tensor<88x1x1x1xf32>) -> tensor<88xf32>
      %847 = stablehlo.broadcast_in_dim %846, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
      %848 = stablehlo.multiply %844, %847 : tensor<1x88x28x28xf32>
      %849 = stablehlo.add %843, %848 : tensor<1x88x28x28xf32>
      %850 = stablehlo.slice %820 [0:1, 0:88, 1:29, 2:30] : (tensor<1x88x30x30xf32>) -> tensor<1x88x28x28xf32>
      %851 = stablehlo.slice %arg26 [0:88, 0:1, 1:2, 2:3] : (tensor<88x1x3x3xf32>) -> tensor<88x1x1x1xf32>
      %852 = stablehlo.reshape %851 : (tensor<88x1x1x1xf32>) -> tensor<88xf32>
      %853 = stablehlo.broadcast_in_dim %852, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
      %854 = stablehlo.multiply %850, %853 : tensor<1x88x28x28xf32>
      %855 = stablehlo.add %849, %854 : tensor<1x88x28x28xf32>
      %856 = stablehlo.slice %820 [0:1, 0:88, 2:30, 0:28] : (tensor<1x88x30x30xf32>) -> tensor<1x88x28x28xf32>
      %857 = stablehlo.slice %arg26 [0:88, 0:1, 2:3, 0:1] : (tensor<88x1x3x3xf32>) -> tensor<88x1x1x1xf32>
      %858 = stablehlo.reshape %857 : (tensor<88x1x1x1xf32>) -> tensor<88xf32>
      %859 = stablehlo.broadcast_in_dim %858, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
      %860 = stablehlo.multiply %856, %859 : tensor<1x88x28x28xf32>
      %861 = stablehlo.add %855, %860 : tensor<1x88x28x28xf32>
      %862 = stablehlo.slice %820 [0:1, 0:88, 2:30, 1:29] : (tensor<1x88x30x30xf32>) -> tensor<1x88x28x28xf32>
      %863 = stablehlo.slice %arg26 [0:88, 0:1, 2:3, 1:2] : (tensor<88x1x3x3xf32>) -> tensor<88x1x1x1xf32>
      %864 = stablehlo.reshape %863 : (tensor<88x1x1x1xf32>) -> tensor<88xf32>
      %865 = stablehlo.broadcast_in_dim %864, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
      %866 = stablehlo.multiply %862, %865 : tensor<1x88x28x28xf32>
      %867 = stablehlo.add %861, %866 : tensor<1x88x28x28xf32>
      %868 = stablehlo.slice %820 [0:1, 0:88, 2:30, 2:30] : (tensor<1x88x30x30xf32>) -> tensor<1x88x28x28xf32>
      %869 = stablehlo.slice %arg26 [0:88, 0:1, 2:3, 2:3] : (tensor<88x1x3x3xf32>) -> tensor<88x1x1x1xf32>
      %870 = stablehlo.reshape %869 : (tensor<88x1x1x1xf32>) -> tensor<88xf32>
      %871 = stablehlo.broadcast_in_dim %870, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
      %872 = stablehlo.multiply %868, %871 : tensor<1x88x28x28xf32>
      %873 = stablehlo.add %867, %872 : tensor<1x88x28x28xf32>
      stablehlo.return %873 : tensor<1x88x28x28xf32>
    }, {
      %820 = stablehlo.convolution(%128, %arg26) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[1, 1], [1, 1]]} {batch_group_count = 1 : i64, feature_group_count = 88 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x88x28x28xf32>, tensor<88x1x3x3xf32>) -> tensor<1x88x28x28xf32>
      stablehlo.return %820 : tensor<1x88x28x28xf32>
    }) : (tensor<i32>) -> tensor<1x88x28x28xf32>
    %134 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<88xf32>
    %135 = stablehlo.add %arg158, %134 : tensor<88xf32>
    %136 = stablehlo.rsqrt %135 : tensor<88xf32>
    %137 = stablehlo.multiply %136, %arg27 : tensor<88xf32>
    %138 = stablehlo.negate %arg157 : tensor<88xf32>
    %139 = stablehlo.multiply %138, %137 : tensor<88xf32>
    %140 = stablehlo.add %139, %arg28 : tensor<88xf32>
    %141 = stablehlo.broadcast_in_dim %137, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
    %142 = stablehlo.multiply %133, %141 : tensor<1x88x28x28xf32>
    %143 = stablehlo.broadcast_in_dim %140, dims = [1] : (tensor<88xf32>) -> tensor<1x88x28x28xf32>
    %144 = stablehlo.add %142, %143 : tensor<1x88x28x28xf32>
    %145 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x88x28x28xf32>
    %146 = stablehlo.maximum %144, %145 : tensor<1x88x28x28xf32>
    %147 = stablehlo.convolution(%146, %arg29) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x88x28x28xf32>, tensor<24x88x1x1xf32>) -> tensor<1x24x28x28xf32>
    %148 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<24xf32>
    %149 = stablehlo.add %arg160, %148 : tensor<24xf32>
    %150 = stablehlo.rsqrt %149 : tensor<24xf32>
    %151 = stablehlo.multiply %150, %arg30 : tensor<24xf32>
    %152 = stablehlo.negate %arg159 : tensor<24xf32>
    %153 = stablehlo.multiply %152, %151 : tensor<24xf32>
    %154 = stablehlo.add %153, %arg31 : tensor<24xf32>
    %155 = stablehlo.broadcast_in_dim %151, dims = [1] : (tensor<24xf32>) -> tensor<1x24x28x28xf32>
    %156 = stablehlo.multiply %147, %155 : tensor<1x24x28x28xf32>
    %157 = stablehlo.broadcast_in_dim %154, dims = [1] : (tensor<24xf32>) -> tensor<1x24x28x28xf32>
    %158 = stablehlo.add %156, %157 : tensor<1x24x28x28xf32>
    %159 = stablehlo.add %158, %114 : tensor<1x24x28x28xf32>
    %160 = stablehlo.convolution(%159, %arg32) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x24x28x28xf32>, tensor<96x24x1x1xf32>) -> tensor<1x96x28x28xf32>
    %161 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<96xf32>
    %162 = stablehlo.add %arg162, %161 : tensor<96xf32>
    %163 = stablehlo.rsqrt %162 : tensor<96xf32>
    %164 = stablehlo.multiply %163, %arg33 : tensor<96xf32>
    %165 = stablehlo.negate %arg161 : tensor<96xf32>
    %166 = stablehlo.multiply %165, %164 : tensor<96xf32>
    %167 = stablehlo.add %166, %arg34 : tensor<96xf32>
    %168 = stablehlo.broadcast_in_dim %164, dims = [1] : (tensor<96xf32>) -> tensor<1x96x28x28xf32>
    %169 = stablehlo.multiply %160, %168 : tensor<1x96x28x28xf32>
    %170 = stablehlo.broadcast_in_dim %167, dims = [1] : (tensor<96xf32>) -> tensor<1x96x28x28xf32>
    %171 = stablehlo.add %169, %170 : tensor<1x96x28x28xf32>
    %172 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x96x28x28xf32>
    %173 = stablehlo.add %171, %172 : tensor<1x96x28x28xf32>
    %174 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x96x28x28xf32>
    %175 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x96x28x28xf32>
    %176 = stablehlo.clamp %174, %173, %175 : tensor<1x96x28x28xf32>
    %177 = stablehlo.multiply %171, %176 : tensor<1x96x28x28xf32>
    %178 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x96x28x28xf32>
    %179 = stablehlo.divide %177, %178 : tensor<1x96x28x28xf32>
    %180 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %181 = "stablehlo.case"(%180) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %182 = "stablehlo.case"(%181) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %183 = "stablehlo.case"(%182) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %184 = "stablehlo.case"(%183) ({
      %820 = stablehlo.pad %179, %cst_3, low = [0, 0, 2, 2], high = [0, 0, 2, 2], interior = [0, 0, 0, 0] : (tensor<1x96x28x28xf32>, tensor<f32>) -> tensor<1x96x32x32xf32>
      %821 = stablehlo.slice %820 [0:1, 0:96, 0:27:2, 0:27:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %822 = stablehlo.slice %arg35 [0:96, 0:1, 0:1, 0:1] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %823 = stablehlo.reshape %822 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %824 = stablehlo.broadcast_in_dim %823, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %825 = stablehlo.multiply %821, %824 : tensor<1x96x14x14xf32>
      %826 = stablehlo.slice %820 [0:1, 0:96, 0:27:2, 1:28:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %827 = stablehlo.slice %arg35 [0:96, 0:1, 0:1, 1:2] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %828 = stablehlo.reshape %827 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %829 = stablehlo.broadcast_in_dim %828, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %830 = stablehlo.multiply %826, %829 : tensor<1x96x14x14xf32>
      %831 = stablehlo.add %825, %830 : tensor<1x96x14x14xf32>
      %832 = stablehlo.slice %820 [0:1, 0:96, 0:27:2, 2:29:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %833 = stablehlo.slice %arg35 [0:96, 0:1, 0:1, 2:3] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %834 = stablehlo.reshape %833 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %835 = stablehlo.broadcast_in_dim %834, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %836 = stablehlo.multiply %832, %835 : tensor<1x96x14x14xf32>
      %837 = stablehlo.add %831, %836 : tensor<1x96x14x14xf32>
      %838 = stablehlo.slice %820 [0:1, 0:96, 0:27:2, 3:30:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %839 = stablehlo.slice %arg35 [0:96, 0:1, 0:1, 3:4] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %840 = stablehlo.reshape %839 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %841 = stablehlo.broadcast_in_dim %840, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %842 = stablehlo.multiply %838, %841 : tensor<1x96x14x14xf32>
      %843 = stablehlo.add %837, %842 : tensor<1x96x14x14xf32>
      %844 = stablehlo.slice %820 [0:1, 0:96, 0:27:2, 4:31:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %845 = stablehlo.slice %arg35 [0:96, 0:1, 0:1, 4:5] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %846 = stablehlo.reshape %845 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %847 = stablehlo.broadcast_in_dim %846, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %848 = stablehlo.multiply %844, %847 : tensor<1x96x14x14xf32>
      %849 = stablehlo.add %843, %848 : tensor<1x96x14x14xf32>
      %850 = stablehlo.slice %820 [0:1, 0:96, 1:28:2, 0:27:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %851 = stablehlo.slice %arg35 [0:96, 0:1, 1:2, 0:1] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %852 = stablehlo.reshape %851 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %853 = stablehlo.broadcast_in_dim %852, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %854 = stablehlo.multiply %850, %853 : tensor<1x96x14x14xf32>
      %855 = stablehlo.add %849, %854 : tensor<1x96x14x14xf32>
      %856 = stablehlo.slice %820 [0:1, 0:96, 1:28:2, 1:28:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %857 = stablehlo.slice %arg35 [0:96, 0:1, 1:2, 1:2] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %858 = stablehlo.reshape %857 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %859 = stablehlo.broadcast_in_dim %858, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %860 = stablehlo.multiply %856, %859 : tensor<1x96x14x14xf32>
      %861 = stablehlo.add %855, %860 : tensor<1x96x14x14xf32>
      %862 = stablehlo.slice %820 [0:1, 0:96, 1:28:2, 2:29:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %863 = stablehlo.slice %arg35 [0:96, 0:1, 1:2, 2:3] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %864 = stablehlo.reshape %863 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %865 = stablehlo.broadcast_in_dim %864, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %866 = stablehlo.multiply %862, %865 : tensor<1x96x14x14xf32>
      %867 = stablehlo.add %861, %866 : tensor<1x96x14x14xf32>
      %868 = stablehlo.slice %820 [0:1, 0:96, 1:28:2, 3:30:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %869 = stablehlo.slice %arg35 [0:96, 0:1, 1:2, 3:4] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %870 = stablehlo.reshape %869 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %871 = stablehlo.broadcast_in_dim %870, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %872 = stablehlo.multiply %868, %871 : tensor<1x96x14x14xf32>
      %873 = stablehlo.add %867, %872 : tensor<1x96x14x14xf32>
      %874 = stablehlo.slice %820 [0:1, 0:96, 1:28:2, 4:31:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %875 = stablehlo.slice %arg35 [0:96, 0:1, 1:2, 4:5] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %876 = stablehlo.reshape %875 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %877 = stablehlo.broadcast_in_dim %876, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %878 = stablehlo.multiply %874, %877 : tensor<1x96x14x14xf32>
      %879 = stablehlo.add %873, %878 : tensor<1x96x14x14xf32>
      %880 = stablehlo.slice %820 [0:1, 0:96, 2:29:2, 0:27:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %881 = stablehlo.slice %arg35 [0:96, 0:1, 2:3, 0:1] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %882 = stablehlo.reshape %881 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %883 = stablehlo.broadcast_in_dim %882, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %884 = stablehlo.multiply %880, %883 : tensor<1x96x14x14xf32>
      %885 = stablehlo.add %879, %884 : tensor<1x96x14x14xf32>
      %886 = stablehlo.slice %820 [0:1, 0:96, 2:29:2, 1:28:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %887 = stablehlo.slice %arg35 [0:96, 0:1, 2:3, 1:2] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %888 = stablehlo.reshape %887 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %889 = stablehlo.broadcast_in_dim %888, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %890 = stablehlo.multiply %886, %889 : tensor<1x96x14x14xf32>
      %891 = stablehlo.add %885, %890 : tensor<1x96x14x14xf32>
      %892 = stablehlo.slice %820 [0:1, 0:96, 2:29:2, 2:29:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %893 = stablehlo.slice %arg35 [0:96, 0:1, 2:3, 2:3] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %894 = stablehlo.reshape %893 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %895 = stablehlo.broadcast_in_dim %894, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %896 = stablehlo.multiply %892, %895 : tensor<1x96x14x14xf32>
      %897 = stablehlo.add %891, %896 : tensor<1x96x14x14xf32>
      %898 = stablehlo.slice %820 [0:1, 0:96, 2:29:2, 3:30:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %899 = stablehlo.slice %arg35 [0:96, 0:1, 2:3, 3:4] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %900 = stablehlo.reshape %899 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %901 = stablehlo.broadcast_in_dim %900, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %902 = stablehlo.multiply %898, %901 : tensor<1x96x14x14xf32>
      %903 = stablehlo.add %897, %902 : tensor<1x96x14x14xf32>
      %904 = stablehlo.slice %820 [0:1, 0:96, 2:29:2, 4:31:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %905 = stablehlo.slice %arg35 [0:96, 0:1, 2:3, 4:5] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %906 = stablehlo.reshape %905 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %907 = stablehlo.broadcast_in_dim %906, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %908 = stablehlo.multiply %904, %907 : tensor<1x96x14x14xf32>
      %909 = stablehlo.add %903, %908 : tensor<1x96x14x14xf32>
      %910 = stablehlo.slice %820 [0:1, 0:96, 3:30:2, 0:27:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %911 = stablehlo.slice %arg35 [0:96, 0:1, 3:4, 0:1] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %912 = stablehlo.reshape %911 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %913 = stablehlo.broadcast_in_dim %912, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %914 = stablehlo.multiply %910, %913 : tensor<1x96x14x14xf32>
      %915 = stablehlo.add %909, %914 : tensor<1x96x14x14xf32>
      %916 = stablehlo.slice %820 [0:1, 0:96, 3:30:2, 1:28:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %917 = stablehlo.slice %arg35 [0:96, 0:1, 3:4, 1:2] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %918 = stablehlo.reshape %917 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %919 = stablehlo.broadcast_in_dim %918, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %920 = stablehlo.multiply %916, %919 : tensor<1x96x14x14xf32>
      %921 = stablehlo.add %915, %920 : tensor<1x96x14x14xf32>
      %922 = stablehlo.slice %820 [0:1, 0:96, 3:30:2, 2:29:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %923 = stablehlo.slice %arg35 [0:96, 0:1, 3:4, 2:3] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %924 = stablehlo.reshape %923 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %925 = stablehlo.broadcast_in_dim %924, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %926 = stablehlo.multiply %922, %925 : tensor<1x96x14x14xf32>
      %927 = stablehlo.add %921, %926 : tensor<1x96x14x14xf32>
      %928 = stablehlo.slice %820 [0:1, 0:96, 3:30:2, 3:30:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %929 = stablehlo.slice %arg35 [0:96, 0:1, 3:4, 3:4] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %930 = stablehlo.reshape %929 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %931 = stablehlo.broadcast_in_dim %930, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %932 = stablehlo.multiply %928, %931 : tensor<1x96x14x14xf32>
      %933 = stablehlo.add %927, %932 : tensor<1x96x14x14xf32>
      %934 = stablehlo.slice %820 [0:1, 0:96, 3:30:2, 4:31:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %935 = stablehlo.slice %arg35 [0:96, 0:1, 3:4, 4:5] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %936 = stablehlo.reshape %935 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %937 = stablehlo.broadcast_in_dim %936, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %938 = stablehlo.multiply %934, %937 : tensor<1x96x14x14xf32>
      %939 = stablehlo.add %933, %938 : tensor<1x96x14x14xf32>
      %940 = stablehlo.slice %820 [0:1, 0:96, 4:31:2, 0:27:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %941 = stablehlo.slice %arg35 [0:96, 0:1, 4:5, 0:1] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %942 = stablehlo.reshape %941 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %943 = stablehlo.broadcast_in_dim %942, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %944 = stablehlo.multiply %940, %943 : tensor<1x96x14x14xf32>
      %945 = stablehlo.add %939, %944 : tensor<1x96x14x14xf32>
      %946 = stablehlo.slice %820 [0:1, 0:96, 4:31:2, 1:28:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %947 = stablehlo.slice %arg35 [0:96, 0:1, 4:5, 1:2] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %948 = stablehlo.reshape %947 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %949 = stablehlo.broadcast_in_dim %948, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %950 = stablehlo.multiply %946, %949 : tensor<1x96x14x14xf32>
      %951 = stablehlo.add %945, %950 : tensor<1x96x14x14xf32>
      %952 = stablehlo.slice %820 [0:1, 0:96, 4:31:2, 2:29:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %953 = stablehlo.slice %arg35 [0:96, 0:1, 4:5, 2:3] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %954 = stablehlo.reshape %953 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %955 = stablehlo.broadcast_in_dim %954, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %956 = stablehlo.multiply %952, %955 : tensor<1x96x14x14xf32>
      %957 = stablehlo.add %951, %956 : tensor<1x96x14x14xf32>
      %958 = stablehlo.slice %820 [0:1, 0:96, 4:31:2, 3:30:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %959 = stablehlo.slice %arg35 [0:96, 0:1, 4:5, 3:4] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %960 = stablehlo.reshape %959 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %961 = stablehlo.broadcast_in_dim %960, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %962 = stablehlo.multiply %958, %961 : tensor<1x96x14x14xf32>
      %963 = stablehlo.add %957, %962 : tensor<1x96x14x14xf32>
      %964 = stablehlo.slice %820 [0:1, 0:96, 4:31:2, 4:31:2] : (tensor<1x96x32x32xf32>) -> tensor<1x96x14x14xf32>
      %965 = stablehlo.slice %arg35 [0:96, 0:1, 4:5, 4:5] : (tensor<96x1x5x5xf32>) -> tensor<96x1x1x1xf32>
      %966 = stablehlo.reshape %965 : (tensor<96x1x1x1xf32>) -> tensor<96xf32>
      %967 = stablehlo.broadcast_in_dim %966, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
      %968 = stablehlo.multiply %964, %967 : tensor<1x96x14x14xf32>
      %969 = stablehlo.add %963, %968 : tensor<1x96x14x14xf32>
      stablehlo.return %969 : tensor<1x96x14x14xf32>
    }, {
      %820 = stablehlo.convolution(%179, %arg35) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 96 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x96x28x28xf32>, tensor<96x1x5x5xf32>) -> tensor<1x96x14x14xf32>
      stablehlo.return %820 : tensor<1x96x14x14xf32>
    }) : (tensor<i32>) -> tensor<1x96x14x14xf32>
    %185 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<96xf32>
    %186 = stablehlo.add %arg164, %185 : tensor<96xf32>
    %187 = stablehlo.rsqrt %186 : tensor<96xf32>
    %188 = stablehlo.multiply %187, %arg36 : tensor<96xf32>
    %189 = stablehlo.negate %arg163 : tensor<96xf32>
    %190 = stablehlo.multiply %189, %188 : tensor<96xf32>
    %191 = stablehlo.add %190, %arg37 : tensor<96xf32>
    %192 = stablehlo.broadcast_in_dim %188, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
    %193 = stablehlo.multiply %184, %192 : tensor<1x96x14x14xf32>
    %194 = stablehlo.broadcast_in_dim %191, dims = [1] : (tensor<96xf32>) -> tensor<1x96x14x14xf32>
    %195 = stablehlo.add %193, %194 : tensor<1x96x14x14xf32>
    %196 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x96x14x14xf32>
    %197 = stablehlo.add %195, %196 : tensor<1x96x14x14xf32>
    %198 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x96x14x14xf32>
    %199 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x96x14x14xf32>
    %200 = stablehlo.clamp %198, %197, %199 : tensor<1x96x14x14xf32>
    %201 = stablehlo.multiply %195, %200 : tensor<1x96x14x14xf32>
    %202 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x96x14x14xf32>
    %203 = stablehlo.divide %201, %202 : tensor<1x96x14x14xf32>
    %204 = stablehlo.reduce(%203 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x96x14x14xf32>, tensor<f32>) -> tensor<1x96xf32>
    %205 = stablehlo.broadcast_in_dim %204, dims = [0, 1] : (tensor<1x96xf32>) -> tensor<1x96x1x1xf32>
    %206 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x96x1x1xf32>
    %207 = stablehlo.divide %205, %206 : tensor<1x96x1x1xf32>
    %208 = stablehlo.convolution(%207, %arg38) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x96x1x1xf32>, tensor<24x96x1x1xf32>) -> tensor<1x24x1x1xf32>
    %209 = stablehlo.broadcast_in_dim %arg39, dims = [1] : (tensor<24xf32>) -> tensor<1x24x1x1xf32>
    %210 = stablehlo.add %208, %209 : tensor<1x24x1x1xf32>
    %211 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x24x1x1xf32>
    %212 = stablehlo.maximum %210, %211 : tensor<1x24x1x1xf32>
    %213 = stablehlo.convolution(%212, %arg40) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x24x1x1xf32>, tensor<96x24x1x1xf32>) -> tensor<1x96x1x1xf32>
    %214 = stablehlo.broadcast_in_dim %arg41, dims = [1] : (tensor<96xf32>) -> tensor<1x96x1x1xf32>
    %215 = stablehlo.add %213, %214 : tensor<1x96x1x1xf32>
    %216 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x96x1x1xf32>
    %217 = stablehlo.add %215, %216 : tensor<1x96x1x1xf32>
    %218 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x96x1x1xf32>
    %219 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x96x1x1xf32>
    %220 = stablehlo.clamp %218, %217, %219 : tensor<1x96x1x1xf32>
    %221 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x96x1x1xf32>
    %222 = stablehlo.divide %220, %221 : tensor<1x96x1x1xf32>
    %223 = stablehlo.broadcast_in_dim %222, dims = [0, 1, 2, 3] : (tensor<1x96x1x1xf32>) -> tensor<1x96x14x14xf32>
    %224 = stablehlo.multiply %223, %203 : tensor<1x96x14x14xf32>
    %225 = stablehlo.convolution(%224, %arg42) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x96x14x14xf32>, tensor<40x96x1x1xf32>) -> tensor<1x40x14x14xf32>
    %226 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %227 = stablehlo.add %arg166, %226 : tensor<40xf32>
    %228 = stablehlo.rsqrt %227 : tensor<40xf32>
    %229 = stablehlo.multiply %228, %arg43 : tensor<40xf32>
    %230 = stablehlo.negate %arg165 : tensor<40xf32>
    %231 = stablehlo.multiply %230, %229 : tensor<40xf32>
    %232 = stablehlo.add %231, %arg44 : tensor<40xf32>
    %233 = stablehlo.broadcast_in_dim %229, dims = [1] : (tensor<40xf32>) -> tensor<1x40x14x14xf32>
    %234 = stablehlo.multiply %225, %233 : tensor<1x40x14x14xf32>
    %235 = stablehlo.broadcast_in_dim %232, dims = [1] : (tensor<40xf32>) -> tensor<1x40x14x14xf32>
    %236 = stablehlo.add %234, %235 : tensor<1x40x14x14xf32>
    %237 = stablehlo.convolution(%236, %arg45) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x40x14x14xf32>, tensor<240x40x1x1xf32>) -> tensor<1x240x14x14xf32>
    %238 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<240xf32>
    %239 = stablehlo.add %arg168, %238 : tensor<240xf32>
    %240 = stablehlo.rsqrt %239 : tensor<240xf32>
    %241 = stablehlo.multiply %240, %arg46 : tensor<240xf32>
    %242 = stablehlo.negate %arg167 : tensor<240xf32>
    %243 = stablehlo.multiply %242, %241 : tensor<240xf32>
    %244 = stablehlo.add %243, %arg47 : tensor<240xf32>
    %245 = stablehlo.broadcast_in_dim %241, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %246 = stablehlo.multiply %237, %245 : tensor<1x240x14x14xf32>
    %247 = stablehlo.broadcast_in_dim %244, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %248 = stablehlo.add %246, %247 : tensor<1x240x14x14xf32>
    %249 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %250 = stablehlo.add %248, %249 : tensor<1x240x14x14xf32>
    %251 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %252 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %253 = stablehlo.clamp %251, %250, %252 : tensor<1x240x14x14xf32>
    %254 = stablehlo.multiply %248, %253 : tensor<1x240x14x14xf32>
    %255 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %256 = stablehlo.divide %254, %255 : tensor<1x240x14x14xf32>
    %257 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %258 = "stablehlo.case"(%257) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %259 = "stablehlo.case"(%258) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %260 = "stablehlo.case"(%259) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %261 = "stablehlo.case"(%260) ({
      %820 = stablehlo.pad %256, %cst_3, low = [0, 0, 2, 2], high = [0, 0, 2, 2], interior = [0, 0, 0, 0] : (tensor<1x240x14x14xf32>, tensor<f32>) -> tensor<1x240x18x18xf32>
      %821 = stablehlo.slice %820 [0:1, 0:240, 0:14, 0:14] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %822 = stablehlo.slice %arg48 [0:240, 0:1, 0:1, 0:1] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %823 = stablehlo.reshape %822 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %824 = stablehlo.broadcast_in_dim %823, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %825 = stablehlo.multiply %821, %824 : tensor<1x240x14x14xf32>
      %826 = stablehlo.slice %820 [0:1, 0:240, 0:14, 1:15] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %827 = stablehlo.slice %arg48 [0:240, 0:1, 0:1, 1:2] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %828 = stablehlo.reshape %827 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %829 = stablehlo.broadcast_in_dim %828, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %830 = stablehlo.multiply %826, %829 : tensor<1x240x14x14xf32>
      %831 = stablehlo.add %825, %830 : tensor<1x240x14x14xf32>
      %832 = stablehlo.slice %820 [0:1, 0:240, 0:14, 2:16] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %833 = stablehlo.slice %arg48 [0:240, 0:1, 0:1, 2:3] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %834 = stablehlo.reshape %833 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %835 = stablehlo.broadcast_in_dim %834, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %836 = stablehlo.multiply %832, %835 : tensor<1x240x14x14xf32>
      %837 = stablehlo.add %831, %836 : tensor<1x240x14x14xf32>
      %838 = stablehlo.slice %820 [0:1, 0:240, 0:14, 3:17] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %839 = stablehlo.slice %arg48 [0:240, 0:1, 0:1, 3:4] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %840 = stablehlo.reshape %839 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %841 = stablehlo.broadcast_in_dim %840, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %842 = stablehlo.multiply %838, %841 : tensor<1x240x14x14xf32>
      %843 = stablehlo.add %837, %842 : tensor<1x240x14x14xf32>
      %844 = stablehlo.slice %820 [0:1, 0:240, 0:14, 4:18] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %845 = stablehlo.slice %arg48 [0:240, 0:1, 0:1, 4:5] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %846 = stablehlo.reshape %845 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %847 = stablehlo.broadcast_in_dim %846, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %848 = stablehlo.multiply %844, %847 : tensor<1x240x14x14xf32>
      %849 = stablehlo.add %843, %848 : tensor<1x240x14x14xf32>
      %850 = stablehlo.slice %820 [0:1, 0:240, 1:15, 0:14] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %851 = stablehlo.slice %arg48 [0:240, 0:1, 1:2, 0:1] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %852 = stablehlo.reshape %851 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %853 = stablehlo.broadcast_in_dim %852, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %854 = stablehlo.multiply %850, %853 : tensor<1x240x14x14xf32>
      %855 = stablehlo.add %849, %854 : tensor<1x240x14x14xf32>
      %856 = stablehlo.slice %820 [0:1, 0:240, 1:15, 1:15] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %857 = stablehlo.slice %arg48 [0:240, 0:1, 1:2, 1:2] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %858 = stablehlo.reshape %857 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %859 = stablehlo.broadcast_in_dim %858, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %860 = stablehlo.multiply %856, %859 : tensor<1x240x14x14xf32>
      %861 = stablehlo.add %855, %860 : tensor<1x240x14x14xf32>
      %862 = stablehlo.slice %820 [0:1, 0:240, 1:15, 2:16] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %863 = stablehlo.slice %arg48 [0:240, 0:1, 1:2, 2:3] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %864 = stablehlo.reshape %863 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %865 = stablehlo.broadcast_in_dim %864, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %866 = stablehlo.multiply %862, %865 : tensor<1x240x14x14xf32>
      %867 = stablehlo.add %861, %866 : tensor<1x240x14x14xf32>
      %868 = stablehlo.slice %820 [0:1, 0:240, 1:15, 3:17] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %869 = stablehlo.slice %arg48 [0:240, 0:1, 1:2, 3:4] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %870 = stablehlo.reshape %869 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %871 = stablehlo.broadcast_in_dim %870, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %872 = stablehlo.multiply %868, %871 : tensor<1x240x14x14xf32>
      %873 = stablehlo.add %867, %872 : tensor<1x240x14x14xf32>
      %874 = stablehlo.slice %820 [0:1, 0:240, 1:15, 4:18] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %875 = stablehlo.slice %arg48 [0:240, 0:1, 1:2, 4:5] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %876 = stablehlo.reshape %875 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %877 = stablehlo.broadcast_in_dim %876, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %878 = stablehlo.multiply %874, %877 : tensor<1x240x14x14xf32>
      %879 = stablehlo.add %873, %878 : tensor<1x240x14x14xf32>
      %880 = stablehlo.slice %820 [0:1, 0:240, 2:16, 0:14] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %881 = stablehlo.slice %arg48 [0:240, 0:1, 2:3, 0:1] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %882 = stablehlo.reshape %881 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %883 = stablehlo.broadcast_in_dim %882, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %884 = stablehlo.multiply %880, %883 : tensor<1x240x14x14xf32>
      %885 = stablehlo.add %879, %884 : tensor<1x240x14x14xf32>
      %886 = stablehlo.slice %820 [0:1, 0:240, 2:16, 1:15] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %887 = stablehlo.slice %arg48 [0:240, 0:1, 2:3, 1:2] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %888 = stablehlo.reshape %887 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %889 = stablehlo.broadcast_in_dim %888, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %890 = stablehlo.multiply %886, %889 : tensor<1x240x14x14xf32>
      %891 = stablehlo.add %885, %890 : tensor<1x240x14x14xf32>
      %892 = stablehlo.slice %820 [0:1, 0:240, 2:16, 2:16] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %893 = stablehlo.slice %arg48 [0:240, 0:1, 2:3, 2:3] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %894 = stablehlo.reshape %893 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %895 = stablehlo.broadcast_in_dim %894, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %896 = stablehlo.multiply %892, %895 : tensor<1x240x14x14xf32>
      %897 = stablehlo.add %891, %896 : tensor<1x240x14x14xf32>
      %898 = stablehlo.slice %820 [0:1, 0:240, 2:16, 3:17] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %899 = stablehlo.slice %arg48 [0:240, 0:1, 2:3, 3:4] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %900 = stablehlo.reshape %899 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %901 = stablehlo.broadcast_in_dim %900, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %902 = stablehlo.multiply %898, %901 : tensor<1x240x14x14xf32>
      %903 = stablehlo.add %897, %902 : tensor<1x240x14x14xf32>
      %904 = stablehlo.slice %820 [0:1, 0:240, 2:16, 4:18] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %905 = stablehlo.slice %arg48 [0:240, 0:1, 2:3, 4:5] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %906 = stablehlo.reshape %905 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %907 = stablehlo.broadcast_in_dim %906, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %908 = stablehlo.multiply %904, %907 : tensor<1x240x14x14xf32>
      %909 = stablehlo.add %903, %908 : tensor<1x240x14x14xf32>
      %910 = stablehlo.slice %820 [0:1, 0:240, 3:17, 0:14] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %911 = stablehlo.slice %arg48 [0:240, 0:1, 3:4, 0:1] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %912 = stablehlo.reshape %911 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %913 = stablehlo.broadcast_in_dim %912, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %914 = stablehlo.multiply %910, %913 : tensor<1x240x14x14xf32>
      %915 = stablehlo.add %909, %914 : tensor<1x240x14x14xf32>
      %916 = stablehlo.slice %820 [0:1, 0:240, 3:17, 1:15] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %917 = stablehlo.slice %arg48 [0:240, 0:1, 3:4, 1:2] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %918 = stablehlo.reshape %917 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %919 = stablehlo.broadcast_in_dim %918, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %920 = stablehlo.multiply %916, %919 : tensor<1x240x14x14xf32>
      %921 = stablehlo.add %915, %920 : tensor<1x240x14x14xf32>
      %922 = stablehlo.slice %820 [0:1, 0:240, 3:17, 2:16] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %923 = stablehlo.slice %arg48 [0:240, 0:1, 3:4, 2:3] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %924 = stablehlo.reshape %923 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %925 = stablehlo.broadcast_in_dim %924, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %926 = stablehlo.multiply %922, %925 : tensor<1x240x14x14xf32>
      %927 = stablehlo.add %921, %926 : tensor<1x240x14x14xf32>
      %928 = stablehlo.slice %820 [0:1, 0:240, 3:17, 3:17] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %929 = stablehlo.slice %arg48 [0:240, 0:1, 3:4, 3:4] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %930 = stablehlo.reshape %929 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %931 = stablehlo.broadcast_in_dim %930, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %932 = stablehlo.multiply %928, %931 : tensor<1x240x14x14xf32>
      %933 = stablehlo.add %927, %932 : tensor<1x240x14x14xf32>
      %934 = stablehlo.slice %820 [0:1, 0:240, 3:17, 4:18] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %935 = stablehlo.slice %arg48 [0:240, 0:1, 3:4, 4:5] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %936 = stablehlo.reshape %935 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %937 = stablehlo.broadcast_in_dim %936, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %938 = stablehlo.multiply %934, %937 : tensor<1x240x14x14xf32>
      %939 = stablehlo.add %933, %938 : tensor<1x240x14x14xf32>
      %940 = stablehlo.slice %820 [0:1, 0:240, 4:18, 0:14] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %941 = stablehlo.slice %arg48 [0:240, 0:1, 4:5, 0:1] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %942 = stablehlo.reshape %941 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %943 = stablehlo.broadcast_in_dim %942, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %944 = stablehlo.multiply %940, %943 : tensor<1x240x14x14xf32>
      %945 = stablehlo.add %939, %944 : tensor<1x240x14x14xf32>
      %946 = stablehlo.slice %820 [0:1, 0:240, 4:18, 1:15] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %947 = stablehlo.slice %arg48 [0:240, 0:1, 4:5, 1:2] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %948 = stablehlo.reshape %947 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %949 = stablehlo.broadcast_in_dim %948, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %950 = stablehlo.multiply %946, %949 : tensor<1x240x14x14xf32>
      %951 = stablehlo.add %945, %950 : tensor<1x240x14x14xf32>
      %952 = stablehlo.slice %820 [0:1, 0:240, 4:18, 2:16] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %953 = stablehlo.slice %arg48 [0:240, 0:1, 4:5, 2:3] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %954 = stablehlo.reshape %953 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %955 = stablehlo.broadcast_in_dim %954, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %956 = stablehlo.multiply %952, %955 : tensor<1x240x14x14xf32>
      %957 = stablehlo.add %951, %956 : tensor<1x240x14x14xf32>
      %958 = stablehlo.slice %820 [0:1, 0:240, 4:18, 3:17] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %959 = stablehlo.slice %arg48 [0:240, 0:1, 4:5, 3:4] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %960 = stablehlo.reshape %959 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %961 = stablehlo.broadcast_in_dim %960, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %962 = stablehlo.multiply %958, %961 : tensor<1x240x14x14xf32>
      %963 = stablehlo.add %957, %962 : tensor<1x240x14x14xf32>
      %964 = stablehlo.slice %820 [0:1, 0:240, 4:18, 4:18] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %965 = stablehlo.slice %arg48 [0:240, 0:1, 4:5, 4:5] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %966 = stablehlo.reshape %965 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %967 = stablehlo.broadcast_in_dim %966, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %968 = stablehlo.multiply %964, %967 : tensor<1x240x14x14xf32>
      %969 = stablehlo.add %963, %968 : tensor<1x240x14x14xf32>
      stablehlo.return %969 : tensor<1x240x14x14xf32>
    }, {
      %820 = stablehlo.convolution(%256, %arg48) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 240 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x240x14x14xf32>, tensor<240x1x5x5xf32>) -> tensor<1x240x14x14xf32>
      stablehlo.return %820 : tensor<1x240x14x14xf32>
    }) : (tensor<i32>) -> tensor<1x240x14x14xf32>
    %262 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<240xf32>
    %263 = stablehlo.add %arg170, %262 : tensor<240xf32>
    %264 = stablehlo.rsqrt %263 : tensor<240xf32>
    %265 = stablehlo.multiply %264, %arg49 : tensor<240xf32>
    %266 = stablehlo.negate %arg169 : tensor<240xf32>
    %267 = stablehlo.multiply %266, %265 : tensor<240xf32>
    %268 = stablehlo.add %267, %arg50 : tensor<240xf32>
    %269 = stablehlo.broadcast_in_dim %265, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %270 = stablehlo.multiply %261, %269 : tensor<1x240x14x14xf32>
    %271 = stablehlo.broadcast_in_dim %268, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %272 = stablehlo.add %270, %271 : tensor<1x240x14x14xf32>
    %273 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %274 = stablehlo.add %272, %273 : tensor<1x240x14x14xf32>
    %275 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %276 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %277 = stablehlo.clamp %275, %274, %276 : tensor<1x240x14x14xf32>
    %278 = stablehlo.multiply %272, %277 : tensor<1x240x14x14xf32>
    %279 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %280 = stablehlo.divide %278, %279 : tensor<1x240x14x14xf32>
    %281 = stablehlo.reduce(%280 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x240x14x14xf32>, tensor<f32>) -> tensor<1x240xf32>
    %282 = stablehlo.broadcast_in_dim %281, dims = [0, 1] : (tensor<1x240xf32>) -> tensor<1x240x1x1xf32>
    %283 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %284 = stablehlo.divide %282, %283 : tensor<1x240x1x1xf32>
    %285 = stablehlo.convolution(%284, %arg51) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x240x1x1xf32>, tensor<64x240x1x1xf32>) -> tensor<1x64x1x1xf32>
    %286 = stablehlo.broadcast_in_dim %arg52, dims = [1] : (tensor<64xf32>) -> tensor<1x64x1x1xf32>
    %287 = stablehlo.add %285, %286 : tensor<1x64x1x1xf32>
    %288 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x64x1x1xf32>
    %289 = stablehlo.maximum %287, %288 : tensor<1x64x1x1xf32>
    %290 = stablehlo.convolution(%289, %arg53) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x64x1x1xf32>, tensor<240x64x1x1xf32>) -> tensor<1x240x1x1xf32>
    %291 = stablehlo.broadcast_in_dim %arg54, dims = [1] : (tensor<240xf32>) -> tensor<1x240x1x1xf32>
    %292 = stablehlo.add %290, %291 : tensor<1x240x1x1xf32>
    %293 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %294 = stablehlo.add %292, %293 : tensor<1x240x1x1xf32>
    %295 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %296 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %297 = stablehlo.clamp %295, %294, %296 : tensor<1x240x1x1xf32>
    %298 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %299 = stablehlo.divide %297, %298 : tensor<1x240x1x1xf32>
    %300 = stablehlo.broadcast_in_dim %299, dims = [0, 1, 2, 3] : (tensor<1x240x1x1xf32>) -> tensor<1x240x14x14xf32>
    %301 = stablehlo.multiply %300, %280 : tensor<1x240x14x14xf32>
    %302 = stablehlo.convolution(%301, %arg55) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x240x14x14xf32>, tensor<40x240x1x1xf32>) -> tensor<1x40x14x14xf32>
    %303 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %304 = stablehlo.add %arg172, %303 : tensor<40xf32>
    %305 = stablehlo.rsqrt %304 : tensor<40xf32>
    %306 = stablehlo.multiply %305, %arg56 : tensor<40xf32>
    %307 = stablehlo.negate %arg171 : tensor<40xf32>
    %308 = stablehlo.multiply %307, %306 : tensor<40xf32>
    %309 = stablehlo.add %308, %arg57 : tensor<40xf32>
    %310 = stablehlo.broadcast_in_dim %306, dims = [1] : (tensor<40xf32>) -> tensor<1x40x14x14xf32>
    %311 = stablehlo.multiply %302, %310 : tensor<1x40x14x14xf32>
    %312 = stablehlo.broadcast_in_dim %309, dims = [1] : (tensor<40xf32>) -> tensor<1x40x14x14xf32>
    %313 = stablehlo.add %311, %312 : tensor<1x40x14x14xf32>
    %314 = stablehlo.add %313, %236 : tensor<1x40x14x14xf32>
    %315 = stablehlo.convolution(%314, %arg58) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x40x14x14xf32>, tensor<240x40x1x1xf32>) -> tensor<1x240x14x14xf32>
    %316 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<240xf32>
    %317 = stablehlo.add %arg174, %316 : tensor<240xf32>
    %318 = stablehlo.rsqrt %317 : tensor<240xf32>
    %319 = stablehlo.multiply %318, %arg59 : tensor<240xf32>
    %320 = stablehlo.negate %arg173 : tensor<240xf32>
    %321 = stablehlo.multiply %320, %319 : tensor<240xf32>
    %322 = stablehlo.add %321, %arg60 : tensor<240xf32>
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
    %335 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %336 = "stablehlo.case"(%335) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %337 = "stablehlo.case"(%336) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %338 = "stablehlo.case"(%337) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %339 = "stablehlo.case"(%338) ({
      %820 = stablehlo.pad %334, %cst_3, low = [0, 0, 2, 2], high = [0, 0, 2, 2], interior = [0, 0, 0, 0] : (tensor<1x240x14x14xf32>, tensor<f32>) -> tensor<1x240x18x18xf32>
      %821 = stablehlo.slice %820 [0:1, 0:240, 0:14, 0:14] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %822 = stablehlo.slice %arg61 [0:240, 0:1, 0:1, 0:1] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %823 = stablehlo.reshape %822 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %824 = stablehlo.broadcast_in_dim %823, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %825 = stablehlo.multiply %821, %824 : tensor<1x240x14x14xf32>
      %826 = stablehlo.slice %820 [0:1, 0:240, 0:14, 1:15] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %827 = stablehlo.slice %arg61 [0:240, 0:1, 0:1, 1:2] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %828 = stablehlo.reshape %827 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %829 = stablehlo.broadcast_in_dim %828, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %830 = stablehlo.multiply %826, %829 : tensor<1x240x14x14xf32>
      %831 = stablehlo.add %825, %830 : tensor<1x240x14x14xf32>
      %832 = stablehlo.slice %820 [0:1, 0:240, 0:14, 2:16] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %833 = stablehlo.slice %arg61 [0:240, 0:1, 0:1, 2:3] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %834 = stablehlo.reshape %833 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %835 = stablehlo.broadcast_in_dim %834, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %836 = stablehlo.multiply %832, %835 : tensor<1x240x14x14xf32>
      %837 = stablehlo.add %831, %836 : tensor<1x240x14x14xf32>
      %838 = stablehlo.slice %820 [0:1, 0:240, 0:14, 3:17] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %839 = stablehlo.slice %arg61 [0:240, 0:1, 0:1, 3:4] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %840 = stablehlo.reshape %839 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %841 = stablehlo.broadcast_in_dim %840, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %842 = stablehlo.multiply %838, %841 : tensor<1x240x14x14xf32>
      %843 = stablehlo.add %837, %842 : tensor<1x240x14x14xf32>
      %844 = stablehlo.slice %820 [0:1, 0:240, 0:14, 4:18] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %845 = stablehlo.slice %arg61 [0:240, 0:1, 0:1, 4:5] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %846 = stablehlo.reshape %845 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %847 = stablehlo.broadcast_in_dim %846, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %848 = stablehlo.multiply %844, %847 : tensor<1x240x14x14xf32>
      %849 = stablehlo.add %843, %848 : tensor<1x240x14x14xf32>
      %850 = stablehlo.slice %820 [0:1, 0:240, 1:15, 0:14] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %851 = stablehlo.slice %arg61 [0:240, 0:1, 1:2, 0:1] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %852 = stablehlo.reshape %851 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %853 = stablehlo.broadcast_in_dim %852, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %854 = stablehlo.multiply %850, %853 : tensor<1x240x14x14xf32>
      %855 = stablehlo.add %849, %854 : tensor<1x240x14x14xf32>
      %856 = stablehlo.slice %820 [0:1, 0:240, 1:15, 1:15] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %857 = stablehlo.slice %arg61 [0:240, 0:1, 1:2, 1:2] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %858 = stablehlo.reshape %857 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %859 = stablehlo.broadcast_in_dim %858, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %860 = stablehlo.multiply %856, %859 : tensor<1x240x14x14xf32>
      %861 = stablehlo.add %855, %860 : tensor<1x240x14x14xf32>
      %862 = stablehlo.slice %820 [0:1, 0:240, 1:15, 2:16] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %863 = stablehlo.slice %arg61 [0:240, 0:1, 1:2, 2:3] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %864 = stablehlo.reshape %863 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %865 = stablehlo.broadcast_in_dim %864, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %866 = stablehlo.multiply %862, %865 : tensor<1x240x14x14xf32>
      %867 = stablehlo.add %861, %866 : tensor<1x240x14x14xf32>
      %868 = stablehlo.slice %820 [0:1, 0:240, 1:15, 3:17] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %869 = stablehlo.slice %arg61 [0:240, 0:1, 1:2, 3:4] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %870 = stablehlo.reshape %869 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %871 = stablehlo.broadcast_in_dim %870, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %872 = stablehlo.multiply %868, %871 : tensor<1x240x14x14xf32>
      %873 = stablehlo.add %867, %872 : tensor<1x240x14x14xf32>
      %874 = stablehlo.slice %820 [0:1, 0:240, 1:15, 4:18] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %875 = stablehlo.slice %arg61 [0:240, 0:1, 1:2, 4:5] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %876 = stablehlo.reshape %875 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %877 = stablehlo.broadcast_in_dim %876, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %878 = stablehlo.multiply %874, %877 : tensor<1x240x14x14xf32>
      %879 = stablehlo.add %873, %878 : tensor<1x240x14x14xf32>
      %880 = stablehlo.slice %820 [0:1, 0:240, 2:16, 0:14] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %881 = stablehlo.slice %arg61 [0:240, 0:1, 2:3, 0:1] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %882 = stablehlo.reshape %881 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %883 = stablehlo.broadcast_in_dim %882, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %884 = stablehlo.multiply %880, %883 : tensor<1x240x14x14xf32>
      %885 = stablehlo.add %879, %884 : tensor<1x240x14x14xf32>
      %886 = stablehlo.slice %820 [0:1, 0:240, 2:16, 1:15] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %887 = stablehlo.slice %arg61 [0:240, 0:1, 2:3, 1:2] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %888 = stablehlo.reshape %887 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %889 = stablehlo.broadcast_in_dim %888, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %890 = stablehlo.multiply %886, %889 : tensor<1x240x14x14xf32>
      %891 = stablehlo.add %885, %890 : tensor<1x240x14x14xf32>
      %892 = stablehlo.slice %820 [0:1, 0:240, 2:16, 2:16] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %893 = stablehlo.slice %arg61 [0:240, 0:1, 2:3, 2:3] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %894 = stablehlo.reshape %893 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %895 = stablehlo.broadcast_in_dim %894, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %896 = stablehlo.multiply %892, %895 : tensor<1x240x14x14xf32>
      %897 = stablehlo.add %891, %896 : tensor<1x240x14x14xf32>
      %898 = stablehlo.slice %820 [0:1, 0:240, 2:16, 3:17] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %899 = stablehlo.slice %arg61 [0:240, 0:1, 2:3, 3:4] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %900 = stablehlo.reshape %899 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %901 = stablehlo.broadcast_in_dim %900, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %902 = stablehlo.multiply %898, %901 : tensor<1x240x14x14xf32>
      %903 = stablehlo.add %897, %902 : tensor<1x240x14x14xf32>
      %904 = stablehlo.slice %820 [0:1, 0:240, 2:16, 4:18] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %905 = stablehlo.slice %arg61 [0:240, 0:1, 2:3, 4:5] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %906 = stablehlo.reshape %905 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %907 = stablehlo.broadcast_in_dim %906, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %908 = stablehlo.multiply %904, %907 : tensor<1x240x14x14xf32>
      %909 = stablehlo.add %903, %908 : tensor<1x240x14x14xf32>
      %910 = stablehlo.slice %820 [0:1, 0:240, 3:17, 0:14] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %911 = stablehlo.slice %arg61 [0:240, 0:1, 3:4, 0:1] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %912 = stablehlo.reshape %911 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %913 = stablehlo.broadcast_in_dim %912, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %914 = stablehlo.multiply %910, %913 : tensor<1x240x14x14xf32>
      %915 = stablehlo.add %909, %914 : tensor<1x240x14x14xf32>
      %916 = stablehlo.slice %820 [0:1, 0:240, 3:17, 1:15] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %917 = stablehlo.slice %arg61 [0:240, 0:1, 3:4, 1:2] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %918 = stablehlo.reshape %917 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %919 = stablehlo.broadcast_in_dim %918, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %920 = stablehlo.multiply %916, %919 : tensor<1x240x14x14xf32>
      %921 = stablehlo.add %915, %920 : tensor<1x240x14x14xf32>
      %922 = stablehlo.slice %820 [0:1, 0:240, 3:17, 2:16] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %923 = stablehlo.slice %arg61 [0:240, 0:1, 3:4, 2:3] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %924 = stablehlo.reshape %923 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %925 = stablehlo.broadcast_in_dim %924, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %926 = stablehlo.multiply %922, %925 : tensor<1x240x14x14xf32>
      %927 = stablehlo.add %921, %926 : tensor<1x240x14x14xf32>
      %928 = stablehlo.slice %820 [0:1, 0:240, 3:17, 3:17] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %929 = stablehlo.slice %arg61 [0:240, 0:1, 3:4, 3:4] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %930 = stablehlo.reshape %929 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %931 = stablehlo.broadcast_in_dim %930, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %932 = stablehlo.multiply %928, %931 : tensor<1x240x14x14xf32>
      %933 = stablehlo.add %927, %932 : tensor<1x240x14x14xf32>
      %934 = stablehlo.slice %820 [0:1, 0:240, 3:17, 4:18] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %935 = stablehlo.slice %arg61 [0:240, 0:1, 3:4, 4:5] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %936 = stablehlo.reshape %935 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %937 = stablehlo.broadcast_in_dim %936, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %938 = stablehlo.multiply %934, %937 : tensor<1x240x14x14xf32>
      %939 = stablehlo.add %933, %938 : tensor<1x240x14x14xf32>
      %940 = stablehlo.slice %820 [0:1, 0:240, 4:18, 0:14] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %941 = stablehlo.slice %arg61 [0:240, 0:1, 4:5, 0:1] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %942 = stablehlo.reshape %941 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %943 = stablehlo.broadcast_in_dim %942, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %944 = stablehlo.multiply %940, %943 : tensor<1x240x14x14xf32>
      %945 = stablehlo.add %939, %944 : tensor<1x240x14x14xf32>
      %946 = stablehlo.slice %820 [0:1, 0:240, 4:18, 1:15] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %947 = stablehlo.slice %arg61 [0:240, 0:1, 4:5, 1:2] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %948 = stablehlo.reshape %947 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %949 = stablehlo.broadcast_in_dim %948, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %950 = stablehlo.multiply %946, %949 : tensor<1x240x14x14xf32>
      %951 = stablehlo.add %945, %950 : tensor<1x240x14x14xf32>
      %952 = stablehlo.slice %820 [0:1, 0:240, 4:18, 2:16] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %953 = stablehlo.slice %arg61 [0:240, 0:1, 4:5, 2:3] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %954 = stablehlo.reshape %953 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %955 = stablehlo.broadcast_in_dim %954, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %956 = stablehlo.multiply %952, %955 : tensor<1x240x14x14xf32>
      %957 = stablehlo.add %951, %956 : tensor<1x240x14x14xf32>
      %958 = stablehlo.slice %820 [0:1, 0:240, 4:18, 3:17] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %959 = stablehlo.slice %arg61 [0:240, 0:1, 4:5, 3:4] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %960 = stablehlo.reshape %959 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %961 = stablehlo.broadcast_in_dim %960, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %962 = stablehlo.multiply %958, %961 : tensor<1x240x14x14xf32>
      %963 = stablehlo.add %957, %962 : tensor<1x240x14x14xf32>
      %964 = stablehlo.slice %820 [0:1, 0:240, 4:18, 4:18] : (tensor<1x240x18x18xf32>) -> tensor<1x240x14x14xf32>
      %965 = stablehlo.slice %arg61 [0:240, 0:1, 4:5, 4:5] : (tensor<240x1x5x5xf32>) -> tensor<240x1x1x1xf32>
      %966 = stablehlo.reshape %965 : (tensor<240x1x1x1xf32>) -> tensor<240xf32>
      %967 = stablehlo.broadcast_in_dim %966, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
      %968 = stablehlo.multiply %964, %967 : tensor<1x240x14x14xf32>
      %969 = stablehlo.add %963, %968 : tensor<1x240x14x14xf32>
      stablehlo.return %969 : tensor<1x240x14x14xf32>
    }, {
      %820 = stablehlo.convolution(%334, %arg61) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 240 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x240x14x14xf32>, tensor<240x1x5x5xf32>) -> tensor<1x240x14x14xf32>
      stablehlo.return %820 : tensor<1x240x14x14xf32>
    }) : (tensor<i32>) -> tensor<1x240x14x14xf32>
    %340 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<240xf32>
    %341 = stablehlo.add %arg176, %340 : tensor<240xf32>
    %342 = stablehlo.rsqrt %341 : tensor<240xf32>
    %343 = stablehlo.multiply %342, %arg62 : tensor<240xf32>
    %344 = stablehlo.negate %arg175 : tensor<240xf32>
    %345 = stablehlo.multiply %344, %343 : tensor<240xf32>
    %346 = stablehlo.add %345, %arg63 : tensor<240xf32>
    %347 = stablehlo.broadcast_in_dim %343, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %348 = stablehlo.multiply %339, %347 : tensor<1x240x14x14xf32>
    %349 = stablehlo.broadcast_in_dim %346, dims = [1] : (tensor<240xf32>) -> tensor<1x240x14x14xf32>
    %350 = stablehlo.add %348, %349 : tensor<1x240x14x14xf32>
    %351 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %352 = stablehlo.add %350, %351 : tensor<1x240x14x14xf32>
    %353 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %354 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %355 = stablehlo.clamp %353, %352, %354 : tensor<1x240x14x14xf32>
    %356 = stablehlo.multiply %350, %355 : tensor<1x240x14x14xf32>
    %357 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x14x14xf32>
    %358 = stablehlo.divide %356, %357 : tensor<1x240x14x14xf32>
    %359 = stablehlo.reduce(%358 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x240x14x14xf32>, tensor<f32>) -> tensor<1x240xf32>
    %360 = stablehlo.broadcast_in_dim %359, dims = [0, 1] : (tensor<1x240xf32>) -> tensor<1x240x1x1xf32>
    %361 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %362 = stablehlo.divide %360, %361 : tensor<1x240x1x1xf32>
    %363 = stablehlo.convolution(%362, %arg64) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x240x1x1xf32>, tensor<64x240x1x1xf32>) -> tensor<1x64x1x1xf32>
    %364 = stablehlo.broadcast_in_dim %arg65, dims = [1] : (tensor<64xf32>) -> tensor<1x64x1x1xf32>
    %365 = stablehlo.add %363, %364 : tensor<1x64x1x1xf32>
    %366 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x64x1x1xf32>
    %367 = stablehlo.maximum %365, %366 : tensor<1x64x1x1xf32>
    %368 = stablehlo.convolution(%367, %arg66) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x64x1x1xf32>, tensor<240x64x1x1xf32>) -> tensor<1x240x1x1xf32>
    %369 = stablehlo.broadcast_in_dim %arg67, dims = [1] : (tensor<240xf32>) -> tensor<1x240x1x1xf32>
    %370 = stablehlo.add %368, %369 : tensor<1x240x1x1xf32>
    %371 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %372 = stablehlo.add %370, %371 : tensor<1x240x1x1xf32>
    %373 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %374 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %375 = stablehlo.clamp %373, %372, %374 : tensor<1x240x1x1xf32>
    %376 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x240x1x1xf32>
    %377 = stablehlo.divide %375, %376 : tensor<1x240x1x1xf32>
    %378 = stablehlo.broadcast_in_dim %377, dims = [0, 1, 2, 3] : (tensor<1x240x1x1xf32>) -> tensor<1x240x14x14xf32>
    %379 = stablehlo.multiply %378, %358 : tensor<1x240x14x14xf32>
    %380 = stablehlo.convolution(%379, %arg68) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x240x14x14xf32>, tensor<40x240x1x1xf32>) -> tensor<1x40x14x14xf32>
    %381 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<40xf32>
    %382 = stablehlo.add %arg178, %381 : tensor<40xf32>
    %383 = stablehlo.rsqrt %382 : tensor<40xf32>
    %384 = stablehlo.multiply %383, %arg69 : tensor<40xf32>
    %385 = stablehlo.negate %arg177 : tensor<40xf32>
    %386 = stablehlo.multiply %385, %384 : tensor<40xf32>
    %387 = stablehlo.add %386, %arg70 : tensor<40xf32>
    %388 = stablehlo.broadcast_in_dim %384, dims = [1] : (tensor<40xf32>) -> tensor<1x40x14x14xf32>
    %389 = stablehlo.multiply %380, %388 : tensor<1x40x14x14xf32>
    %390 = stablehlo.broadcast_in_dim %387, dims = [1] : (tensor<40xf32>) -> tensor<1x40x14x14xf32>
    %391 = stablehlo.add %389, %390 : tensor<1x40x14x14xf32>
    %392 = stablehlo.add %391, %314 : tensor<1x40x14x14xf32>
    %393 = stablehlo.convolution(%392, %arg71) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x40x14x14xf32>, tensor<120x40x1x1xf32>) -> tensor<1x120x14x14xf32>
    %394 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<120xf32>
    %395 = stablehlo.add %arg180, %394 : tensor<120xf32>
    %396 = stablehlo.rsqrt %395 : tensor<120xf32>
    %397 = stablehlo.multiply %396, %arg72 : tensor<120xf32>
    %398 = stablehlo.negate %arg179 : tensor<120xf32>
    %399 = stablehlo.multiply %398, %397 : tensor<120xf32>
    %400 = stablehlo.add %399, %arg73 : tensor<120xf32>
    %401 = stablehlo.broadcast_in_dim %397, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
    %402 = stablehlo.multiply %393, %401 : tensor<1x120x14x14xf32>
    %403 = stablehlo.broadcast_in_dim %400, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
    %404 = stablehlo.add %402, %403 : tensor<1x120x14x14xf32>
    %405 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %406 = stablehlo.add %404, %405 : tensor<1x120x14x14xf32>
    %407 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %408 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %409 = stablehlo.clamp %407, %406, %408 : tensor<1x120x14x14xf32>
    %410 = stablehlo.multiply %404, %409 : tensor<1x120x14x14xf32>
    %411 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %412 = stablehlo.divide %410, %411 : tensor<1x120x14x14xf32>
    %413 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %414 = "stablehlo.case"(%413) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %415 = "stablehlo.case"(%414) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %416 = "stablehlo.case"(%415) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %417 = "stablehlo.case"(%416) ({
      %820 = stablehlo.pad %412, %cst_3, low = [0, 0, 2, 2], high = [0, 0, 2, 2], interior = [0, 0, 0, 0] : (tensor<1x120x14x14xf32>, tensor<f32>) -> tensor<1x120x18x18xf32>
      %821 = stablehlo.slice %820 [0:1, 0:120, 0:14, 0:14] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %822 = stablehlo.slice %arg74 [0:120, 0:1, 0:1, 0:1] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %823 = stablehlo.reshape %822 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %824 = stablehlo.broadcast_in_dim %823, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %825 = stablehlo.multiply %821, %824 : tensor<1x120x14x14xf32>
      %826 = stablehlo.slice %820 [0:1, 0:120, 0:14, 1:15] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %827 = stablehlo.slice %arg74 [0:120, 0:1, 0:1, 1:2] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %828 = stablehlo.reshape %827 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %829 = stablehlo.broadcast_in_dim %828, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %830 = stablehlo.multiply %826, %829 : tensor<1x120x14x14xf32>
      %831 = stablehlo.add %825, %830 : tensor<1x120x14x14xf32>
      %832 = stablehlo.slice %820 [0:1, 0:120, 0:14, 2:16] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %833 = stablehlo.slice %arg74 [0:120, 0:1, 0:1, 2:3] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %834 = stablehlo.reshape %833 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %835 = stablehlo.broadcast_in_dim %834, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %836 = stablehlo.multiply %832, %835 : tensor<1x120x14x14xf32>
      %837 = stablehlo.add %831, %836 : tensor<1x120x14x14xf32>
      %838 = stablehlo.slice %820 [0:1, 0:120, 0:14, 3:17] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %839 = stablehlo.slice %arg74 [0:120, 0:1, 0:1, 3:4] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %840 = stablehlo.reshape %839 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %841 = stablehlo.broadcast_in_dim %840, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %842 = stablehlo.multiply %838, %841 : tensor<1x120x14x14xf32>
      %843 = stablehlo.add %837, %842 : tensor<1x120x14x14xf32>
      %844 = stablehlo.slice %820 [0:1, 0:120, 0:14, 4:18] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %845 = stablehlo.slice %arg74 [0:120, 0:1, 0:1, 4:5] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %846 = stablehlo.reshape %845 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %847 = stablehlo.broadcast_in_dim %846, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %848 = stablehlo.multiply %844, %847 : tensor<1x120x14x14xf32>
      %849 = stablehlo.add %843, %848 : tensor<1x120x14x14xf32>
      %850 = stablehlo.slice %820 [0:1, 0:120, 1:15, 0:14] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %851 = stablehlo.slice %arg74 [0:120, 0:1, 1:2, 0:1] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %852 = stablehlo.reshape %851 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %853 = stablehlo.broadcast_in_dim %852, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %854 = stablehlo.multiply %850, %853 : tensor<1x120x14x14xf32>
      %855 = stablehlo.add %849, %854 : tensor<1x120x14x14xf32>
      %856 = stablehlo.slice %820 [0:1, 0:120, 1:15, 1:15] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %857 = stablehlo.slice %arg74 [0:120, 0:1, 1:2, 1:2] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %858 = stablehlo.reshape %857 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %859 = stablehlo.broadcast_in_dim %858, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %860 = stablehlo.multiply %856, %859 : tensor<1x120x14x14xf32>
      %861 = stablehlo.add %855, %860 : tensor<1x120x14x14xf32>
      %862 = stablehlo.slice %820 [0:1, 0:120, 1:15, 2:16] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %863 = stablehlo.slice %arg74 [0:120, 0:1, 1:2, 2:3] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %864 = stablehlo.reshape %863 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %865 = stablehlo.broadcast_in_dim %864, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %866 = stablehlo.multiply %862, %865 : tensor<1x120x14x14xf32>
      %867 = stablehlo.add %861, %866 : tensor<1x120x14x14xf32>
      %868 = stablehlo.slice %820 [0:1, 0:120, 1:15, 3:17] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %869 = stablehlo.slice %arg74 [0:120, 0:1, 1:2, 3:4] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %870 = stablehlo.reshape %869 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %871 = stablehlo.broadcast_in_dim %870, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %872 = stablehlo.multiply %868, %871 : tensor<1x120x14x14xf32>
      %873 = stablehlo.add %867, %872 : tensor<1x120x14x14xf32>
      %874 = stablehlo.slice %820 [0:1, 0:120, 1:15, 4:18] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %875 = stablehlo.slice %arg74 [0:120, 0:1, 1:2, 4:5] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %876 = stablehlo.reshape %875 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %877 = stablehlo.broadcast_in_dim %876, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %878 = stablehlo.multiply %874, %877 : tensor<1x120x14x14xf32>
      %879 = stablehlo.add %873, %878 : tensor<1x120x14x14xf32>
      %880 = stablehlo.slice %820 [0:1, 0:120, 2:16, 0:14] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %881 = stablehlo.slice %arg74 [0:120, 0:1, 2:3, 0:1] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %882 = stablehlo.reshape %881 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %883 = stablehlo.broadcast_in_dim %882, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %884 = stablehlo.multiply %880, %883 : tensor<1x120x14x14xf32>
      %885 = stablehlo.add %879, %884 : tensor<1x120x14x14xf32>
      %886 = stablehlo.slice %820 [0:1, 0:120, 2:16, 1:15] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %887 = stablehlo.slice %arg74 [0:120, 0:1, 2:3, 1:2] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %888 = stablehlo.reshape %887 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %889 = stablehlo.broadcast_in_dim %888, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %890 = stablehlo.multiply %886, %889 : tensor<1x120x14x14xf32>
      %891 = stablehlo.add %885, %890 : tensor<1x120x14x14xf32>
      %892 = stablehlo.slice %820 [0:1, 0:120, 2:16, 2:16] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %893 = stablehlo.slice %arg74 [0:120, 0:1, 2:3, 2:3] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %894 = stablehlo.reshape %893 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %895 = stablehlo.broadcast_in_dim %894, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %896 = stablehlo.multiply %892, %895 : tensor<1x120x14x14xf32>
      %897 = stablehlo.add %891, %896 : tensor<1x120x14x14xf32>
      %898 = stablehlo.slice %820 [0:1, 0:120, 2:16, 3:17] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %899 = stablehlo.slice %arg74 [0:120, 0:1, 2:3, 3:4] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %900 = stablehlo.reshape %899 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %901 = stablehlo.broadcast_in_dim %900, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %902 = stablehlo.multiply %898, %901 : tensor<1x120x14x14xf32>
      %903 = stablehlo.add %897, %902 : tensor<1x120x14x14xf32>
      %904 = stablehlo.slice %820 [0:1, 0:120, 2:16, 4:18] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %905 = stablehlo.slice %arg74 [0:120, 0:1, 2:3, 4:5] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %906 = stablehlo.reshape %905 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %907 = stablehlo.broadcast_in_dim %906, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %908 = stablehlo.multiply %904, %907 : tensor<1x120x14x14xf32>
      %909 = stablehlo.add %903, %908 : tensor<1x120x14x14xf32>
      %910 = stablehlo.slice %820 [0:1, 0:120, 3:17, 0:14] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %911 = stablehlo.slice %arg74 [0:120, 0:1, 3:4, 0:1] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %912 = stablehlo.reshape %911 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %913 = stablehlo.broadcast_in_dim %912, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %914 = stablehlo.multiply %910, %913 : tensor<1x120x14x14xf32>
      %915 = stablehlo.add %909, %914 : tensor<1x120x14x14xf32>
      %916 = stablehlo.slice %820 [0:1, 0:120, 3:17, 1:15] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %917 = stablehlo.slice %arg74 [0:120, 0:1, 3:4, 1:2] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %918 = stablehlo.reshape %917 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %919 = stablehlo.broadcast_in_dim %918, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %920 = stablehlo.multiply %916, %919 : tensor<1x120x14x14xf32>
      %921 = stablehlo.add %915, %920 : tensor<1x120x14x14xf32>
      %922 = stablehlo.slice %820 [0:1, 0:120, 3:17, 2:16] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %923 = stablehlo.slice %arg74 [0:120, 0:1, 3:4, 2:3] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %924 = stablehlo.reshape %923 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %925 = stablehlo.broadcast_in_dim %924, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %926 = stablehlo.multiply %922, %925 : tensor<1x120x14x14xf32>
      %927 = stablehlo.add %921, %926 : tensor<1x120x14x14xf32>
      %928 = stablehlo.slice %820 [0:1, 0:120, 3:17, 3:17] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %929 = stablehlo.slice %arg74 [0:120, 0:1, 3:4, 3:4] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %930 = stablehlo.reshape %929 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %931 = stablehlo.broadcast_in_dim %930, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %932 = stablehlo.multiply %928, %931 : tensor<1x120x14x14xf32>
      %933 = stablehlo.add %927, %932 : tensor<1x120x14x14xf32>
      %934 = stablehlo.slice %820 [0:1, 0:120, 3:17, 4:18] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %935 = stablehlo.slice %arg74 [0:120, 0:1, 3:4, 4:5] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %936 = stablehlo.reshape %935 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %937 = stablehlo.broadcast_in_dim %936, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %938 = stablehlo.multiply %934, %937 : tensor<1x120x14x14xf32>
      %939 = stablehlo.add %933, %938 : tensor<1x120x14x14xf32>
      %940 = stablehlo.slice %820 [0:1, 0:120, 4:18, 0:14] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %941 = stablehlo.slice %arg74 [0:120, 0:1, 4:5, 0:1] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %942 = stablehlo.reshape %941 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %943 = stablehlo.broadcast_in_dim %942, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %944 = stablehlo.multiply %940, %943 : tensor<1x120x14x14xf32>
      %945 = stablehlo.add %939, %944 : tensor<1x120x14x14xf32>
      %946 = stablehlo.slice %820 [0:1, 0:120, 4:18, 1:15] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %947 = stablehlo.slice %arg74 [0:120, 0:1, 4:5, 1:2] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %948 = stablehlo.reshape %947 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %949 = stablehlo.broadcast_in_dim %948, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %950 = stablehlo.multiply %946, %949 : tensor<1x120x14x14xf32>
      %951 = stablehlo.add %945, %950 : tensor<1x120x14x14xf32>
      %952 = stablehlo.slice %820 [0:1, 0:120, 4:18, 2:16] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %953 = stablehlo.slice %arg74 [0:120, 0:1, 4:5, 2:3] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %954 = stablehlo.reshape %953 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %955 = stablehlo.broadcast_in_dim %954, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %956 = stablehlo.multiply %952, %955 : tensor<1x120x14x14xf32>
      %957 = stablehlo.add %951, %956 : tensor<1x120x14x14xf32>
      %958 = stablehlo.slice %820 [0:1, 0:120, 4:18, 3:17] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %959 = stablehlo.slice %arg74 [0:120, 0:1, 4:5, 3:4] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %960 = stablehlo.reshape %959 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %961 = stablehlo.broadcast_in_dim %960, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %962 = stablehlo.multiply %958, %961 : tensor<1x120x14x14xf32>
      %963 = stablehlo.add %957, %962 : tensor<1x120x14x14xf32>
      %964 = stablehlo.slice %820 [0:1, 0:120, 4:18, 4:18] : (tensor<1x120x18x18xf32>) -> tensor<1x120x14x14xf32>
      %965 = stablehlo.slice %arg74 [0:120, 0:1, 4:5, 4:5] : (tensor<120x1x5x5xf32>) -> tensor<120x1x1x1xf32>
      %966 = stablehlo.reshape %965 : (tensor<120x1x1x1xf32>) -> tensor<120xf32>
      %967 = stablehlo.broadcast_in_dim %966, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
      %968 = stablehlo.multiply %964, %967 : tensor<1x120x14x14xf32>
      %969 = stablehlo.add %963, %968 : tensor<1x120x14x14xf32>
      stablehlo.return %969 : tensor<1x120x14x14xf32>
    }, {
      %820 = stablehlo.convolution(%412, %arg74) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 120 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x120x14x14xf32>, tensor<120x1x5x5xf32>) -> tensor<1x120x14x14xf32>
      stablehlo.return %820 : tensor<1x120x14x14xf32>
    }) : (tensor<i32>) -> tensor<1x120x14x14xf32>
    %418 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<120xf32>
    %419 = stablehlo.add %arg182, %418 : tensor<120xf32>
    %420 = stablehlo.rsqrt %419 : tensor<120xf32>
    %421 = stablehlo.multiply %420, %arg75 : tensor<120xf32>
    %422 = stablehlo.negate %arg181 : tensor<120xf32>
    %423 = stablehlo.multiply %422, %421 : tensor<120xf32>
    %424 = stablehlo.add %423, %arg76 : tensor<120xf32>
    %425 = stablehlo.broadcast_in_dim %421, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
    %426 = stablehlo.multiply %417, %425 : tensor<1x120x14x14xf32>
    %427 = stablehlo.broadcast_in_dim %424, dims = [1] : (tensor<120xf32>) -> tensor<1x120x14x14xf32>
    %428 = stablehlo.add %426, %427 : tensor<1x120x14x14xf32>
    %429 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %430 = stablehlo.add %428, %429 : tensor<1x120x14x14xf32>
    %431 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %432 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %433 = stablehlo.clamp %431, %430, %432 : tensor<1x120x14x14xf32>
    %434 = stablehlo.multiply %428, %433 : tensor<1x120x14x14xf32>
    %435 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x120x14x14xf32>
    %436 = stablehlo.divide %434, %435 : tensor<1x120x14x14xf32>
    %437 = stablehlo.reduce(%436 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x120x14x14xf32>, tensor<f32>) -> tensor<1x120xf32>
    %438 = stablehlo.broadcast_in_dim %437, dims = [0, 1] : (tensor<1x120xf32>) -> tensor<1x120x1x1xf32>
    %439 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x120x1x1xf32>
    %440 = stablehlo.divide %438, %439 : tensor<1x120x1x1xf32>
    %441 = stablehlo.convolution(%440, %arg77) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x120x1x1xf32>, tensor<32x120x1x1xf32>) -> tensor<1x32x1x1xf32>
    %442 = stablehlo.broadcast_in_dim %arg78, dims = [1] : (tensor<32xf32>) -> tensor<1x32x1x1xf32>
    %443 = stablehlo.add %441, %442 : tensor<1x32x1x1xf32>
    %444 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x32x1x1xf32>
    %445 = stablehlo.maximum %443, %444 : tensor<1x32x1x1xf32>
    %446 = stablehlo.convolution(%445, %arg79) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x32x1x1xf32>, tensor<120x32x1x1xf32>) -> tensor<1x120x1x1xf32>
    %447 = stablehlo.broadcast_in_dim %arg80, dims = [1] : (tensor<120xf32>) -> tensor<1x120x1x1xf32>
    %448 = stablehlo.add %446, %447 : tensor<1x120x1x1xf32>
    %449 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x120x1x1xf32>
    %450 = stablehlo.add %448, %449 : tensor<1x120x1x1xf32>
    %451 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x120x1x1xf32>
    %452 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x120x1x1xf32>
    %453 = stablehlo.clamp %451, %450, %452 : tensor<1x120x1x1xf32>
    %454 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x120x1x1xf32>
    %455 = stablehlo.divide %453, %454 : tensor<1x120x1x1xf32>
    %456 = stablehlo.broadcast_in_dim %455, dims = [0, 1, 2, 3] : (tensor<1x120x1x1xf32>) -> tensor<1x120x14x14xf32>
    %457 = stablehlo.multiply %456, %436 : tensor<1x120x14x14xf32>
    %458 = stablehlo.convolution(%457, %arg81) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x120x14x14xf32>, tensor<48x120x1x1xf32>) -> tensor<1x48x14x14xf32>
    %459 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<48xf32>
    %460 = stablehlo.add %arg184, %459 : tensor<48xf32>
    %461 = stablehlo.rsqrt %460 : tensor<48xf32>
    %462 = stablehlo.multiply %461, %arg82 : tensor<48xf32>
    %463 = stablehlo.negate %arg183 : tensor<48xf32>
    %464 = stablehlo.multiply %463, %462 : tensor<48xf32>
    %465 = stablehlo.add %464, %arg83 : tensor<48xf32>
    %466 = stablehlo.broadcast_in_dim %462, dims = [1] : (tensor<48xf32>) -> tensor<1x48x14x14xf32>
    %467 = stablehlo.multiply %458, %466 : tensor<1x48x14x14xf32>
    %468 = stablehlo.broadcast_in_dim %465, dims = [1] : (tensor<48xf32>) -> tensor<1x48x14x14xf32>
    %469 = stablehlo.add %467, %468 : tensor<1x48x14x14xf32>
    %470 = stablehlo.convolution(%469, %arg84) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x48x14x14xf32>, tensor<144x48x1x1xf32>) -> tensor<1x144x14x14xf32>
    %471 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<144xf32>
    %472 = stablehlo.add %arg186, %471 : tensor<144xf32>
    %473 = stablehlo.rsqrt %472 : tensor<144xf32>
    %474 = stablehlo.multiply %473, %arg85 : tensor<144xf32>
    %475 = stablehlo.negate %arg185 : tensor<144xf32>
    %476 = stablehlo.multiply %475, %474 : tensor<144xf32>
    %477 = stablehlo.add %476, %arg86 : tensor<144xf32>
    %478 = stablehlo.broadcast_in_dim %474, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
    %479 = stablehlo.multiply %470, %478 : tensor<1x144x14x14xf32>
    %480 = stablehlo.broadcast_in_dim %477, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
    %481 = stablehlo.add %479, %480 : tensor<1x144x14x14xf32>
    %482 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %483 = stablehlo.add %481, %482 : tensor<1x144x14x14xf32>
    %484 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %485 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %486 = stablehlo.clamp %484, %483, %485 : tensor<1x144x14x14xf32>
    %487 = stablehlo.multiply %481, %486 : tensor<1x144x14x14xf32>
    %488 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %489 = stablehlo.divide %487, %488 : tensor<1x144x14x14xf32>
    %490 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %491 = "stablehlo.case"(%490) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %492 = "stablehlo.case"(%491) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %493 = "stablehlo.case"(%492) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %494 = "stablehlo.case"(%493) ({
      %820 = stablehlo.pad %489, %cst_3, low = [0, 0, 2, 2], high = [0, 0, 2, 2], interior = [0, 0, 0, 0] : (tensor<1x144x14x14xf32>, tensor<f32>) -> tensor<1x144x18x18xf32>
      %821 = stablehlo.slice %820 [0:1, 0:144, 0:14, 0:14] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %822 = stablehlo.slice %arg87 [0:144, 0:1, 0:1, 0:1] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %823 = stablehlo.reshape %822 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %824 = stablehlo.broadcast_in_dim %823, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %825 = stablehlo.multiply %821, %824 : tensor<1x144x14x14xf32>
      %826 = stablehlo.slice %820 [0:1, 0:144, 0:14, 1:15] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %827 = stablehlo.slice %arg87 [0:144, 0:1, 0:1, 1:2] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %828 = stablehlo.reshape %827 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %829 = stablehlo.broadcast_in_dim %828, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %830 = stablehlo.multiply %826, %829 : tensor<1x144x14x14xf32>
      %831 = stablehlo.add %825, %830 : tensor<1x144x14x14xf32>
      %832 = stablehlo.slice %820 [0:1, 0:144, 0:14, 2:16] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %833 = stablehlo.slice %arg87 [0:144, 0:1, 0:1, 2:3] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %834 = stablehlo.reshape %833 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %835 = stablehlo.broadcast_in_dim %834, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %836 = stablehlo.multiply %832, %835 : tensor<1x144x14x14xf32>
      %837 = stablehlo.add %831, %836 : tensor<1x144x14x14xf32>
      %838 = stablehlo.slice %820 [0:1, 0:144, 0:14, 3:17] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %839 = stablehlo.slice %arg87 [0:144, 0:1, 0:1, 3:4] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %840 = stablehlo.reshape %839 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %841 = stablehlo.broadcast_in_dim %840, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %842 = stablehlo.multiply %838, %841 : tensor<1x144x14x14xf32>
      %843 = stablehlo.add %837, %842 : tensor<1x144x14x14xf32>
      %844 = stablehlo.slice %820 [0:1, 0:144, 0:14, 4:18] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %845 = stablehlo.slice %arg87 [0:144, 0:1, 0:1, 4:5] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %846 = stablehlo.reshape %845 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %847 = stablehlo.broadcast_in_dim %846, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %848 = stablehlo.multiply %844, %847 : tensor<1x144x14x14xf32>
      %849 = stablehlo.add %843, %848 : tensor<1x144x14x14xf32>
      %850 = stablehlo.slice %820 [0:1, 0:144, 1:15, 0:14] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %851 = stablehlo.slice %arg87 [0:144, 0:1, 1:2, 0:1] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %852 = stablehlo.reshape %851 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %853 = stablehlo.broadcast_in_dim %852, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %854 = stablehlo.multiply %850, %853 : tensor<1x144x14x14xf32>
      %855 = stablehlo.add %849, %854 : tensor<1x144x14x14xf32>
      %856 = stablehlo.slice %820 [0:1, 0:144, 1:15, 1:15] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %857 = stablehlo.slice %arg87 [0:144, 0:1, 1:2, 1:2] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %858 = stablehlo.reshape %857 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %859 = stablehlo.broadcast_in_dim %858, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %860 = stablehlo.multiply %856, %859 : tensor<1x144x14x14xf32>
      %861 = stablehlo.add %855, %860 : tensor<1x144x14x14xf32>
      %862 = stablehlo.slice %820 [0:1, 0:144, 1:15, 2:16] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %863 = stablehlo.slice %arg87 [0:144, 0:1, 1:2, 2:3] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %864 = stablehlo.reshape %863 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %865 = stablehlo.broadcast_in_dim %864, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %866 = stablehlo.multiply %862, %865 : tensor<1x144x14x14xf32>
      %867 = stablehlo.add %861, %866 : tensor<1x144x14x14xf32>
      %868 = stablehlo.slice %820 [0:1, 0:144, 1:15, 3:17] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %869 = stablehlo.slice %arg87 [0:144, 0:1, 1:2, 3:4] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %870 = stablehlo.reshape %869 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %871 = stablehlo.broadcast_in_dim %870, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %872 = stablehlo.multiply %868, %871 : tensor<1x144x14x14xf32>
      %873 = stablehlo.add %867, %872 : tensor<1x144x14x14xf32>
      %874 = stablehlo.slice %820 [0:1, 0:144, 1:15, 4:18] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %875 = stablehlo.slice %arg87 [0:144, 0:1, 1:2, 4:5] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %876 = stablehlo.reshape %875 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %877 = stablehlo.broadcast_in_dim %876, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %878 = stablehlo.multiply %874, %877 : tensor<1x144x14x14xf32>
      %879 = stablehlo.add %873, %878 : tensor<1x144x14x14xf32>
      %880 = stablehlo.slice %820 [0:1, 0:144, 2:16, 0:14] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %881 = stablehlo.slice %arg87 [0:144, 0:1, 2:3, 0:1] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %882 = stablehlo.reshape %881 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %883 = stablehlo.broadcast_in_dim %882, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %884 = stablehlo.multiply %880, %883 : tensor<1x144x14x14xf32>
      %885 = stablehlo.add %879, %884 : tensor<1x144x14x14xf32>
      %886 = stablehlo.slice %820 [0:1, 0:144, 2:16, 1:15] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %887 = stablehlo.slice %arg87 [0:144, 0:1, 2:3, 1:2] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %888 = stablehlo.reshape %887 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %889 = stablehlo.broadcast_in_dim %888, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %890 = stablehlo.multiply %886, %889 : tensor<1x144x14x14xf32>
      %891 = stablehlo.add %885, %890 : tensor<1x144x14x14xf32>
      %892 = stablehlo.slice %820 [0:1, 0:144, 2:16, 2:16] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %893 = stablehlo.slice %arg87 [0:144, 0:1, 2:3, 2:3] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %894 = stablehlo.reshape %893 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %895 = stablehlo.broadcast_in_dim %894, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %896 = stablehlo.multiply %892, %895 : tensor<1x144x14x14xf32>
      %897 = stablehlo.add %891, %896 : tensor<1x144x14x14xf32>
      %898 = stablehlo.slice %820 [0:1, 0:144, 2:16, 3:17] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %899 = stablehlo.slice %arg87 [0:144, 0:1, 2:3, 3:4] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %900 = stablehlo.reshape %899 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %901 = stablehlo.broadcast_in_dim %900, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %902 = stablehlo.multiply %898, %901 : tensor<1x144x14x14xf32>
      %903 = stablehlo.add %897, %902 : tensor<1x144x14x14xf32>
      %904 = stablehlo.slice %820 [0:1, 0:144, 2:16, 4:18] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %905 = stablehlo.slice %arg87 [0:144, 0:1, 2:3, 4:5] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %906 = stablehlo.reshape %905 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %907 = stablehlo.broadcast_in_dim %906, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %908 = stablehlo.multiply %904, %907 : tensor<1x144x14x14xf32>
      %909 = stablehlo.add %903, %908 : tensor<1x144x14x14xf32>
      %910 = stablehlo.slice %820 [0:1, 0:144, 3:17, 0:14] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %911 = stablehlo.slice %arg87 [0:144, 0:1, 3:4, 0:1] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %912 = stablehlo.reshape %911 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %913 = stablehlo.broadcast_in_dim %912, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %914 = stablehlo.multiply %910, %913 : tensor<1x144x14x14xf32>
      %915 = stablehlo.add %909, %914 : tensor<1x144x14x14xf32>
      %916 = stablehlo.slice %820 [0:1, 0:144, 3:17, 1:15] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %917 = stablehlo.slice %arg87 [0:144, 0:1, 3:4, 1:2] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %918 = stablehlo.reshape %917 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %919 = stablehlo.broadcast_in_dim %918, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %920 = stablehlo.multiply %916, %919 : tensor<1x144x14x14xf32>
      %921 = stablehlo.add %915, %920 : tensor<1x144x14x14xf32>
      %922 = stablehlo.slice %820 [0:1, 0:144, 3:17, 2:16] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %923 = stablehlo.slice %arg87 [0:144, 0:1, 3:4, 2:3] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %924 = stablehlo.reshape %923 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %925 = stablehlo.broadcast_in_dim %924, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %926 = stablehlo.multiply %922, %925 : tensor<1x144x14x14xf32>
      %927 = stablehlo.add %921, %926 : tensor<1x144x14x14xf32>
      %928 = stablehlo.slice %820 [0:1, 0:144, 3:17, 3:17] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %929 = stablehlo.slice %arg87 [0:144, 0:1, 3:4, 3:4] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %930 = stablehlo.reshape %929 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %931 = stablehlo.broadcast_in_dim %930, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %932 = stablehlo.multiply %928, %931 : tensor<1x144x14x14xf32>
      %933 = stablehlo.add %927, %932 : tensor<1x144x14x14xf32>
      %934 = stablehlo.slice %820 [0:1, 0:144, 3:17, 4:18] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %935 = stablehlo.slice %arg87 [0:144, 0:1, 3:4, 4:5] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %936 = stablehlo.reshape %935 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %937 = stablehlo.broadcast_in_dim %936, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %938 = stablehlo.multiply %934, %937 : tensor<1x144x14x14xf32>
      %939 = stablehlo.add %933, %938 : tensor<1x144x14x14xf32>
      %940 = stablehlo.slice %820 [0:1, 0:144, 4:18, 0:14] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %941 = stablehlo.slice %arg87 [0:144, 0:1, 4:5, 0:1] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %942 = stablehlo.reshape %941 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %943 = stablehlo.broadcast_in_dim %942, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %944 = stablehlo.multiply %940, %943 : tensor<1x144x14x14xf32>
      %945 = stablehlo.add %939, %944 : tensor<1x144x14x14xf32>
      %946 = stablehlo.slice %820 [0:1, 0:144, 4:18, 1:15] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %947 = stablehlo.slice %arg87 [0:144, 0:1, 4:5, 1:2] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %948 = stablehlo.reshape %947 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %949 = stablehlo.broadcast_in_dim %948, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %950 = stablehlo.multiply %946, %949 : tensor<1x144x14x14xf32>
      %951 = stablehlo.add %945, %950 : tensor<1x144x14x14xf32>
      %952 = stablehlo.slice %820 [0:1, 0:144, 4:18, 2:16] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %953 = stablehlo.slice %arg87 [0:144, 0:1, 4:5, 2:3] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %954 = stablehlo.reshape %953 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %955 = stablehlo.broadcast_in_dim %954, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %956 = stablehlo.multiply %952, %955 : tensor<1x144x14x14xf32>
      %957 = stablehlo.add %951, %956 : tensor<1x144x14x14xf32>
      %958 = stablehlo.slice %820 [0:1, 0:144, 4:18, 3:17] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %959 = stablehlo.slice %arg87 [0:144, 0:1, 4:5, 3:4] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %960 = stablehlo.reshape %959 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %961 = stablehlo.broadcast_in_dim %960, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %962 = stablehlo.multiply %958, %961 : tensor<1x144x14x14xf32>
      %963 = stablehlo.add %957, %962 : tensor<1x144x14x14xf32>
      %964 = stablehlo.slice %820 [0:1, 0:144, 4:18, 4:18] : (tensor<1x144x18x18xf32>) -> tensor<1x144x14x14xf32>
      %965 = stablehlo.slice %arg87 [0:144, 0:1, 4:5, 4:5] : (tensor<144x1x5x5xf32>) -> tensor<144x1x1x1xf32>
      %966 = stablehlo.reshape %965 : (tensor<144x1x1x1xf32>) -> tensor<144xf32>
      %967 = stablehlo.broadcast_in_dim %966, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
      %968 = stablehlo.multiply %964, %967 : tensor<1x144x14x14xf32>
      %969 = stablehlo.add %963, %968 : tensor<1x144x14x14xf32>
      stablehlo.return %969 : tensor<1x144x14x14xf32>
    }, {
      %820 = stablehlo.convolution(%489, %arg87) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 144 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x144x14x14xf32>, tensor<144x1x5x5xf32>) -> tensor<1x144x14x14xf32>
      stablehlo.return %820 : tensor<1x144x14x14xf32>
    }) : (tensor<i32>) -> tensor<1x144x14x14xf32>
    %495 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<144xf32>
    %496 = stablehlo.add %arg188, %495 : tensor<144xf32>
    %497 = stablehlo.rsqrt %496 : tensor<144xf32>
    %498 = stablehlo.multiply %497, %arg88 : tensor<144xf32>
    %499 = stablehlo.negate %arg187 : tensor<144xf32>
    %500 = stablehlo.multiply %499, %498 : tensor<144xf32>
    %501 = stablehlo.add %500, %arg89 : tensor<144xf32>
    %502 = stablehlo.broadcast_in_dim %498, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
    %503 = stablehlo.multiply %494, %502 : tensor<1x144x14x14xf32>
    %504 = stablehlo.broadcast_in_dim %501, dims = [1] : (tensor<144xf32>) -> tensor<1x144x14x14xf32>
    %505 = stablehlo.add %503, %504 : tensor<1x144x14x14xf32>
    %506 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %507 = stablehlo.add %505, %506 : tensor<1x144x14x14xf32>
    %508 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %509 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %510 = stablehlo.clamp %508, %507, %509 : tensor<1x144x14x14xf32>
    %511 = stablehlo.multiply %505, %510 : tensor<1x144x14x14xf32>
    %512 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x144x14x14xf32>
    %513 = stablehlo.divide %511, %512 : tensor<1x144x14x14xf32>
    %514 = stablehlo.reduce(%513 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x144x14x14xf32>, tensor<f32>) -> tensor<1x144xf32>
    %515 = stablehlo.broadcast_in_dim %514, dims = [0, 1] : (tensor<1x144xf32>) -> tensor<1x144x1x1xf32>
    %516 = stablehlo.broadcast_in_dim %cst_0, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %517 = stablehlo.divide %515, %516 : tensor<1x144x1x1xf32>
    %518 = stablehlo.convolution(%517, %arg90) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x144x1x1xf32>, tensor<40x144x1x1xf32>) -> tensor<1x40x1x1xf32>
    %519 = stablehlo.broadcast_in_dim %arg91, dims = [1] : (tensor<40xf32>) -> tensor<1x40x1x1xf32>
    %520 = stablehlo.add %518, %519 : tensor<1x40x1x1xf32>
    %521 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x40x1x1xf32>
    %522 = stablehlo.maximum %520, %521 : tensor<1x40x1x1xf32>
    %523 = stablehlo.convolution(%522, %arg92) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x40x1x1xf32>, tensor<144x40x1x1xf32>) -> tensor<1x144x1x1xf32>
    %524 = stablehlo.broadcast_in_dim %arg93, dims = [1] : (tensor<144xf32>) -> tensor<1x144x1x1xf32>
    %525 = stablehlo.add %523, %524 : tensor<1x144x1x1xf32>
    %526 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %527 = stablehlo.add %525, %526 : tensor<1x144x1x1xf32>
    %528 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %529 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %530 = stablehlo.clamp %528, %527, %529 : tensor<1x144x1x1xf32>
    %531 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %532 = stablehlo.divide %530, %531 : tensor<1x144x1x1xf32>
    %533 = stablehlo.broadcast_in_dim %532, dims = [0, 1, 2, 3] : (tensor<1x144x1x1xf32>) -> tensor<1x144x14x14xf32>
    %534 = stablehlo.multiply %533, %513 : tensor<1x144x14x14xf32>
    %535 = stablehlo.convolution(%534, %arg94) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x144x14x14xf32>, tensor<48x144x1x1xf32>) -> tensor<1x48x14x14xf32>
    %536 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<48xf32>
    %537 = stablehlo.add %arg190, %536 : tensor<48xf32>
    %538 = stablehlo.rsqrt %537 : tensor<48xf32>
    %539 = stablehlo.multiply %538, %arg95 : tensor<48xf32>
    %540 = stablehlo.negate %arg189 : tensor<48xf32>
    %541 = stablehlo.multiply %540, %539 : tensor<48xf32>
    %542 = stablehlo.add %541, %arg96 : tensor<48xf32>
    %543 = stablehlo.broadcast_in_dim %539, dims = [1] : (tensor<48xf32>) -> tensor<1x48x14x14xf32>
    %544 = stablehlo.multiply %535, %543 : tensor<1x48x14x14xf32>
    %545 = stablehlo.broadcast_in_dim %542, dims = [1] : (tensor<48xf32>) -> tensor<1x48x14x14xf32>
    %546 = stablehlo.add %544, %545 : tensor<1x48x14x14xf32>
    %547 = stablehlo.add %546, %469 : tensor<1x48x14x14xf32>
    %548 = stablehlo.convolution(%547, %arg97) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x48x14x14xf32>, tensor<288x48x1x1xf32>) -> tensor<1x288x14x14xf32>
    %549 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<288xf32>
    %550 = stablehlo.add %arg192, %549 : tensor<288xf32>
    %551 = stablehlo.rsqrt %550 : tensor<288xf32>
    %552 = stablehlo.multiply %551, %arg98 : tensor<288xf32>
    %553 = stablehlo.negate %arg191 : tensor<288xf32>
    %554 = stablehlo.multiply %553, %552 : tensor<288xf32>
    %555 = stablehlo.add %554, %arg99 : tensor<288xf32>
    %556 = stablehlo.broadcast_in_dim %552, dims = [1] : (tensor<288xf32>) -> tensor<1x288x14x14xf32>
    %557 = stablehlo.multiply %548, %556 : tensor<1x288x14x14xf32>
    %558 = stablehlo.broadcast_in_dim %555, dims = [1] : (tensor<288xf32>) -> tensor<1x288x14x14xf32>
    %559 = stablehlo.add %557, %558 : tensor<1x288x14x14xf32>
    %560 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x288x14x14xf32>
    %561 = stablehlo.add %559, %560 : tensor<1x288x14x14xf32>
    %562 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x288x14x14xf32>
    %563 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x288x14x14xf32>
    %564 = stablehlo.clamp %562, %561, %563 : tensor<1x288x14x14xf32>
    %565 = stablehlo.multiply %559, %564 : tensor<1x288x14x14xf32>
    %566 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x288x14x14xf32>
    %567 = stablehlo.divide %565, %566 : tensor<1x288x14x14xf32>
    %568 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %569 = "stablehlo.case"(%568) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %570 = "stablehlo.case"(%569) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %571 = "stablehlo.case"(%570) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %572 = "stablehlo.case"(%571) ({
      %820 = stablehlo.pad %567, %cst_3, low = [0, 0, 2, 2], high = [0, 0, 2, 2], interior = [0, 0, 0, 0] : (tensor<1x288x14x14xf32>, tensor<f32>) -> tensor<1x288x18x18xf32>
      %821 = stablehlo.slice %820 [0:1, 0:288, 0:13:2, 0:13:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %822 = stablehlo.slice %arg100 [0:288, 0:1, 0:1, 0:1] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %823 = stablehlo.reshape %822 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %824 = stablehlo.broadcast_in_dim %823, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %825 = stablehlo.multiply %821, %824 : tensor<1x288x7x7xf32>
      %826 = stablehlo.slice %820 [0:1, 0:288, 0:13:2, 1:14:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %827 = stablehlo.slice %arg100 [0:288, 0:1, 0:1, 1:2] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %828 = stablehlo.reshape %827 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %829 = stablehlo.broadcast_in_dim %828, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %830 = stablehlo.multiply %826, %829 : tensor<1x288x7x7xf32>
      %831 = stablehlo.add %825, %830 : tensor<1x288x7x7xf32>
      %832 = stablehlo.slice %820 [0:1, 0:288, 0:13:2, 2:15:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %833 = stablehlo.slice %arg100 [0:288, 0:1, 0:1, 2:3] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %834 = stablehlo.reshape %833 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %835 = stablehlo.broadcast_in_dim %834, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %836 = stablehlo.multiply %832, %835 : tensor<1x288x7x7xf32>
      %837 = stablehlo.add %831, %836 : tensor<1x288x7x7xf32>
      %838 = stablehlo.slice %820 [0:1, 0:288, 0:13:2, 3:16:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %839 = stablehlo.slice %arg100 [0:288, 0:1, 0:1, 3:4] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %840 = stablehlo.reshape %839 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %841 = stablehlo.broadcast_in_dim %840, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %842 = stablehlo.multiply %838, %841 : tensor<1x288x7x7xf32>
      %843 = stablehlo.add %837, %842 : tensor<1x288x7x7xf32>
      %844 = stablehlo.slice %820 [0:1, 0:288, 0:13:2, 4:17:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %845 = stablehlo.slice %arg100 [0:288, 0:1, 0:1, 4:5] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %846 = stablehlo.reshape %845 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %847 = stablehlo.broadcast_in_dim %846, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %848 = stablehlo.multiply %844, %847 : tensor<1x288x7x7xf32>
      %849 = stablehlo.add %843, %848 : tensor<1x288x7x7xf32>
      %850 = stablehlo.slice %820 [0:1, 0:288, 1:14:2, 0:13:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %851 = stablehlo.slice %arg100 [0:288, 0:1, 1:2, 0:1] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %852 = stablehlo.reshape %851 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %853 = stablehlo.broadcast_in_dim %852, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %854 = stablehlo.multiply %850, %853 : tensor<1x288x7x7xf32>
      %855 = stablehlo.add %849, %854 : tensor<1x288x7x7xf32>
      %856 = stablehlo.slice %820 [0:1, 0:288, 1:14:2, 1:14:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %857 = stablehlo.slice %arg100 [0:288, 0:1, 1:2, 1:2] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %858 = stablehlo.reshape %857 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %859 = stablehlo.broadcast_in_dim %858, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %860 = stablehlo.multiply %856, %859 : tensor<1x288x7x7xf32>
      %861 = stablehlo.add %855, %860 : tensor<1x288x7x7xf32>
      %862 = stablehlo.slice %820 [0:1, 0:288, 1:14:2, 2:15:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %863 = stablehlo.slice %arg100 [0:288, 0:1, 1:2, 2:3] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %864 = stablehlo.reshape %863 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %865 = stablehlo.broadcast_in_dim %864, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %866 = stablehlo.multiply %862, %865 : tensor<1x288x7x7xf32>
      %867 = stablehlo.add %861, %866 : tensor<1x288x7x7xf32>
      %868 = stablehlo.slice %820 [0:1, 0:288, 1:14:2, 3:16:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %869 = stablehlo.slice %arg100 [0:288, 0:1, 1:2, 3:4] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %870 = stablehlo.reshape %869 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %871 = stablehlo.broadcast_in_dim %870, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %872 = stablehlo.multiply %868, %871 : tensor<1x288x7x7xf32>
      %873 = stablehlo.add %867, %872 : tensor<1x288x7x7xf32>
      %874 = stablehlo.slice %820 [0:1, 0:288, 1:14:2, 4:17:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %875 = stablehlo.slice %arg100 [0:288, 0:1, 1:2, 4:5] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %876 = stablehlo.reshape %875 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %877 = stablehlo.broadcast_in_dim %876, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %878 = stablehlo.multiply %874, %877 : tensor<1x288x7x7xf32>
      %879 = stablehlo.add %873, %878 : tensor<1x288x7x7xf32>
      %880 = stablehlo.slice %820 [0:1, 0:288, 2:15:2, 0:13:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %881 = stablehlo.slice %arg100 [0:288, 0:1, 2:3, 0:1] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %882 = stablehlo.reshape %881 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %883 = stablehlo.broadcast_in_dim %882, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %884 = stablehlo.multiply %880, %883 : tensor<1x288x7x7xf32>
      %885 = stablehlo.add %879, %884 : tensor<1x288x7x7xf32>
      %886 = stablehlo.slice %820 [0:1, 0:288, 2:15:2, 1:14:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %887 = stablehlo.slice %arg100 [0:288, 0:1, 2:3, 1:2] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %888 = stablehlo.reshape %887 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %889 = stablehlo.broadcast_in_dim %888, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %890 = stablehlo.multiply %886, %889 : tensor<1x288x7x7xf32>
      %891 = stablehlo.add %885, %890 : tensor<1x288x7x7xf32>
      %892 = stablehlo.slice %820 [0:1, 0:288, 2:15:2, 2:15:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %893 = stablehlo.slice %arg100 [0:288, 0:1, 2:3, 2:3] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %894 = stablehlo.reshape %893 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %895 = stablehlo.broadcast_in_dim %894, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %896 = stablehlo.multiply %892, %895 : tensor<1x288x7x7xf32>
      %897 = stablehlo.add %891, %896 : tensor<1x288x7x7xf32>
      %898 = stablehlo.slice %820 [0:1, 0:288, 2:15:2, 3:16:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %899 = stablehlo.slice %arg100 [0:288, 0:1, 2:3, 3:4] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %900 = stablehlo.reshape %899 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %901 = stablehlo.broadcast_in_dim %900, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %902 = stablehlo.multiply %898, %901 : tensor<1x288x7x7xf32>
      %903 = stablehlo.add %897, %902 : tensor<1x288x7x7xf32>
      %904 = stablehlo.slice %820 [0:1, 0:288, 2:15:2, 4:17:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %905 = stablehlo.slice %arg100 [0:288, 0:1, 2:3, 4:5] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %906 = stablehlo.reshape %905 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %907 = stablehlo.broadcast_in_dim %906, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %908 = stablehlo.multiply %904, %907 : tensor<1x288x7x7xf32>
      %909 = stablehlo.add %903, %908 : tensor<1x288x7x7xf32>
      %910 = stablehlo.slice %820 [0:1, 0:288, 3:16:2, 0:13:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %911 = stablehlo.slice %arg100 [0:288, 0:1, 3:4, 0:1] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %912 = stablehlo.reshape %911 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %913 = stablehlo.broadcast_in_dim %912, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %914 = stablehlo.multiply %910, %913 : tensor<1x288x7x7xf32>
      %915 = stablehlo.add %909, %914 : tensor<1x288x7x7xf32>
      %916 = stablehlo.slice %820 [0:1, 0:288, 3:16:2, 1:14:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %917 = stablehlo.slice %arg100 [0:288, 0:1, 3:4, 1:2] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %918 = stablehlo.reshape %917 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %919 = stablehlo.broadcast_in_dim %918, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %920 = stablehlo.multiply %916, %919 : tensor<1x288x7x7xf32>
      %921 = stablehlo.add %915, %920 : tensor<1x288x7x7xf32>
      %922 = stablehlo.slice %820 [0:1, 0:288, 3:16:2, 2:15:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %923 = stablehlo.slice %arg100 [0:288, 0:1, 3:4, 2:3] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %924 = stablehlo.reshape %923 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %925 = stablehlo.broadcast_in_dim %924, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %926 = stablehlo.multiply %922, %925 : tensor<1x288x7x7xf32>
      %927 = stablehlo.add %921, %926 : tensor<1x288x7x7xf32>
      %928 = stablehlo.slice %820 [0:1, 0:288, 3:16:2, 3:16:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %929 = stablehlo.slice %arg100 [0:288, 0:1, 3:4, 3:4] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %930 = stablehlo.reshape %929 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %931 = stablehlo.broadcast_in_dim %930, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %932 = stablehlo.multiply %928, %931 : tensor<1x288x7x7xf32>
      %933 = stablehlo.add %927, %932 : tensor<1x288x7x7xf32>
      %934 = stablehlo.slice %820 [0:1, 0:288, 3:16:2, 4:17:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %935 = stablehlo.slice %arg100 [0:288, 0:1, 3:4, 4:5] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %936 = stablehlo.reshape %935 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %937 = stablehlo.broadcast_in_dim %936, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %938 = stablehlo.multiply %934, %937 : tensor<1x288x7x7xf32>
      %939 = stablehlo.add %933, %938 : tensor<1x288x7x7xf32>
      %940 = stablehlo.slice %820 [0:1, 0:288, 4:17:2, 0:13:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %941 = stablehlo.slice %arg100 [0:288, 0:1, 4:5, 0:1] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %942 = stablehlo.reshape %941 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %943 = stablehlo.broadcast_in_dim %942, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %944 = stablehlo.multiply %940, %943 : tensor<1x288x7x7xf32>
      %945 = stablehlo.add %939, %944 : tensor<1x288x7x7xf32>
      %946 = stablehlo.slice %820 [0:1, 0:288, 4:17:2, 1:14:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %947 = stablehlo.slice %arg100 [0:288, 0:1, 4:5, 1:2] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %948 = stablehlo.reshape %947 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %949 = stablehlo.broadcast_in_dim %948, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %950 = stablehlo.multiply %946, %949 : tensor<1x288x7x7xf32>
      %951 = stablehlo.add %945, %950 : tensor<1x288x7x7xf32>
      %952 = stablehlo.slice %820 [0:1, 0:288, 4:17:2, 2:15:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %953 = stablehlo.slice %arg100 [0:288, 0:1, 4:5, 2:3] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %954 = stablehlo.reshape %953 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %955 = stablehlo.broadcast_in_dim %954, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %956 = stablehlo.multiply %952, %955 : tensor<1x288x7x7xf32>
      %957 = stablehlo.add %951, %956 : tensor<1x288x7x7xf32>
      %958 = stablehlo.slice %820 [0:1, 0:288, 4:17:2, 3:16:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %959 = stablehlo.slice %arg100 [0:288, 0:1, 4:5, 3:4] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %960 = stablehlo.reshape %959 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %961 = stablehlo.broadcast_in_dim %960, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %962 = stablehlo.multiply %958, %961 : tensor<1x288x7x7xf32>
      %963 = stablehlo.add %957, %962 : tensor<1x288x7x7xf32>
      %964 = stablehlo.slice %820 [0:1, 0:288, 4:17:2, 4:17:2] : (tensor<1x288x18x18xf32>) -> tensor<1x288x7x7xf32>
      %965 = stablehlo.slice %arg100 [0:288, 0:1, 4:5, 4:5] : (tensor<288x1x5x5xf32>) -> tensor<288x1x1x1xf32>
      %966 = stablehlo.reshape %965 : (tensor<288x1x1x1xf32>) -> tensor<288xf32>
      %967 = stablehlo.broadcast_in_dim %966, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
      %968 = stablehlo.multiply %964, %967 : tensor<1x288x7x7xf32>
      %969 = stablehlo.add %963, %968 : tensor<1x288x7x7xf32>
      stablehlo.return %969 : tensor<1x288x7x7xf32>
    }, {
      %820 = stablehlo.convolution(%567, %arg100) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {stride = [2, 2], pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 288 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x288x14x14xf32>, tensor<288x1x5x5xf32>) -> tensor<1x288x7x7xf32>
      stablehlo.return %820 : tensor<1x288x7x7xf32>
    }) : (tensor<i32>) -> tensor<1x288x7x7xf32>
    %573 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<288xf32>
    %574 = stablehlo.add %arg194, %573 : tensor<288xf32>
    %575 = stablehlo.rsqrt %574 : tensor<288xf32>
    %576 = stablehlo.multiply %575, %arg101 : tensor<288xf32>
    %577 = stablehlo.negate %arg193 : tensor<288xf32>
    %578 = stablehlo.multiply %577, %576 : tensor<288xf32>
    %579 = stablehlo.add %578, %arg102 : tensor<288xf32>
    %580 = stablehlo.broadcast_in_dim %576, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
    %581 = stablehlo.multiply %572, %580 : tensor<1x288x7x7xf32>
    %582 = stablehlo.broadcast_in_dim %579, dims = [1] : (tensor<288xf32>) -> tensor<1x288x7x7xf32>
    %583 = stablehlo.add %581, %582 : tensor<1x288x7x7xf32>
    %584 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x288x7x7xf32>
    %585 = stablehlo.add %583, %584 : tensor<1x288x7x7xf32>
    %586 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x288x7x7xf32>
    %587 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x288x7x7xf32>
    %588 = stablehlo.clamp %586, %585, %587 : tensor<1x288x7x7xf32>
    %589 = stablehlo.multiply %583, %588 : tensor<1x288x7x7xf32>
    %590 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x288x7x7xf32>
    %591 = stablehlo.divide %589, %590 : tensor<1x288x7x7xf32>
    %592 = stablehlo.reduce(%591 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x288x7x7xf32>, tensor<f32>) -> tensor<1x288xf32>
    %593 = stablehlo.broadcast_in_dim %592, dims = [0, 1] : (tensor<1x288xf32>) -> tensor<1x288x1x1xf32>
    %594 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x288x1x1xf32>
    %595 = stablehlo.divide %593, %594 : tensor<1x288x1x1xf32>
    %596 = stablehlo.convolution(%595, %arg103) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x288x1x1xf32>, tensor<72x288x1x1xf32>) -> tensor<1x72x1x1xf32>
    %597 = stablehlo.broadcast_in_dim %arg104, dims = [1] : (tensor<72xf32>) -> tensor<1x72x1x1xf32>
    %598 = stablehlo.add %596, %597 : tensor<1x72x1x1xf32>
    %599 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x72x1x1xf32>
    %600 = stablehlo.maximum %598, %599 : tensor<1x72x1x1xf32>
    %601 = stablehlo.convolution(%600, %arg105) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x72x1x1xf32>, tensor<288x72x1x1xf32>) -> tensor<1x288x1x1xf32>
    %602 = stablehlo.broadcast_in_dim %arg106, dims = [1] : (tensor<288xf32>) -> tensor<1x288x1x1xf32>
    %603 = stablehlo.add %601, %602 : tensor<1x288x1x1xf32>
    %604 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x288x1x1xf32>
    %605 = stablehlo.add %603, %604 : tensor<1x288x1x1xf32>
    %606 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x288x1x1xf32>
    %607 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x288x1x1xf32>
    %608 = stablehlo.clamp %606, %605, %607 : tensor<1x288x1x1xf32>
    %609 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x288x1x1xf32>
    %610 = stablehlo.divide %608, %609 : tensor<1x288x1x1xf32>
    %611 = stablehlo.broadcast_in_dim %610, dims = [0, 1, 2, 3] : (tensor<1x288x1x1xf32>) -> tensor<1x288x7x7xf32>
    %612 = stablehlo.multiply %611, %591 : tensor<1x288x7x7xf32>
    %613 = stablehlo.convolution(%612, %arg107) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x288x7x7xf32>, tensor<96x288x1x1xf32>) -> tensor<1x96x7x7xf32>
    %614 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<96xf32>
    %615 = stablehlo.add %arg196, %614 : tensor<96xf32>
    %616 = stablehlo.rsqrt %615 : tensor<96xf32>
    %617 = stablehlo.multiply %616, %arg108 : tensor<96xf32>
    %618 = stablehlo.negate %arg195 : tensor<96xf32>
    %619 = stablehlo.multiply %618, %617 : tensor<96xf32>
    %620 = stablehlo.add %619, %arg109 : tensor<96xf32>
    %621 = stablehlo.broadcast_in_dim %617, dims = [1] : (tensor<96xf32>) -> tensor<1x96x7x7xf32>
    %622 = stablehlo.multiply %613, %621 : tensor<1x96x7x7xf32>
    %623 = stablehlo.broadcast_in_dim %620, dims = [1] : (tensor<96xf32>) -> tensor<1x96x7x7xf32>
    %624 = stablehlo.add %622, %623 : tensor<1x96x7x7xf32>
    %625 = stablehlo.convolution(%624, %arg110) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x96x7x7xf32>, tensor<576x96x1x1xf32>) -> tensor<1x576x7x7xf32>
    %626 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<576xf32>
    %627 = stablehlo.add %arg198, %626 : tensor<576xf32>
    %628 = stablehlo.rsqrt %627 : tensor<576xf32>
    %629 = stablehlo.multiply %628, %arg111 : tensor<576xf32>
    %630 = stablehlo.negate %arg197 : tensor<576xf32>
    %631 = stablehlo.multiply %630, %629 : tensor<576xf32>
    %632 = stablehlo.add %631, %arg112 : tensor<576xf32>
    %633 = stablehlo.broadcast_in_dim %629, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %634 = stablehlo.multiply %625, %633 : tensor<1x576x7x7xf32>
    %635 = stablehlo.broadcast_in_dim %632, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %636 = stablehlo.add %634, %635 : tensor<1x576x7x7xf32>
    %637 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %638 = stablehlo.add %636, %637 : tensor<1x576x7x7xf32>
    %639 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %640 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %641 = stablehlo.clamp %639, %638, %640 : tensor<1x576x7x7xf32>
    %642 = stablehlo.multiply %636, %641 : tensor<1x576x7x7xf32>
    %643 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %644 = stablehlo.divide %642, %643 : tensor<1x576x7x7xf32>
    %645 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %646 = "stablehlo.case"(%645) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %647 = "stablehlo.case"(%646) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %648 = "stablehlo.case"(%647) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %649 = "stablehlo.case"(%648) ({
      %820 = stablehlo.pad %644, %cst_3, low = [0, 0, 2, 2], high = [0, 0, 2, 2], interior = [0, 0, 0, 0] : (tensor<1x576x7x7xf32>, tensor<f32>) -> tensor<1x576x11x11xf32>
      %821 = stablehlo.slice %820 [0:1, 0:576, 0:7, 0:7] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %822 = stablehlo.slice %arg113 [0:576, 0:1, 0:1, 0:1] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %823 = stablehlo.reshape %822 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %824 = stablehlo.broadcast_in_dim %823, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %825 = stablehlo.multiply %821, %824 : tensor<1x576x7x7xf32>
      %826 = stablehlo.slice %820 [0:1, 0:576, 0:7, 1:8] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %827 = stablehlo.slice %arg113 [0:576, 0:1, 0:1, 1:2] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %828 = stablehlo.reshape %827 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %829 = stablehlo.broadcast_in_dim %828, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %830 = stablehlo.multiply %826, %829 : tensor<1x576x7x7xf32>
      %831 = stablehlo.add %825, %830 : tensor<1x576x7x7xf32>
      %832 = stablehlo.slice %820 [0:1, 0:576, 0:7, 2:9] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %833 = stablehlo.slice %arg113 [0:576, 0:1, 0:1, 2:3] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %834 = stablehlo.reshape %833 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %835 = stablehlo.broadcast_in_dim %834, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %836 = stablehlo.multiply %832, %835 : tensor<1x576x7x7xf32>
      %837 = stablehlo.add %831, %836 : tensor<1x576x7x7xf32>
      %838 = stablehlo.slice %820 [0:1, 0:576, 0:7, 3:10] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %839 = stablehlo.slice %arg113 [0:576, 0:1, 0:1, 3:4] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %840 = stablehlo.reshape %839 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %841 = stablehlo.broadcast_in_dim %840, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %842 = stablehlo.multiply %838, %841 : tensor<1x576x7x7xf32>
      %843 = stablehlo.add %837, %842 : tensor<1x576x7x7xf32>
      %844 = stablehlo.slice %820 [0:1, 0:576, 0:7, 4:11] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %845 = stablehlo.slice %arg113 [0:576, 0:1, 0:1, 4:5] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %846 = stablehlo.reshape %845 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %847 = stablehlo.broadcast_in_dim %846, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %848 = stablehlo.multiply %844, %847 : tensor<1x576x7x7xf32>
      %849 = stablehlo.add %843, %848 : tensor<1x576x7x7xf32>
      %850 = stablehlo.slice %820 [0:1, 0:576, 1:8, 0:7] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %851 = stablehlo.slice %arg113 [0:576, 0:1, 1:2, 0:1] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %852 = stablehlo.reshape %851 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %853 = stablehlo.broadcast_in_dim %852, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %854 = stablehlo.multiply %850, %853 : tensor<1x576x7x7xf32>
      %855 = stablehlo.add %849, %854 : tensor<1x576x7x7xf32>
      %856 = stablehlo.slice %820 [0:1, 0:576, 1:8, 1:8] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %857 = stablehlo.slice %arg113 [0:576, 0:1, 1:2, 1:2] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %858 = stablehlo.reshape %857 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %859 = stablehlo.broadcast_in_dim %858, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %860 = stablehlo.multiply %856, %859 : tensor<1x576x7x7xf32>
      %861 = stablehlo.add %855, %860 : tensor<1x576x7x7xf32>
      %862 = stablehlo.slice %820 [0:1, 0:576, 1:8, 2:9] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %863 = stablehlo.slice %arg113 [0:576, 0:1, 1:2, 2:3] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %864 = stablehlo.reshape %863 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %865 = stablehlo.broadcast_in_dim %864, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %866 = stablehlo.multiply %862, %865 : tensor<1x576x7x7xf32>
      %867 = stablehlo.add %861, %866 : tensor<1x576x7x7xf32>
      %868 = stablehlo.slice %820 [0:1, 0:576, 1:8, 3:10] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %869 = stablehlo.slice %arg113 [0:576, 0:1, 1:2, 3:4] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %870 = stablehlo.reshape %869 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %871 = stablehlo.broadcast_in_dim %870, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %872 = stablehlo.multiply %868, %871 : tensor<1x576x7x7xf32>
      %873 = stablehlo.add %867, %872 : tensor<1x576x7x7xf32>
      %874 = stablehlo.slice %820 [0:1, 0:576, 1:8, 4:11] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %875 = stablehlo.slice %arg113 [0:576, 0:1, 1:2, 4:5] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %876 = stablehlo.reshape %875 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %877 = stablehlo.broadcast_in_dim %876, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %878 = stablehlo.multiply %874, %877 : tensor<1x576x7x7xf32>
      %879 = stablehlo.add %873, %878 : tensor<1x576x7x7xf32>
      %880 = stablehlo.slice %820 [0:1, 0:576, 2:9, 0:7] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %881 = stablehlo.slice %arg113 [0:576, 0:1, 2:3, 0:1] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %882 = stablehlo.reshape %881 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %883 = stablehlo.broadcast_in_dim %882, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %884 = stablehlo.multiply %880, %883 : tensor<1x576x7x7xf32>
      %885 = stablehlo.add %879, %884 : tensor<1x576x7x7xf32>
      %886 = stablehlo.slice %820 [0:1, 0:576, 2:9, 1:8] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %887 = stablehlo.slice %arg113 [0:576, 0:1, 2:3, 1:2] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %888 = stablehlo.reshape %887 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %889 = stablehlo.broadcast_in_dim %888, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %890 = stablehlo.multiply %886, %889 : tensor<1x576x7x7xf32>
      %891 = stablehlo.add %885, %890 : tensor<1x576x7x7xf32>
      %892 = stablehlo.slice %820 [0:1, 0:576, 2:9, 2:9] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %893 = stablehlo.slice %arg113 [0:576, 0:1, 2:3, 2:3] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %894 = stablehlo.reshape %893 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %895 = stablehlo.broadcast_in_dim %894, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %896 = stablehlo.multiply %892, %895 : tensor<1x576x7x7xf32>
      %897 = stablehlo.add %891, %896 : tensor<1x576x7x7xf32>
      %898 = stablehlo.slice %820 [0:1, 0:576, 2:9, 3:10] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %899 = stablehlo.slice %arg113 [0:576, 0:1, 2:3, 3:4] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %900 = stablehlo.reshape %899 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %901 = stablehlo.broadcast_in_dim %900, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %902 = stablehlo.multiply %898, %901 : tensor<1x576x7x7xf32>
      %903 = stablehlo.add %897, %902 : tensor<1x576x7x7xf32>
      %904 = stablehlo.slice %820 [0:1, 0:576, 2:9, 4:11] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %905 = stablehlo.slice %arg113 [0:576, 0:1, 2:3, 4:5] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %906 = stablehlo.reshape %905 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %907 = stablehlo.broadcast_in_dim %906, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %908 = stablehlo.multiply %904, %907 : tensor<1x576x7x7xf32>
      %909 = stablehlo.add %903, %908 : tensor<1x576x7x7xf32>
      %910 = stablehlo.slice %820 [0:1, 0:576, 3:10, 0:7] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %911 = stablehlo.slice %arg113 [0:576, 0:1, 3:4, 0:1] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %912 = stablehlo.reshape %911 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %913 = stablehlo.broadcast_in_dim %912, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %914 = stablehlo.multiply %910, %913 : tensor<1x576x7x7xf32>
      %915 = stablehlo.add %909, %914 : tensor<1x576x7x7xf32>
      %916 = stablehlo.slice %820 [0:1, 0:576, 3:10, 1:8] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %917 = stablehlo.slice %arg113 [0:576, 0:1, 3:4, 1:2] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %918 = stablehlo.reshape %917 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %919 = stablehlo.broadcast_in_dim %918, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %920 = stablehlo.multiply %916, %919 : tensor<1x576x7x7xf32>
      %921 = stablehlo.add %915, %920 : tensor<1x576x7x7xf32>
      %922 = stablehlo.slice %820 [0:1, 0:576, 3:10, 2:9] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %923 = stablehlo.slice %arg113 [0:576, 0:1, 3:4, 2:3] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %924 = stablehlo.reshape %923 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %925 = stablehlo.broadcast_in_dim %924, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %926 = stablehlo.multiply %922, %925 : tensor<1x576x7x7xf32>
      %927 = stablehlo.add %921, %926 : tensor<1x576x7x7xf32>
      %928 = stablehlo.slice %820 [0:1, 0:576, 3:10, 3:10] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %929 = stablehlo.slice %arg113 [0:576, 0:1, 3:4, 3:4] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %930 = stablehlo.reshape %929 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %931 = stablehlo.broadcast_in_dim %930, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %932 = stablehlo.multiply %928, %931 : tensor<1x576x7x7xf32>
      %933 = stablehlo.add %927, %932 : tensor<1x576x7x7xf32>
      %934 = stablehlo.slice %820 [0:1, 0:576, 3:10, 4:11] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %935 = stablehlo.slice %arg113 [0:576, 0:1, 3:4, 4:5] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %936 = stablehlo.reshape %935 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %937 = stablehlo.broadcast_in_dim %936, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %938 = stablehlo.multiply %934, %937 : tensor<1x576x7x7xf32>
      %939 = stablehlo.add %933, %938 : tensor<1x576x7x7xf32>
      %940 = stablehlo.slice %820 [0:1, 0:576, 4:11, 0:7] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %941 = stablehlo.slice %arg113 [0:576, 0:1, 4:5, 0:1] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %942 = stablehlo.reshape %941 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %943 = stablehlo.broadcast_in_dim %942, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %944 = stablehlo.multiply %940, %943 : tensor<1x576x7x7xf32>
      %945 = stablehlo.add %939, %944 : tensor<1x576x7x7xf32>
      %946 = stablehlo.slice %820 [0:1, 0:576, 4:11, 1:8] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %947 = stablehlo.slice %arg113 [0:576, 0:1, 4:5, 1:2] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %948 = stablehlo.reshape %947 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %949 = stablehlo.broadcast_in_dim %948, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %950 = stablehlo.multiply %946, %949 : tensor<1x576x7x7xf32>
      %951 = stablehlo.add %945, %950 : tensor<1x576x7x7xf32>
      %952 = stablehlo.slice %820 [0:1, 0:576, 4:11, 2:9] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %953 = stablehlo.slice %arg113 [0:576, 0:1, 4:5, 2:3] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %954 = stablehlo.reshape %953 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %955 = stablehlo.broadcast_in_dim %954, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %956 = stablehlo.multiply %952, %955 : tensor<1x576x7x7xf32>
      %957 = stablehlo.add %951, %956 : tensor<1x576x7x7xf32>
      %958 = stablehlo.slice %820 [0:1, 0:576, 4:11, 3:10] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %959 = stablehlo.slice %arg113 [0:576, 0:1, 4:5, 3:4] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %960 = stablehlo.reshape %959 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %961 = stablehlo.broadcast_in_dim %960, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %962 = stablehlo.multiply %958, %961 : tensor<1x576x7x7xf32>
      %963 = stablehlo.add %957, %962 : tensor<1x576x7x7xf32>
      %964 = stablehlo.slice %820 [0:1, 0:576, 4:11, 4:11] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %965 = stablehlo.slice %arg113 [0:576, 0:1, 4:5, 4:5] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %966 = stablehlo.reshape %965 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %967 = stablehlo.broadcast_in_dim %966, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %968 = stablehlo.multiply %964, %967 : tensor<1x576x7x7xf32>
      %969 = stablehlo.add %963, %968 : tensor<1x576x7x7xf32>
      stablehlo.return %969 : tensor<1x576x7x7xf32>
    }, {
      %820 = stablehlo.convolution(%644, %arg113) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 576 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x576x7x7xf32>, tensor<576x1x5x5xf32>) -> tensor<1x576x7x7xf32>
      stablehlo.return %820 : tensor<1x576x7x7xf32>
    }) : (tensor<i32>) -> tensor<1x576x7x7xf32>
    %650 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<576xf32>
    %651 = stablehlo.add %arg200, %650 : tensor<576xf32>
    %652 = stablehlo.rsqrt %651 : tensor<576xf32>
    %653 = stablehlo.multiply %652, %arg114 : tensor<576xf32>
    %654 = stablehlo.negate %arg199 : tensor<576xf32>
    %655 = stablehlo.multiply %654, %653 : tensor<576xf32>
    %656 = stablehlo.add %655, %arg115 : tensor<576xf32>
    %657 = stablehlo.broadcast_in_dim %653, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %658 = stablehlo.multiply %649, %657 : tensor<1x576x7x7xf32>
    %659 = stablehlo.broadcast_in_dim %656, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %660 = stablehlo.add %658, %659 : tensor<1x576x7x7xf32>
    %661 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %662 = stablehlo.add %660, %661 : tensor<1x576x7x7xf32>
    %663 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %664 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %665 = stablehlo.clamp %663, %662, %664 : tensor<1x576x7x7xf32>
    %666 = stablehlo.multiply %660, %665 : tensor<1x576x7x7xf32>
    %667 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %668 = stablehlo.divide %666, %667 : tensor<1x576x7x7xf32>
    %669 = stablehlo.reduce(%668 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x576x7x7xf32>, tensor<f32>) -> tensor<1x576xf32>
    %670 = stablehlo.broadcast_in_dim %669, dims = [0, 1] : (tensor<1x576xf32>) -> tensor<1x576x1x1xf32>
    %671 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %672 = stablehlo.divide %670, %671 : tensor<1x576x1x1xf32>
    %673 = stablehlo.convolution(%672, %arg116) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x576x1x1xf32>, tensor<144x576x1x1xf32>) -> tensor<1x144x1x1xf32>
    %674 = stablehlo.broadcast_in_dim %arg117, dims = [1] : (tensor<144xf32>) -> tensor<1x144x1x1xf32>
    %675 = stablehlo.add %673, %674 : tensor<1x144x1x1xf32>
    %676 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %677 = stablehlo.maximum %675, %676 : tensor<1x144x1x1xf32>
    %678 = stablehlo.convolution(%677, %arg118) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x144x1x1xf32>, tensor<576x144x1x1xf32>) -> tensor<1x576x1x1xf32>
    %679 = stablehlo.broadcast_in_dim %arg119, dims = [1] : (tensor<576xf32>) -> tensor<1x576x1x1xf32>
    %680 = stablehlo.add %678, %679 : tensor<1x576x1x1xf32>
    %681 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %682 = stablehlo.add %680, %681 : tensor<1x576x1x1xf32>
    %683 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %684 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %685 = stablehlo.clamp %683, %682, %684 : tensor<1x576x1x1xf32>
    %686 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %687 = stablehlo.divide %685, %686 : tensor<1x576x1x1xf32>
    %688 = stablehlo.broadcast_in_dim %687, dims = [0, 1, 2, 3] : (tensor<1x576x1x1xf32>) -> tensor<1x576x7x7xf32>
    %689 = stablehlo.multiply %688, %668 : tensor<1x576x7x7xf32>
    %690 = stablehlo.convolution(%689, %arg120) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x576x7x7xf32>, tensor<96x576x1x1xf32>) -> tensor<1x96x7x7xf32>
    %691 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<96xf32>
    %692 = stablehlo.add %arg202, %691 : tensor<96xf32>
    %693 = stablehlo.rsqrt %692 : tensor<96xf32>
    %694 = stablehlo.multiply %693, %arg121 : tensor<96xf32>
    %695 = stablehlo.negate %arg201 : tensor<96xf32>
    %696 = stablehlo.multiply %695, %694 : tensor<96xf32>
    %697 = stablehlo.add %696, %arg122 : tensor<96xf32>
    %698 = stablehlo.broadcast_in_dim %694, dims = [1] : (tensor<96xf32>) -> tensor<1x96x7x7xf32>
    %699 = stablehlo.multiply %690, %698 : tensor<1x96x7x7xf32>
    %700 = stablehlo.broadcast_in_dim %697, dims = [1] : (tensor<96xf32>) -> tensor<1x96x7x7xf32>
    %701 = stablehlo.add %699, %700 : tensor<1x96x7x7xf32>
    %702 = stablehlo.add %701, %624 : tensor<1x96x7x7xf32>
    %703 = stablehlo.convolution(%702, %arg123) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x96x7x7xf32>, tensor<576x96x1x1xf32>) -> tensor<1x576x7x7xf32>
    %704 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<576xf32>
    %705 = stablehlo.add %arg204, %704 : tensor<576xf32>
    %706 = stablehlo.rsqrt %705 : tensor<576xf32>
    %707 = stablehlo.multiply %706, %arg124 : tensor<576xf32>
    %708 = stablehlo.negate %arg203 : tensor<576xf32>
    %709 = stablehlo.multiply %708, %707 : tensor<576xf32>
    %710 = stablehlo.add %709, %arg125 : tensor<576xf32>
    %711 = stablehlo.broadcast_in_dim %707, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %712 = stablehlo.multiply %703, %711 : tensor<1x576x7x7xf32>
    %713 = stablehlo.broadcast_in_dim %710, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %714 = stablehlo.add %712, %713 : tensor<1x576x7x7xf32>
    %715 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %716 = stablehlo.add %714, %715 : tensor<1x576x7x7xf32>
    %717 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %718 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %719 = stablehlo.clamp %717, %716, %718 : tensor<1x576x7x7xf32>
    %720 = stablehlo.multiply %714, %719 : tensor<1x576x7x7xf32>
    %721 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %722 = stablehlo.divide %720, %721 : tensor<1x576x7x7xf32>
    %723 = stablehlo.convert %arg0 : (tensor<i64>) -> tensor<i32>
    %724 = "stablehlo.case"(%723) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %725 = "stablehlo.case"(%724) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %726 = "stablehlo.case"(%725) ({
      stablehlo.return %c_6 : tensor<i32>
    }, {
      stablehlo.return %c : tensor<i32>
    }) : (tensor<i32>) -> tensor<i32>
    %727 = "stablehlo.case"(%726) ({
      %820 = stablehlo.pad %722, %cst_3, low = [0, 0, 2, 2], high = [0, 0, 2, 2], interior = [0, 0, 0, 0] : (tensor<1x576x7x7xf32>, tensor<f32>) -> tensor<1x576x11x11xf32>
      %821 = stablehlo.slice %820 [0:1, 0:576, 0:7, 0:7] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %822 = stablehlo.slice %arg126 [0:576, 0:1, 0:1, 0:1] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %823 = stablehlo.reshape %822 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %824 = stablehlo.broadcast_in_dim %823, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %825 = stablehlo.multiply %821, %824 : tensor<1x576x7x7xf32>
      %826 = stablehlo.slice %820 [0:1, 0:576, 0:7, 1:8] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %827 = stablehlo.slice %arg126 [0:576, 0:1, 0:1, 1:2] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %828 = stablehlo.reshape %827 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %829 = stablehlo.broadcast_in_dim %828, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %830 = stablehlo.multiply %826, %829 : tensor<1x576x7x7xf32>
      %831 = stablehlo.add %825, %830 : tensor<1x576x7x7xf32>
      %832 = stablehlo.slice %820 [0:1, 0:576, 0:7, 2:9] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %833 = stablehlo.slice %arg126 [0:576, 0:1, 0:1, 2:3] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %834 = stablehlo.reshape %833 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %835 = stablehlo.broadcast_in_dim %834, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %836 = stablehlo.multiply %832, %835 : tensor<1x576x7x7xf32>
      %837 = stablehlo.add %831, %836 : tensor<1x576x7x7xf32>
      %838 = stablehlo.slice %820 [0:1, 0:576, 0:7, 3:10] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %839 = stablehlo.slice %arg126 [0:576, 0:1, 0:1, 3:4] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %840 = stablehlo.reshape %839 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %841 = stablehlo.broadcast_in_dim %840, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %842 = stablehlo.multiply %838, %841 : tensor<1x576x7x7xf32>
      %843 = stablehlo.add %837, %842 : tensor<1x576x7x7xf32>
      %844 = stablehlo.slice %820 [0:1, 0:576, 0:7, 4:11] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %845 = stablehlo.slice %arg126 [0:576, 0:1, 0:1, 4:5] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %846 = stablehlo.reshape %845 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %847 = stablehlo.broadcast_in_dim %846, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %848 = stablehlo.multiply %844, %847 : tensor<1x576x7x7xf32>
      %849 = stablehlo.add %843, %848 : tensor<1x576x7x7xf32>
      %850 = stablehlo.slice %820 [0:1, 0:576, 1:8, 0:7] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %851 = stablehlo.slice %arg126 [0:576, 0:1, 1:2, 0:1] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %852 = stablehlo.reshape %851 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %853 = stablehlo.broadcast_in_dim %852, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %854 = stablehlo.multiply %850, %853 : tensor<1x576x7x7xf32>
      %855 = stablehlo.add %849, %854 : tensor<1x576x7x7xf32>
      %856 = stablehlo.slice %820 [0:1, 0:576, 1:8, 1:8] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %857 = stablehlo.slice %arg126 [0:576, 0:1, 1:2, 1:2] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %858 = stablehlo.reshape %857 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %859 = stablehlo.broadcast_in_dim %858, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %860 = stablehlo.multiply %856, %859 : tensor<1x576x7x7xf32>
      %861 = stablehlo.add %855, %860 : tensor<1x576x7x7xf32>
      %862 = stablehlo.slice %820 [0:1, 0:576, 1:8, 2:9] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %863 = stablehlo.slice %arg126 [0:576, 0:1, 1:2, 2:3] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %864 = stablehlo.reshape %863 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %865 = stablehlo.broadcast_in_dim %864, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %866 = stablehlo.multiply %862, %865 : tensor<1x576x7x7xf32>
      %867 = stablehlo.add %861, %866 : tensor<1x576x7x7xf32>
      %868 = stablehlo.slice %820 [0:1, 0:576, 1:8, 3:10] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %869 = stablehlo.slice %arg126 [0:576, 0:1, 1:2, 3:4] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %870 = stablehlo.reshape %869 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %871 = stablehlo.broadcast_in_dim %870, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %872 = stablehlo.multiply %868, %871 : tensor<1x576x7x7xf32>
      %873 = stablehlo.add %867, %872 : tensor<1x576x7x7xf32>
      %874 = stablehlo.slice %820 [0:1, 0:576, 1:8, 4:11] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %875 = stablehlo.slice %arg126 [0:576, 0:1, 1:2, 4:5] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %876 = stablehlo.reshape %875 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %877 = stablehlo.broadcast_in_dim %876, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %878 = stablehlo.multiply %874, %877 : tensor<1x576x7x7xf32>
      %879 = stablehlo.add %873, %878 : tensor<1x576x7x7xf32>
      %880 = stablehlo.slice %820 [0:1, 0:576, 2:9, 0:7] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %881 = stablehlo.slice %arg126 [0:576, 0:1, 2:3, 0:1] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %882 = stablehlo.reshape %881 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %883 = stablehlo.broadcast_in_dim %882, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %884 = stablehlo.multiply %880, %883 : tensor<1x576x7x7xf32>
      %885 = stablehlo.add %879, %884 : tensor<1x576x7x7xf32>
      %886 = stablehlo.slice %820 [0:1, 0:576, 2:9, 1:8] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %887 = stablehlo.slice %arg126 [0:576, 0:1, 2:3, 1:2] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %888 = stablehlo.reshape %887 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %889 = stablehlo.broadcast_in_dim %888, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %890 = stablehlo.multiply %886, %889 : tensor<1x576x7x7xf32>
      %891 = stablehlo.add %885, %890 : tensor<1x576x7x7xf32>
      %892 = stablehlo.slice %820 [0:1, 0:576, 2:9, 2:9] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %893 = stablehlo.slice %arg126 [0:576, 0:1, 2:3, 2:3] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %894 = stablehlo.reshape %893 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %895 = stablehlo.broadcast_in_dim %894, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %896 = stablehlo.multiply %892, %895 : tensor<1x576x7x7xf32>
      %897 = stablehlo.add %891, %896 : tensor<1x576x7x7xf32>
      %898 = stablehlo.slice %820 [0:1, 0:576, 2:9, 3:10] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %899 = stablehlo.slice %arg126 [0:576, 0:1, 2:3, 3:4] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %900 = stablehlo.reshape %899 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %901 = stablehlo.broadcast_in_dim %900, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %902 = stablehlo.multiply %898, %901 : tensor<1x576x7x7xf32>
      %903 = stablehlo.add %897, %902 : tensor<1x576x7x7xf32>
      %904 = stablehlo.slice %820 [0:1, 0:576, 2:9, 4:11] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %905 = stablehlo.slice %arg126 [0:576, 0:1, 2:3, 4:5] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %906 = stablehlo.reshape %905 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %907 = stablehlo.broadcast_in_dim %906, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %908 = stablehlo.multiply %904, %907 : tensor<1x576x7x7xf32>
      %909 = stablehlo.add %903, %908 : tensor<1x576x7x7xf32>
      %910 = stablehlo.slice %820 [0:1, 0:576, 3:10, 0:7] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %911 = stablehlo.slice %arg126 [0:576, 0:1, 3:4, 0:1] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %912 = stablehlo.reshape %911 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %913 = stablehlo.broadcast_in_dim %912, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %914 = stablehlo.multiply %910, %913 : tensor<1x576x7x7xf32>
      %915 = stablehlo.add %909, %914 : tensor<1x576x7x7xf32>
      %916 = stablehlo.slice %820 [0:1, 0:576, 3:10, 1:8] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %917 = stablehlo.slice %arg126 [0:576, 0:1, 3:4, 1:2] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %918 = stablehlo.reshape %917 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %919 = stablehlo.broadcast_in_dim %918, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %920 = stablehlo.multiply %916, %919 : tensor<1x576x7x7xf32>
      %921 = stablehlo.add %915, %920 : tensor<1x576x7x7xf32>
      %922 = stablehlo.slice %820 [0:1, 0:576, 3:10, 2:9] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %923 = stablehlo.slice %arg126 [0:576, 0:1, 3:4, 2:3] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %924 = stablehlo.reshape %923 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %925 = stablehlo.broadcast_in_dim %924, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %926 = stablehlo.multiply %922, %925 : tensor<1x576x7x7xf32>
      %927 = stablehlo.add %921, %926 : tensor<1x576x7x7xf32>
      %928 = stablehlo.slice %820 [0:1, 0:576, 3:10, 3:10] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %929 = stablehlo.slice %arg126 [0:576, 0:1, 3:4, 3:4] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %930 = stablehlo.reshape %929 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %931 = stablehlo.broadcast_in_dim %930, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %932 = stablehlo.multiply %928, %931 : tensor<1x576x7x7xf32>
      %933 = stablehlo.add %927, %932 : tensor<1x576x7x7xf32>
      %934 = stablehlo.slice %820 [0:1, 0:576, 3:10, 4:11] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %935 = stablehlo.slice %arg126 [0:576, 0:1, 3:4, 4:5] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %936 = stablehlo.reshape %935 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %937 = stablehlo.broadcast_in_dim %936, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %938 = stablehlo.multiply %934, %937 : tensor<1x576x7x7xf32>
      %939 = stablehlo.add %933, %938 : tensor<1x576x7x7xf32>
      %940 = stablehlo.slice %820 [0:1, 0:576, 4:11, 0:7] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %941 = stablehlo.slice %arg126 [0:576, 0:1, 4:5, 0:1] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %942 = stablehlo.reshape %941 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %943 = stablehlo.broadcast_in_dim %942, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %944 = stablehlo.multiply %940, %943 : tensor<1x576x7x7xf32>
      %945 = stablehlo.add %939, %944 : tensor<1x576x7x7xf32>
      %946 = stablehlo.slice %820 [0:1, 0:576, 4:11, 1:8] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %947 = stablehlo.slice %arg126 [0:576, 0:1, 4:5, 1:2] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %948 = stablehlo.reshape %947 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %949 = stablehlo.broadcast_in_dim %948, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %950 = stablehlo.multiply %946, %949 : tensor<1x576x7x7xf32>
      %951 = stablehlo.add %945, %950 : tensor<1x576x7x7xf32>
      %952 = stablehlo.slice %820 [0:1, 0:576, 4:11, 2:9] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %953 = stablehlo.slice %arg126 [0:576, 0:1, 4:5, 2:3] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %954 = stablehlo.reshape %953 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %955 = stablehlo.broadcast_in_dim %954, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %956 = stablehlo.multiply %952, %955 : tensor<1x576x7x7xf32>
      %957 = stablehlo.add %951, %956 : tensor<1x576x7x7xf32>
      %958 = stablehlo.slice %820 [0:1, 0:576, 4:11, 3:10] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %959 = stablehlo.slice %arg126 [0:576, 0:1, 4:5, 3:4] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %960 = stablehlo.reshape %959 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %961 = stablehlo.broadcast_in_dim %960, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %962 = stablehlo.multiply %958, %961 : tensor<1x576x7x7xf32>
      %963 = stablehlo.add %957, %962 : tensor<1x576x7x7xf32>
      %964 = stablehlo.slice %820 [0:1, 0:576, 4:11, 4:11] : (tensor<1x576x11x11xf32>) -> tensor<1x576x7x7xf32>
      %965 = stablehlo.slice %arg126 [0:576, 0:1, 4:5, 4:5] : (tensor<576x1x5x5xf32>) -> tensor<576x1x1x1xf32>
      %966 = stablehlo.reshape %965 : (tensor<576x1x1x1xf32>) -> tensor<576xf32>
      %967 = stablehlo.broadcast_in_dim %966, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
      %968 = stablehlo.multiply %964, %967 : tensor<1x576x7x7xf32>
      %969 = stablehlo.add %963, %968 : tensor<1x576x7x7xf32>
      stablehlo.return %969 : tensor<1x576x7x7xf32>
    }, {
      %820 = stablehlo.convolution(%722, %arg126) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {pad = [[2, 2], [2, 2]]} {batch_group_count = 1 : i64, feature_group_count = 576 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x576x7x7xf32>, tensor<576x1x5x5xf32>) -> tensor<1x576x7x7xf32>
      stablehlo.return %820 : tensor<1x576x7x7xf32>
    }) : (tensor<i32>) -> tensor<1x576x7x7xf32>
    %728 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<576xf32>
    %729 = stablehlo.add %arg206, %728 : tensor<576xf32>
    %730 = stablehlo.rsqrt %729 : tensor<576xf32>
    %731 = stablehlo.multiply %730, %arg127 : tensor<576xf32>
    %732 = stablehlo.negate %arg205 : tensor<576xf32>
    %733 = stablehlo.multiply %732, %731 : tensor<576xf32>
    %734 = stablehlo.add %733, %arg128 : tensor<576xf32>
    %735 = stablehlo.broadcast_in_dim %731, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %736 = stablehlo.multiply %727, %735 : tensor<1x576x7x7xf32>
    %737 = stablehlo.broadcast_in_dim %734, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %738 = stablehlo.add %736, %737 : tensor<1x576x7x7xf32>
    %739 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %740 = stablehlo.add %738, %739 : tensor<1x576x7x7xf32>
    %741 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %742 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %743 = stablehlo.clamp %741, %740, %742 : tensor<1x576x7x7xf32>
    %744 = stablehlo.multiply %738, %743 : tensor<1x576x7x7xf32>
    %745 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %746 = stablehlo.divide %744, %745 : tensor<1x576x7x7xf32>
    %747 = stablehlo.reduce(%746 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x576x7x7xf32>, tensor<f32>) -> tensor<1x576xf32>
    %748 = stablehlo.broadcast_in_dim %747, dims = [0, 1] : (tensor<1x576xf32>) -> tensor<1x576x1x1xf32>
    %749 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %750 = stablehlo.divide %748, %749 : tensor<1x576x1x1xf32>
    %751 = stablehlo.convolution(%750, %arg129) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x576x1x1xf32>, tensor<144x576x1x1xf32>) -> tensor<1x144x1x1xf32>
    %752 = stablehlo.broadcast_in_dim %arg130, dims = [1] : (tensor<144xf32>) -> tensor<1x144x1x1xf32>
    %753 = stablehlo.add %751, %752 : tensor<1x144x1x1xf32>
    %754 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x144x1x1xf32>
    %755 = stablehlo.maximum %753, %754 : tensor<1x144x1x1xf32>
    %756 = stablehlo.convolution(%755, %arg131) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x144x1x1xf32>, tensor<576x144x1x1xf32>) -> tensor<1x576x1x1xf32>
    %757 = stablehlo.broadcast_in_dim %arg132, dims = [1] : (tensor<576xf32>) -> tensor<1x576x1x1xf32>
    %758 = stablehlo.add %756, %757 : tensor<1x576x1x1xf32>
    %759 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %760 = stablehlo.add %758, %759 : tensor<1x576x1x1xf32>
    %761 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %762 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %763 = stablehlo.clamp %761, %760, %762 : tensor<1x576x1x1xf32>
    %764 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %765 = stablehlo.divide %763, %764 : tensor<1x576x1x1xf32>
    %766 = stablehlo.broadcast_in_dim %765, dims = [0, 1, 2, 3] : (tensor<1x576x1x1xf32>) -> tensor<1x576x7x7xf32>
    %767 = stablehlo.multiply %766, %746 : tensor<1x576x7x7xf32>
    %768 = stablehlo.convolution(%767, %arg133) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x576x7x7xf32>, tensor<96x576x1x1xf32>) -> tensor<1x96x7x7xf32>
    %769 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<96xf32>
    %770 = stablehlo.add %arg208, %769 : tensor<96xf32>
    %771 = stablehlo.rsqrt %770 : tensor<96xf32>
    %772 = stablehlo.multiply %771, %arg134 : tensor<96xf32>
    %773 = stablehlo.negate %arg207 : tensor<96xf32>
    %774 = stablehlo.multiply %773, %772 : tensor<96xf32>
    %775 = stablehlo.add %774, %arg135 : tensor<96xf32>
    %776 = stablehlo.broadcast_in_dim %772, dims = [1] : (tensor<96xf32>) -> tensor<1x96x7x7xf32>
    %777 = stablehlo.multiply %768, %776 : tensor<1x96x7x7xf32>
    %778 = stablehlo.broadcast_in_dim %775, dims = [1] : (tensor<96xf32>) -> tensor<1x96x7x7xf32>
    %779 = stablehlo.add %777, %778 : tensor<1x96x7x7xf32>
    %780 = stablehlo.add %779, %702 : tensor<1x96x7x7xf32>
    %781 = stablehlo.convolution(%780, %arg136) dim_numbers = [b, f, 0, 1]x[o, i, 0, 1]->[b, f, 0, 1], window = {} {batch_group_count = 1 : i64, feature_group_count = 1 : i64, precision_config = [#stablehlo<precision HIGHEST>, #stablehlo<precision HIGHEST>]} : (tensor<1x96x7x7xf32>, tensor<576x96x1x1xf32>) -> tensor<1x576x7x7xf32>
    %782 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<576xf32>
    %783 = stablehlo.add %arg210, %782 : tensor<576xf32>
    %784 = stablehlo.rsqrt %783 : tensor<576xf32>
    %785 = stablehlo.multiply %784, %arg137 : tensor<576xf32>
    %786 = stablehlo.negate %arg209 : tensor<576xf32>
    %787 = stablehlo.multiply %786, %785 : tensor<576xf32>
    %788 = stablehlo.add %787, %arg138 : tensor<576xf32>
    %789 = stablehlo.broadcast_in_dim %785, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %790 = stablehlo.multiply %781, %789 : tensor<1x576x7x7xf32>
    %791 = stablehlo.broadcast_in_dim %788, dims = [1] : (tensor<576xf32>) -> tensor<1x576x7x7xf32>
    %792 = stablehlo.add %790, %791 : tensor<1x576x7x7xf32>
    %793 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %794 = stablehlo.add %792, %793 : tensor<1x576x7x7xf32>
    %795 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %796 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %797 = stablehlo.clamp %795, %794, %796 : tensor<1x576x7x7xf32>
    %798 = stablehlo.multiply %792, %797 : tensor<1x576x7x7xf32>
    %799 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x576x7x7xf32>
    %800 = stablehlo.divide %798, %799 : tensor<1x576x7x7xf32>
    %801 = stablehlo.reduce(%800 init: %cst_3) applies stablehlo.add across dimensions = [2, 3] : (tensor<1x576x7x7xf32>, tensor<f32>) -> tensor<1x576xf32>
    %802 = stablehlo.broadcast_in_dim %801, dims = [0, 1] : (tensor<1x576xf32>) -> tensor<1x576x1x1xf32>
    %803 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<1x576x1x1xf32>
    %804 = stablehlo.divide %802, %803 : tensor<1x576x1x1xf32>
    %805 = stablehlo.reshape %804 : (tensor<1x576x1x1xf32>) -> tensor<1x576xf32>
    %806 = stablehlo.dot_general %805, %arg139, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x576xf32>, tensor<1024x576xf32>) -> tensor<1x1024xf32>
    %807 = stablehlo.broadcast_in_dim %arg140, dims = [1] : (tensor<1024xf32>) -> tensor<1x1024xf32>
    %808 = stablehlo.add %806, %807 : tensor<1x1024xf32>
    %809 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<1x1024xf32>
    %810 = stablehlo.add %808, %809 : tensor<1x1024xf32>
    %811 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<1x1024xf32>
    %812 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x1024xf32>
    %813 = stablehlo.clamp %811, %810, %812 : tensor<1x1024xf32>
    %814 = stablehlo.multiply %808, %813 : tensor<1x1024xf32>
    %815 = stablehlo.broadcast_in_dim %cst_2, dims = [] : (tensor<f32>) -> tensor<1x1024xf32>
    %816 = stablehlo.divide %814, %815 : tensor<1x1024xf32>
    %817 = stablehlo.dot_general %816, %arg141, contracting_dims = [1] x [1], precision = [HIGHEST, HIGHEST] : (tensor<1x1024xf32>, tensor<1000x1024xf32>) -> tensor<1x1000xf32>
    %818 = stablehlo.broadcast_in_dim %arg142, dims = [1] : (tensor<1000xf32>) -> tensor<1x1000xf32>
    %819 = stablehlo.add %817, %818 : tensor<1x1000xf32>
    return %819 : tensor<1x1000xf32>
  }
}
