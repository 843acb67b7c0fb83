// A grouped-query attention block with an additive -inf causal mask: two
// query heads over one key/value head (repeat_kv: unsqueeze, broadcast,
// reshape), float. test/Quantization/quantized-mask.test fake-quantizes it,
// quantizes, lowers and exports it with no float tensor inside.
func.func @main(%flat: tensor<1x32xf32>) -> tensor<1x4x8xf32> {
  %wq = tq.constant dense<[[-0.1762, -0.3492, 0.1509, -0.4276, 0.0359, -0.1343, -0.4420, 0.0074], [-0.4625, -0.0664, -0.4301, -0.4093, -0.0755, 0.3269, -0.3762, -0.2768], [0.1274, 0.4477, 0.0771, -0.1033, 0.4763, -0.4534, 0.3585, -0.2104], [-0.3557, -0.3822, -0.1915, 0.3161, -0.3193, 0.0816, 0.1389, -0.1276], [0.0477, -0.4372, -0.4404, -0.2940, 0.1804, -0.0724, -0.1859, 0.0856], [-0.0468, -0.2002, 0.2944, 0.1990, -0.2559, 0.0744, 0.0252, 0.3751], [0.2294, -0.2121, 0.4802, -0.3819, -0.0819, 0.2571, -0.3480, -0.0110], [-0.4608, 0.1682, 0.2646, 0.0730, 0.3755, -0.1863, 0.1953, 0.0944]]> : tensor<8x8xf32>
  %wk = tq.constant dense<[[0.0799, -0.0438, 0.3400, 0.4447, -0.0259, 0.1642, -0.4393, 0.2015], [0.1471, 0.4931, 0.3219, -0.2154, -0.1142, 0.1687, -0.4774, -0.0383], [-0.3320, -0.3829, -0.4410, 0.2682, -0.3707, -0.2524, -0.1091, 0.3714], [-0.4194, -0.0508, 0.0494, 0.3834, 0.3193, 0.3640, -0.2216, -0.0847]]> : tensor<4x8xf32>
  %wv = tq.constant dense<[[-0.1412, 0.3842, 0.4577, -0.3491, -0.3238, -0.2680, -0.2667, -0.0150], [0.0891, -0.2373, -0.4959, -0.0811, -0.1307, 0.0663, 0.4531, 0.1905], [0.0155, 0.1176, 0.1762, -0.4460, 0.3995, 0.2800, 0.3745, 0.2979], [-0.1076, -0.1010, -0.3965, 0.1343, -0.4378, -0.4327, -0.2912, -0.3377]]> : tensor<4x8xf32>
  %wo = tq.constant dense<[[-0.1599, -0.4474, -0.4998, -0.3487, -0.3985, -0.1364, -0.4745, 0.3743], [0.1141, -0.3514, -0.2477, -0.1526, -0.1358, -0.3772, 0.3489, 0.4931], [-0.0340, -0.0162, -0.4141, -0.3978, -0.1574, -0.2352, 0.3289, -0.3386], [-0.4769, 0.4510, 0.0283, -0.3534, 0.0432, -0.4730, 0.0281, 0.4785], [0.3633, 0.1962, -0.2389, -0.1333, -0.3330, 0.2719, 0.0326, 0.2791], [-0.1703, -0.2770, 0.3115, 0.4849, 0.3526, 0.3061, 0.3183, 0.2399], [-0.2733, 0.0176, -0.1444, -0.4710, -0.4721, -0.2206, -0.2408, 0.1925], [0.4565, -0.0528, 0.4370, 0.4880, 0.4550, -0.1354, -0.2795, -0.2732]]> : tensor<8x8xf32>
  %scale = tq.constant dense<5.000000e-01> : tensor<f32>
  %mask = tq.constant dense<[[[[0.0, 0xFF800000, 0xFF800000, 0xFF800000], [0.0, 0.0, 0xFF800000, 0xFF800000], [0.0, 0.0, 0.0, 0xFF800000], [0.0, 0.0, 0.0, 0.0]]]]> : tensor<1x1x4x4xf32>
  %x = tq.reshape %flat : (tensor<1x32xf32>) -> tensor<1x4x8xf32>
  %q = tq.linear %x, %wq : (tensor<1x4x8xf32>, tensor<8x8xf32>) -> tensor<1x4x8xf32>
  %k = tq.linear %x, %wk : (tensor<1x4x8xf32>, tensor<4x8xf32>) -> tensor<1x4x4xf32>
  %v = tq.linear %x, %wv : (tensor<1x4x8xf32>, tensor<4x8xf32>) -> tensor<1x4x4xf32>
  %qh = tq.reshape %q : (tensor<1x4x8xf32>) -> tensor<1x4x2x4xf32>
  %qt = tq.transpose %qh {perms = array<i64: 0, 2, 1, 3>} : (tensor<1x4x2x4xf32>) -> tensor<1x2x4x4xf32>
  %kh = tq.reshape %k : (tensor<1x4x4xf32>) -> tensor<1x4x1x4xf32>
  %kt = tq.transpose %kh {perms = array<i64: 0, 2, 1, 3>} : (tensor<1x4x1x4xf32>) -> tensor<1x1x4x4xf32>
  %vh = tq.reshape %v : (tensor<1x4x4xf32>) -> tensor<1x4x1x4xf32>
  %vt = tq.transpose %vh {perms = array<i64: 0, 2, 1, 3>} : (tensor<1x4x1x4xf32>) -> tensor<1x1x4x4xf32>
  %k5 = tq.unsqueeze %kt {dims = array<i64: 2>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x1x4x4xf32>
  %ke = tq.broadcast %k5 : (tensor<1x1x1x4x4xf32>) -> tensor<1x1x2x4x4xf32>
  %kr = tq.reshape %ke : (tensor<1x1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %v5 = tq.unsqueeze %vt {dims = array<i64: 2>} : (tensor<1x1x4x4xf32>) -> tensor<1x1x1x4x4xf32>
  %ve = tq.broadcast %v5 : (tensor<1x1x1x4x4xf32>) -> tensor<1x1x2x4x4xf32>
  %vr = tq.reshape %ve : (tensor<1x1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %s = tq.matmul %qt, %kr {transpose_rhs = true} : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %ss = tq.mul %s, %scale : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32>
  %sm = tq.add %ss, %mask : (tensor<1x2x4x4xf32>, tensor<1x1x4x4xf32>) -> tensor<1x2x4x4xf32>
  %p = tq.softmax %sm {axis = -1 : i64} : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %o = tq.matmul %p, %vr : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32>
  %ot = tq.transpose %o {perms = array<i64: 0, 2, 1, 3>} : (tensor<1x2x4x4xf32>) -> tensor<1x4x2x4xf32>
  %of = tq.reshape %ot : (tensor<1x4x2x4xf32>) -> tensor<1x4x8xf32>
  %y = tq.linear %of, %wo : (tensor<1x4x8xf32>, tensor<8x8xf32>) -> tensor<1x4x8xf32>
  return %y : tensor<1x4x8xf32>
}
