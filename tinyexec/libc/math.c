/* math.c -- tinyexec libm.
 *
 * Plain C99 on IEEE binary64 doubles; every + - * / is assumed correctly
 * rounded (round to nearest even), no FMA, no extended precision.
 * Bit manipulation uses 32-bit words (little-endian: w[0] = low word).
 * Tables and polynomial coefficients are produced by gen.py (mpmath).
 *
 * Techniques: table-driven exp (2^(j/128)) and log (128 reciprocals),
 * exact products by splitting (truncation of the low word), double-double
 * intermediate sums, Cody-Waite reduction by pi/64 with a Payne-Hanek
 * fallback (bits of 2/pi) for trig, sin/cos tables at multiples of pi/64,
 * atan tables of interval centres, Chebyshev-fitted polynomials.
 */
#include "math.h"

typedef union { double d; unsigned w[2]; } __dw;

static double __mkd(unsigned hi, unsigned lo) { __dw u; u.w[1] = hi; u.w[0] = lo; return u.d; }
static unsigned __hiw(double x) { __dw u; u.d = x; return u.w[1]; }
static unsigned __low(double x) { __dw u; u.d = x; return u.w[0]; }
/* keep the top 26 significant bits (so that products of two such are exact) */
static double __trunc26(double x) { __dw u; u.d = x; u.w[0] &= 0xf8000000u; return u.d; }
static double __with_sign(double x, unsigned sign) { __dw u; u.d = x; u.w[1] ^= sign; return u.d; }
static double __absd(double x) { __dw u; u.d = x; u.w[1] &= 0x7fffffffu; return u.d; }

#define SHIFT 0x1.8p52
#define INF __mkd(0x7ff00000u, 0)
#define QNAN __mkd(0x7ff80000u, 0)
/* The NaN of an invalid operation on x86-64, negative: where glibc computes
   (x - x) / (x - x) or the like for an argument outside the domain (log, log2,
   log1p, pow), it gives this one; where it returns its NaN constant (asin,
   acos, log10), QNAN.  printf shows the difference ("-nan"). */
#define DEFAULT_NAN __mkd(0xfff80000u, 0)

/* BEGIN GENERATED */
/* produced by gen.py -- do not edit */
/* exp: 2^(j/128) = T[2j]*(1+T[2j+1]) */
static const double __EXP_T[256] = {
  0x1.0000000000000p+0, 0.0,
  0x1.0163da9fb3335p+0, 0x1.b3b4f1a88bf6ep-54,
  0x1.02c9a3e778061p+0, -0x1.160139cd8dc5dp-56,
  0x1.04315e86e7f85p+0, -0x1.05e7a108766d1p-54,
  0x1.059b0d3158574p+0, 0x1.cd2523567f613p-55,
  0x1.0706b29ddf6dep+0, -0x1.bce8023f98efap-55,
  0x1.0874518759bc8p+0, 0x1.0f74e61e6c861p-57,
  0x1.09e3ecac6f383p+0, 0x1.0a3e45b33d399p-54,
  0x1.0b5586cf9890fp+0, 0x1.79aa65d837b6dp-54,
  0x1.0cc922b7247f7p+0, 0x1.eb51a92fdeffcp-55,
  0x1.0e3ec32d3d1a2p+0, 0x1.ebe3d702f9cd1p-60,
  0x1.0fb66affed31bp+0, -0x1.a033489906e0bp-57,
  0x1.11301d0125b51p+0, -0x1.556522a2fbd0ep-54,
  0x1.12abdc06c31ccp+0, -0x1.080ef8c4eea55p-58,
  0x1.1429aaea92de0p+0, -0x1.1c923b9d5f416p-54,
  0x1.15a98c8a58e51p+0, 0x1.0d3e3e95c55afp-55,
  0x1.172b83c7d517bp+0, -0x1.01b15eaa59348p-55,
  0x1.18af9388c8deap+0, -0x1.f1ff055de323dp-55,
  0x1.1a35beb6fcb75p+0, 0x1.b898c3f1353bfp-55,
  0x1.1bbe084045cd4p+0, -0x1.6d99c7611eb26p-54,
  0x1.1d4873168b9aap+0, 0x1.aecf73e3a2f60p-54,
  0x1.1ed5022fcd91dp+0, -0x1.fe782cb86389dp-55,
  0x1.2063b88628cd6p+0, 0x1.a6f4144a6c38dp-55,
  0x1.21f49917ddc96p+0, 0x1.07a05b0e4047dp-55,
  0x1.2387a6e756238p+0, 0x1.68efde3a8a894p-54,
  0x1.251ce4fb2a63fp+0, 0x1.75e18f274487dp-55,
  0x1.26b4565e27cddp+0, 0x1.0472b981fe7f2p-55,
  0x1.284dfe1f56381p+0, -0x1.6b87b3f71085ep-54,
  0x1.29e9df51fdee1p+0, 0x1.2f7e16d09ab31p-55,
  0x1.2b87fd0dad990p+0, -0x1.d219b1a6fbffap-60,
  0x1.2d285a6e4030bp+0, 0x1.b3782720c0ab4p-55,
  0x1.2ecafa93e2f56p+0, 0x1.e149289cecb8fp-57,
  0x1.306fe0a31b715p+0, 0x1.34d754db0abb6p-55,
  0x1.32170fc4cd831p+0, 0x1.64201e2ac744cp-55,
  0x1.33c08b26416ffp+0, 0x1.fdd395dd3f84ap-55,
  0x1.356c55f929ff1p+0, -0x1.6a3803b8e5b04p-55,
  0x1.371a7373aa9cbp+0, -0x1.24aedcc4b5068p-54,
  0x1.38cae6d05d866p+0, -0x1.907f81b512d8ep-54,
  0x1.3a7db34e59ff7p+0, -0x1.1d1e83e9436d2p-56,
  0x1.3c32dc313a8e5p+0, -0x1.91919b3ce1b15p-54,
  0x1.3dea64c123422p+0, 0x1.59f48a72a4c6dp-55,
  0x1.3fa4504ac801cp+0, -0x1.312607a28698ap-54,
  0x1.4160a21f72e2ap+0, -0x1.8a78f4817895bp-58,
  0x1.431f5d950a897p+0, -0x1.c2c9b67499a1bp-56,
  0x1.44e086061892dp+0, 0x1.363ed60c2ac11p-59,
  0x1.46a41ed1d0057p+0, 0x1.666093b0664efp-54,
  0x1.486a2b5c13cd0p+0, 0x1.ecce1daa10379p-57,
  0x1.4a32af0d7d3dep+0, 0x1.3ff8e3f0f1230p-54,
  0x1.4bfdad5362a27p+0, 0x1.690cebb7aafb0p-56,
  0x1.4dcb299fddd0dp+0, 0x1.31dbdeb54e077p-54,
  0x1.4f9b2769d2ca7p+0, -0x1.f94340071a38ep-55,
  0x1.516daa2cf6642p+0, -0x1.7deccdc93a349p-55,
  0x1.5342b569d4f82p+0, -0x1.8dec6bd0f385fp-56,
  0x1.551a4ca5d920fp+0, -0x1.61246ec7b5cf6p-55,
  0x1.56f4736b527dap+0, 0x1.3350518fdd78ep-54,
  0x1.58d12d497c7fdp+0, 0x1.b98b72f8a9b05p-56,
  0x1.5ab07dd485429p+0, 0x1.063e1e21c5409p-54,
  0x1.5c9268a5946b7p+0, 0x1.4c7855019c6eap-60,
  0x1.5e76f15ad2148p+0, 0x1.432e62b64c035p-54,
  0x1.605e1b976dc09p+0, -0x1.ce44a6199769fp-55,
  0x1.6247eb03a5585p+0, -0x1.c33c53bef4da8p-55,
  0x1.6434634ccc320p+0, -0x1.45378892be9aep-55,
  0x1.6623882552225p+0, -0x1.3cedd78565858p-54,
  0x1.68155d44ca973p+0, 0x1.710aa807e1964p-58,
  0x1.6a09e667f3bcdp+0, -0x1.3b3efbf5e2228p-54,
  0x1.6c012750bdabfp+0, -0x1.a12ad8734b982p-57,
  0x1.6dfb23c651a2fp+0, -0x1.367efb86da9eep-57,
  0x1.6ff7df9519484p+0, -0x1.0dc3d54e08851p-55,
  0x1.71f75e8ec5f74p+0, -0x1.81f647e5a3ecfp-56,
  0x1.73f9a48a58174p+0, -0x1.6ee4ac08b7db0p-55,
  0x1.75feb564267c9p+0, -0x1.619321e55e68ap-55,
  0x1.780694fde5d3fp+0, 0x1.09ccb5e09d4d3p-54,
  0x1.7a11473eb0187p+0, -0x1.b32dcb94da51dp-56,
  0x1.7c1ed0130c132p+0, 0x1.4ecfd5467c06bp-54,
  0x1.7e2f336cf4e62p+0, 0x1.5ebe1abd66c55p-57,
  0x1.80427543e1a12p+0, -0x1.8a1c52fb3cf42p-55,
  0x1.82589994cce13p+0, -0x1.369b6f13b3734p-54,
  0x1.8471a4623c7adp+0, -0x1.05e843a19ff1ep-55,
  0x1.868d99b4492edp+0, -0x1.4d450d872576ep-54,
  0x1.88ac7d98a6699p+0, 0x1.0ad675b0e8a00p-54,
  0x1.8ace5422aa0dbp+0, 0x1.db72fc1f0eab4p-55,
  0x1.8cf3216b5448cp+0, -0x1.5b6609cc5e7ffp-57,
  0x1.8f1ae99157736p+0, 0x1.bf68359f35f44p-56,
  0x1.9145b0b91ffc6p+0, -0x1.3091fa71e3d83p-54,
  0x1.93737b0cdc5e5p+0, -0x1.da9b88b6c1e29p-58,
  0x1.95a44cbc8520fp+0, -0x1.c23f97c90b959p-57,
  0x1.97d829fde4e50p+0, -0x1.2434322f4f9aap-54,
  0x1.9a0f170ca07bap+0, -0x1.5ca6cd7668e4bp-55,
  0x1.9c49182a3f090p+0, 0x1.1affc2b91ce27p-56,
  0x1.9e86319e32323p+0, 0x1.dd235e10a73bbp-57,
  0x1.a0c667b5de565p+0, -0x1.7c50422622263p-55,
  0x1.a309bec4a2d33p+0, 0x1.b1c86e3e231d5p-55,
  0x1.a5503b23e255dp+0, -0x1.1bbd1d3bcbb15p-54,
  0x1.a799e1330b358p+0, 0x1.0cc319cee31d2p-54,
  0x1.a9e6b5579fdbfp+0, 0x1.469846e735ab3p-55,
  0x1.ac36bbfd3f37ap+0, -0x1.2dfcd978e9db4p-55,
  0x1.ae89f995ad3adp+0, 0x1.c1a7792cb3387p-55,
  0x1.b0e07298db666p+0, -0x1.07b8f4ad1d9fap-54,
  0x1.b33a2b84f15fbp+0, -0x1.5c3d956dcaebap-58,
  0x1.b59728de5593ap+0, -0x1.0a40e3da6f640p-54,
  0x1.b7f76f2fb5e47p+0, -0x1.8d6f438ad9334p-57,
  0x1.ba5b030a1064ap+0, -0x1.1eee26b588a35p-54,
  0x1.bcc1e904bc1d2p+0, 0x1.4ffd70a5fddcdp-56,
  0x1.bf2c25bd71e09p+0, -0x1.1bdfbfa9298acp-54,
  0x1.c199bdd85529cp+0, 0x1.36eae30af0cb3p-56,
  0x1.c40ab5fffd07ap+0, 0x1.ee3325c9ffd94p-55,
  0x1.c67f12e57d14bp+0, 0x1.4e08fd10959acp-55,
  0x1.c8f6d9406e7b5p+0, 0x1.3cdaf384e1a67p-57,
  0x1.cb720dcef9069p+0, 0x1.76b2c6c921968p-57,
  0x1.cdf0b555dc3fap+0, -0x1.08a1883ccb5d2p-55,
  0x1.d072d4a07897cp+0, -0x1.fad5d3ffffa6fp-55,
  0x1.d2f87080d89f2p+0, -0x1.00dae3875a949p-54,
  0x1.d5818dcfba487p+0, 0x1.4a385a63d07a7p-56,
  0x1.d80e316c98398p+0, -0x1.2919e2040220fp-55,
  0x1.da9e603db3285p+0, 0x1.e5a50d5c192acp-55,
  0x1.dd321f301b460p+0, 0x1.43a59ac016b4bp-55,
  0x1.dfc97337b9b5fp+0, -0x1.2d52107b43e1fp-55,
  0x1.e264614f5a129p+0, -0x1.92ab93b470dc9p-55,
  0x1.e502ee78b3ff6p+0, 0x1.4b604603a88d3p-56,
  0x1.e7a51fbc74c83p+0, 0x1.3c5ec519d7271p-55,
  0x1.ea4afa2a490dap+0, -0x1.ff7128fd391f0p-55,
  0x1.ecf482d8e67f1p+0, -0x1.dae98e223747dp-55,
  0x1.efa1bee615a27p+0, 0x1.ec3bc41aa2008p-55,
  0x1.f252b376bba97p+0, 0x1.42b94c3a9eb32p-55,
  0x1.f50765b6e4540p+0, 0x1.a64a931d185eep-55,
  0x1.f7bfdad9cbe14p+0, -0x1.e37bae43be3edp-55,
  0x1.fa7c1819e90d8p+0, 0x1.7893b4d91cd9dp-56,
  0x1.fd3c22b8f71f1p+0, 0x1.305c14160cc89p-58,
};
#define EXP_INVLN2N 0x1.71547652b82fep+7
#define EXP_LN2HI_N 0x1.62e42fefc0000p-8
#define EXP_LN2LO_N -0x1.c610ca86c3899p-44
#define EXP_LN2 0x1.62e42fefa39efp-1
#define EXP_LN2_LO 0x1.abc9e3b39803fp-56
#define EXP_C2 0x1.fffffffffff4ap-2
#define EXP_C3 0x1.5555555555521p-3
#define EXP_C4 0x1.55555b054a7b1p-5
#define EXP_C5 0x1.111114510adc1p-7
static const double __EXPM1_P[8] = {
  0x1.0000000000000p-1, 0x1.5555555555555p-3, 0x1.55555555557cap-5,
  0x1.11111111111f6p-7, 0x1.6c16c154083dep-10, 0x1.a01a018e9b1fep-13,
  0x1.a02370760e57cp-16, 0x1.71e51691109bdp-19,
};
/* log: per interval i: invc (12 bits), logc_hi (multiple of 2^-43), logc_lo */
#define LOG_OFF 0x3fe6b000u
static const double __LOG_T[384] = {
  0x1.6820000000000p+0, -0x1.5d76dd9a77800p-2, -0x1.a049e6cedd85ap-47,
  0x1.6620000000000p+0, -0x1.57c2f53b05000p-2, -0x1.0494c017c2a52p-45,
  0x1.6420000000000p+0, -0x1.5206dfd186800p-2, 0x1.d39816b861940p-47,
  0x1.6240000000000p+0, -0x1.4c9f09e153000p-2, 0x1.e1dde70e02de0p-45,
  0x1.6060000000000p+0, -0x1.472fdbe4fd000p-2, -0x1.f9364c53f821fp-45,
  0x1.5e80000000000p+0, -0x1.41b941cce0800p-2, -0x1.f72dfd837806fp-45,
  0x1.5ca0000000000p+0, -0x1.3c3b2736b4000p-2, 0x1.3e5d1e9d3ddf9p-47,
  0x1.5ac0000000000p+0, -0x1.36b5776bc1000p-2, -0x1.169785a9c223fp-46,
  0x1.58e0000000000p+0, -0x1.31281d5f11000p-2, 0x1.6e10e6a8b7abcp-48,
  0x1.5720000000000p+0, -0x1.2bf287cc41000p-2, -0x1.b0f4f549d8ecfp-45,
  0x1.5560000000000p+0, -0x1.26b6209350800p-2, 0x1.c3dd1303a321bp-46,
  0x1.53a0000000000p+0, -0x1.2172d5c2ab800p-2, -0x1.dd54d7bb8071fp-45,
  0x1.51e0000000000p+0, -0x1.1c2895218f000p-2, -0x1.5ff09640395a7p-45,
  0x1.5020000000000p+0, -0x1.16d74c2e8b000p-2, 0x1.cd0784d2e5077p-45,
  0x1.4e60000000000p+0, -0x1.117ee81dfe800p-2, 0x1.9e110eba2e687p-45,
  0x1.4ca0000000000p+0, -0x1.0c1f55d88a800p-2, -0x1.4130849fdeca9p-47,
  0x1.4b00000000000p+0, -0x1.071b85fcd5800p-2, -0x1.0d1d1707f97bep-46,
  0x1.4960000000000p+0, -0x1.021164a929000p-2, -0x1.ba287f3b5dd98p-47,
  0x1.47a0000000000p+0, -0x1.f939c4e72d000p-3, -0x1.674079403b0cfp-45,
  0x1.4600000000000p+0, -0x1.ef0adcbdc6000p-3, 0x1.b26b79c86af24p-45,
  0x1.4460000000000p+0, -0x1.e4ceeda61e000p-3, 0x1.2ccbe398170f7p-46,
  0x1.42e0000000000p+0, -0x1.db50da24bd000p-3, -0x1.90d20b7f95161p-46,
  0x1.4140000000000p+0, -0x1.d0fb7f2256000p-3, 0x1.af52b20633b29p-47,
  0x1.3fc0000000000p+0, -0x1.c765b9e4d7000p-3, 0x1.ca92992d12128p-45,
  0x1.3e20000000000p+0, -0x1.bcf6736f7d000p-3, -0x1.b1c2ed614dc39p-45,
  0x1.3ca0000000000p+0, -0x1.b34885022f000p-3, 0x1.f88af4cdb7918p-45,
  0x1.3b20000000000p+0, -0x1.a98ed238b8000p-3, -0x1.126ffb47b9ac0p-48,
  0x1.39a0000000000p+0, -0x1.9fc93e540a000p-3, 0x1.e78b994e84c43p-46,
  0x1.3820000000000p+0, -0x1.95f7ac2b3b000p-3, -0x1.3d4510bc0037ap-45,
  0x1.36a0000000000p+0, -0x1.8c19fe2982000p-3, -0x1.5e01e0d7c912bp-49,
  0x1.3520000000000p+0, -0x1.8230164c1a000p-3, -0x1.98dd68a5d0b48p-46,
  0x1.33a0000000000p+0, -0x1.7839d62023000p-3, -0x1.54674f7fec1b8p-45,
  0x1.3240000000000p+0, -0x1.6f0d28ae57000p-3, 0x1.2d1906d99184cp-45,
  0x1.30e0000000000p+0, -0x1.65d5e99cc4000p-3, 0x1.dc4348e559bc8p-46,
  0x1.2f60000000000p+0, -0x1.5bbc05f140000p-3, -0x1.21892c55da347p-45,
  0x1.2e00000000000p+0, -0x1.526e5e3a1b000p-3, -0x1.0de8b90075b8fp-45,
  0x1.2ca0000000000p+0, -0x1.4915d832fb000p-3, -0x1.58623ff28613dp-45,
  0x1.2b40000000000p+0, -0x1.3fb25a5953000p-3, 0x1.cd4832994e011p-45,
  0x1.29e0000000000p+0, -0x1.3643cad059000p-3, 0x1.c3ce1bd9a4056p-45,
  0x1.2880000000000p+0, -0x1.2cca0f5f5f000p-3, -0x1.28439b9403b82p-46,
  0x1.2740000000000p+0, -0x1.2423113ba5000p-3, -0x1.c5ff871162641p-48,
  0x1.25e0000000000p+0, -0x1.1a93b7d42f000p-3, -0x1.842881627541ap-45,
  0x1.24a0000000000p+0, -0x1.11d8e5e290000p-3, -0x1.1c6fa52eaa55bp-45,
  0x1.2340000000000p+0, -0x1.08338affa3000p-3, 0x1.f5986a6fb83b2p-45,
  0x1.2200000000000p+0, -0x1.fec9131dbe000p-4, -0x1.575545ca333f2p-45,
  0x1.20c0000000000p+0, -0x1.ed1794e838000p-4, 0x1.fd143749d0484p-46,
  0x1.1f80000000000p+0, -0x1.db5270187e000p-4, 0x1.b621ea5479f83p-46,
  0x1.1e20000000000p+0, -0x1.c7af7a8472000p-4, -0x1.aeca39140f510p-45,
  0x1.1d00000000000p+0, -0x1.b78c82bb0e000p-4, -0x1.b4210878cf032p-45,
  0x1.1bc0000000000p+0, -0x1.a58b60c2b2000p-4, -0x1.91c651d1b06b1p-47,
  0x1.1a80000000000p+0, -0x1.9375e55596000p-4, 0x1.223c8c7f3c9bbp-48,
  0x1.1940000000000p+0, -0x1.814be23f8c000p-4, -0x1.b2381da82fdfdp-51,
  0x1.1820000000000p+0, -0x1.70e12b325c000p-4, -0x1.0530d95714cd1p-45,
  0x1.16e0000000000p+0, -0x1.5e8fa4d85a000p-4, 0x1.c72063ee51de0p-45,
  0x1.15c0000000000p+0, -0x1.4e01108a36000p-4, 0x1.468c0834e946ep-46,
  0x1.1480000000000p+0, -0x1.3b87598b1c000p-4, 0x1.2241594aca313p-45,
  0x1.1360000000000p+0, -0x1.2ad449eff2000p-4, -0x1.8ae28d07d23c6p-47,
  0x1.1240000000000p+0, -0x1.1a0fba1bf8000p-4, -0x1.4a3fcc319d6dcp-45,
  0x1.1120000000000p+0, -0x1.0939853a1c000p-4, -0x1.91761e583dc8fp-45,
  0x1.0fe0000000000p+0, -0x1.ecdf0f87b8000p-5, 0x1.e97bceb5803f8p-45,
  0x1.0ec0000000000p+0, -0x1.cae72fb95c000p-5, -0x1.0540dfda4e418p-48,
  0x1.0dc0000000000p+0, -0x1.ac97221710000p-5, -0x1.f8d3ef013222cp-45,
  0x1.0ca0000000000p+0, -0x1.8a5a9cc614000p-5, -0x1.9475bff9fc598p-46,
  0x1.0b80000000000p+0, -0x1.67f94f094c000p-5, 0x1.33e0c181b1295p-48,
  0x1.0a60000000000p+0, -0x1.4572e981cc000p-5, 0x1.2702a0c990515p-45,
  0x1.0960000000000p+0, -0x1.26a32a86d4000p-5, 0x1.08e0f52b7f120p-45,
  0x1.0840000000000p+0, -0x1.03d5d85e74000p-5, 0x1.10ed3e25ac62ap-49,
  0x1.0740000000000p+0, -0x1.c98d18d010000p-6, 0x1.bf6150589df0fp-45,
  0x1.0620000000000p+0, -0x1.83624fba80000p-6, -0x1.deb9c96b40046p-45,
  0x1.0520000000000p+0, -0x1.44c28d4518000p-6, 0x1.9d3d6bee61af9p-46,
  0x1.0420000000000p+0, -0x1.05e5478268000p-6, -0x1.e4843bc143c10p-45,
  0x1.0300000000000p+0, -0x1.7dc475f810000p-7, -0x1.4edba4a25e0b1p-48,
  0x1.0200000000000p+0, -0x1.fe02a6b100000p-8, -0x1.9e23f0dda40e4p-46,
  0x1.0100000000000p+0, -0x1.ff00aa2b00000p-9, -0x1.0bc04a086b56ap-45,
  0x1.0000000000000p+0, 0.0, 0.0,
  0x1.fc00000000000p-1, 0x1.0101575890000p-7, -0x1.0c76b999d2be8p-46,
  0x1.f820000000000p-1, 0x1.fbea8b13c0000p-7, 0x1.ec927b17e4e13p-50,
  0x1.f440000000000p-1, 0x1.7c61b1cf60000p-6, -0x1.08fc8f849a447p-45,
  0x1.f080000000000p-1, 0x1.f7a9b16780000p-6, 0x1.42ad9271be7d7p-45,
  0x1.ecc0000000000p-1, 0x1.39f07ba0ec000p-5, -0x1.4ed629bd1a888p-48,
  0x1.e920000000000p-1, 0x1.766d923c20000p-5, 0x1.ff0a82f1c24c1p-46,
  0x1.e580000000000p-1, 0x1.b35dd9b58c000p-5, -0x1.54c594985538ep-47,
  0x1.e1e0000000000p-1, 0x1.f0c30c1118000p-5, -0x1.caef3588b7d80p-45,
  0x1.de60000000000p-1, 0x1.163d6ef958000p-4, -0x1.7f3b038d8e6ebp-46,
  0x1.dae0000000000p-1, 0x1.345179b63e000p-4, -0x1.5efe164f5797cp-47,
  0x1.d780000000000p-1, 0x1.5188742262000p-4, -0x1.9ebc4d3b4e985p-45,
  0x1.d420000000000p-1, 0x1.6ef528c056000p-4, 0x1.4573a51306a44p-45,
  0x1.d0c0000000000p-1, 0x1.8c985e9b9e000p-4, 0x1.907910379ff94p-45,
  0x1.cd80000000000p-1, 0x1.a956d3ecae000p-4, -0x1.9c86b3fd3b50bp-48,
  0x1.ca40000000000p-1, 0x1.c6494a2e42000p-4, -0x1.d685d537cec69p-46,
  0x1.c720000000000p-1, 0x1.e2507702b0000p-4, -0x1.f897980522249p-45,
  0x1.c400000000000p-1, 0x1.fe89139dbe000p-4, -0x1.534d64fa10afdp-45,
  0x1.c0e0000000000p-1, 0x1.0d79e7cd49000p-3, -0x1.a5eebdc3db0e3p-47,
  0x1.bde0000000000p-1, 0x1.1b35ae3b82000p-3, -0x1.20a2e76016a9dp-46,
  0x1.bac0000000000p-1, 0x1.299d30c607000p-3, -0x1.597fc311fb93bp-47,
  0x1.b7e0000000000p-1, 0x1.36f4c27577000p-3, 0x1.64c3b2f8b5626p-45,
  0x1.b4e0000000000p-1, 0x1.44f8b726f9000p-3, -0x1.04adde6a32260p-47,
  0x1.b200000000000p-1, 0x1.527e5e4a1b000p-3, 0x1.633e8e5697dc7p-45,
  0x1.af20000000000p-1, 0x1.601b076e7b000p-3, -0x1.d5a5056406e35p-45,
  0x1.ac60000000000p-1, 0x1.6d35fee52c000p-3, -0x1.f127eb4f64e1fp-45,
  0x1.a980000000000p-1, 0x1.7b00916515000p-3, 0x1.46280d3e606a3p-46,
  0x1.a6e0000000000p-1, 0x1.87ad07c493000p-3, 0x1.1e15878f399ecp-45,
  0x1.a420000000000p-1, 0x1.9509aa0045000p-3, -0x1.c331496594742p-49,
  0x1.a160000000000p-1, 0x1.a27cc30641000p-3, -0x1.355b4e6c5a243p-47,
  0x1.9ec0000000000p-1, 0x1.af6895610e000p-3, -0x1.148288bf7a937p-45,
  0x1.9c20000000000p-1, 0x1.bc69684aee000p-3, 0x1.8f6d5d141f9bdp-45,
  0x1.99a0000000000p-1, 0x1.c8df7cb9a9000p-3, -0x1.11bd0a71e1918p-48,
  0x1.9700000000000p-1, 0x1.d60a17f903000p-3, 0x1.4523f207be58ep-45,
  0x1.9480000000000p-1, 0x1.e2a877a6b3000p-3, -0x1.f71fa21e3df99p-46,
  0x1.9200000000000p-1, 0x1.ef5ade4dd0000p-3, -0x1.a211565bb8e11p-51,
  0x1.8fa0000000000p-1, 0x1.fb7d86eee4000p-3, -0x1.1c061cdb8097bp-45,
  0x1.8d40000000000p-1, 0x1.03d95a1d67800p-2, -0x1.7a1dfc3727bddp-46,
  0x1.8ac0000000000p-1, 0x1.0a504e97bb800p-2, -0x1.f9ed6332de779p-45,
  0x1.8860000000000p-1, 0x1.107e404ab1000p-2, -0x1.fb921823aafdap-48,
  0x1.8620000000000p-1, 0x1.1661caecb9800p-2, 0x1.d1c000c076a8bp-45,
  0x1.83c0000000000p-1, 0x1.1ca28c64bb000p-2, -0x1.ac4f842f5566bp-46,
  0x1.8180000000000p-1, 0x1.22981fbef7800p-2, 0x1.7af7a7da9fc99p-46,
  0x1.7f40000000000p-1, 0x1.2896a13e08800p-2, -0x1.5c4bf607a5ab6p-46,
  0x1.7d00000000000p-1, 0x1.2e9e2bce12000p-2, 0x1.4300c128d1dc2p-45,
  0x1.7ae0000000000p-1, 0x1.34585a594b800p-2, 0x1.593206e785f78p-47,
  0x1.78a0000000000p-1, 0x1.3a71c56bb4800p-2, 0x1.8c46fb5a88483p-47,
  0x1.7680000000000p-1, 0x1.403d086cea800p-2, -0x1.910a8bb78cf7dp-48,
  0x1.7460000000000p-1, 0x1.4610bc29c6000p-2, -0x1.e82c9f310c8e6p-46,
  0x1.7240000000000p-1, 0x1.4becf95d97800p-2, 0x1.133137ff7163fp-46,
  0x1.7020000000000p-1, 0x1.51d1d93104800p-2, -0x1.49e0abbe4c6e4p-45,
  0x1.6e20000000000p-1, 0x1.5765f1749d800p-2, 0x1.359a4d83e4faap-45,
  0x1.6c20000000000p-1, 0x1.5d01dc49ff000p-2, 0x1.740ab8cfa5ed3p-45,
  0x1.6a20000000000p-1, 0x1.62a5afc061000p-2, 0x1.0f54a2beeff32p-45,
};
#define LOG_LN2HI 0x1.62e42fefa3800p-1
#define LOG_LN2LO 0x1.ef35793c76730p-45
static const double __LOG_P[6] = {
  0x1.5555555555556p-2, -0x1.0000000000000p-2, 0x1.99999998cb8aap-3,
  -0x1.555555549be17p-3, 0x1.2493fa39f836dp-3, -0x1.000185c67dc3fp-3,
};
static const double __LOG_Q[5] = {
  0x1.5555555555555p-2, -0x1.ffffffff7f36cp-3, 0x1.99999999271fap-3,
  -0x1.5556eb5926d6ep-3, 0x1.2493b20b8dba5p-3,
};
#define INVLN2_HI 0x1.7154768000000p+0
#define INVLN2_LO -0x1.6a3e80f444178p-27
#define INVLN2 0x1.71547652b82fep+0
#define INVLN10_HI 0x1.bcb7b18000000p-2
#define INVLN10_LO -0x1.6c8d78e6acaa4p-29
#define INVLN10 0x1.bcb7b1526e50ep-2
/* sin(j*pi/64) j=0..32 as hi,lo */
static const double __TRIG_S[66] = {
  0.0, 0.0,
  0x1.91f65f10dd814p-5, -0x1.912bd0d569a90p-61,
  0x1.917a6bc29b42cp-4, -0x1.e2718d26ed688p-60,
  0x1.2c8106e8e613ap-3, 0x1.13000a89a11e0p-58,
  0x1.8f8b83c69a60bp-3, -0x1.26d19b9ff8d82p-57,
  0x1.f19f97b215f1bp-3, -0x1.42deef11da2c4p-57,
  0x1.294062ed59f06p-2, -0x1.5d28da2c4612dp-56,
  0x1.58f9a75ab1fddp-2, -0x1.efdc0d58cf620p-62,
  0x1.87de2a6aea963p-2, -0x1.72cedd3d5a610p-57,
  0x1.b5d1009e15cc0p-2, 0x1.5b362cb974183p-57,
  0x1.e2b5d3806f63bp-2, 0x1.e0d891d3c6841p-58,
  0x1.073879922ffeep-1, -0x1.a5a014347406cp-55,
  0x1.1c73b39ae68c8p-1, 0x1.b25dd267f6600p-55,
  0x1.30ff7fce17035p-1, -0x1.efcc626f74a6fp-57,
  0x1.44cf325091dd6p-1, 0x1.8076a2cfdc6b3p-57,
  0x1.57d69348ceca0p-1, -0x1.75720992bfbb2p-55,
  0x1.6a09e667f3bcdp-1, -0x1.bdd3413b26456p-55,
  0x1.7b5df226aafafp-1, -0x1.0f537acdf0ad7p-56,
  0x1.8bc806b151741p-1, -0x1.2c5e12ed1336dp-55,
  0x1.9b3e047f38741p-1, -0x1.30ee286712474p-55,
  0x1.a9b66290ea1a3p-1, 0x1.9f630e8b6dac8p-60,
  0x1.b728345196e3ep-1, -0x1.bc69f324e6d61p-55,
  0x1.c38b2f180bdb1p-1, -0x1.6e0b1757c8d07p-56,
  0x1.ced7af43cc773p-1, -0x1.e7b6bb5ab58aep-58,
  0x1.d906bcf328d46p-1, 0x1.457e610231ac2p-56,
  0x1.e212104f686e5p-1, -0x1.014c76c126527p-55,
  0x1.e9f4156c62ddap-1, 0x1.760b1e2e3f81ep-55,
  0x1.f0a7efb9230d7p-1, 0x1.52c7adc6b4989p-56,
  0x1.f6297cff75cb0p-1, 0x1.562172a361fd3p-56,
  0x1.fa7557f08a517p-1, -0x1.7a0a8ca13571fp-55,
  0x1.fd88da3d12526p-1, -0x1.87df6378811c7p-55,
  0x1.ff621e3796d7ep-1, -0x1.c57bc2e24aa15p-57,
  0x1.0000000000000p+0, 0.0,
};
#define TRIG_INVPIO64 0x1.45f306dc9c883p+4
#define TRIG_P1 0x1.921fb54000000p-5
#define TRIG_P2 0x1.10b4612000000p-35
#define TRIG_P3 -0x1.676733ae8fe48p-65
#define TRIG_PIO64_HI 0x1.921fb54442d18p-5
#define TRIG_PIO64_LO 0x1.1a62633145c07p-59
static const double __SIN_P[3] = {
  -0x1.5555555555555p-3, 0x1.11111110c1960p-7, -0x1.a018aab67ee38p-13,
};
static const double __COS_P[3] = {
  -0x1.ffffffffffffdp-2, 0x1.55555554a2808p-5, -0x1.6c153fa56aee4p-10,
};
static const unsigned __TWO_OVER_PI[48] = {
  0xa2f9836eu, 0x4e441529u, 0xfc2757d1u, 0xf534ddc0u, 0xdb629599u, 0x3c439041u,
  0xfe5163abu, 0xdebbc561u, 0xb7246e3au, 0x424dd2e0u, 0x06492eeau, 0x09d1921cu,
  0xfe1deb1cu, 0xb129a73eu, 0xe88235f5u, 0x2ebb4484u, 0xe99c7026u, 0xb45f7e41u,
  0x3991d639u, 0x835339f4u, 0x9c845f8bu, 0xbdf9283bu, 0x1ff897ffu, 0xde05980fu,
  0xef2f118bu, 0x5a0a6d1fu, 0x6d367ecfu, 0x27cb09b7u, 0x4f463f66u, 0x9e5fea2du,
  0x7527bac7u, 0xebe5f17bu, 0x3d0739f7u, 0x8a5292eau, 0x6bfb5fb1u, 0x1f8d5d08u,
  0x56033046u, 0xfc7b6babu, 0xf0cfbc20u, 0x9af4361du, 0xa9e39161u, 0x5ee61b08u,
  0x6599855fu, 0x14a06840u, 0x8dffd880u, 0x4d732731u, 0x06061556u, 0xca73a8c9u,
};
/* atan: for |x| in [2^-6, 2^6): 16 intervals per binade; centre c = (33+2i)/32*2^e;
   ATAN_T[2k] = atan(c) rounded to a multiple of 2^-51, ATAN_T[2k+1] = rest */
static const double __ATAN_T[384] = {
  0x1.07fa26dbb4700p-6, -0x1.2bad36f9850dfp-53,
  0x1.17f905dacac00p-6, -0x1.46b47a2468534p-54,
  0x1.27f7c1df1e800p-6, 0x1.86dd28ce86cbap-55,
  0x1.37f658e9a2b00p-6, 0x1.c3b13acd88ff9p-53,
  0x1.47f4c8fb66080p-6, 0x1.93cc44e1ef85ap-53,
  0x1.57f3101594700p-6, -0x1.d2cc203876bbcp-54,
  0x1.67f12c3978700p-6, 0x1.aafa6e24d9156p-53,
  0x1.77ef1b687ce00p-6, -0x1.ae97a09e3f5cfp-55,
  0x1.87ecdba42e200p-6, 0x1.4da59193b1fefp-54,
  0x1.97ea6aee3bd00p-6, 0x1.a79b8a530ab55p-54,
  0x1.a7e7c7487a300p-6, -0x1.6a3cc83c627e4p-53,
  0x1.b7e4eeb4e3900p-6, 0x1.39b4ceb31f0cdp-53,
  0x1.c7e1df359a000p-6, -0x1.f5fd199cba1f2p-54,
  0x1.d7de96cce8880p-6, -0x1.939ed5094ecd4p-54,
  0x1.e7db137d44d80p-6, -0x1.055fc91101c12p-56,
  0x1.f7d7534950b00p-6, -0x1.9d80784d86d71p-55,
  0x1.07e89e3abee80p-5, -0x1.0521eea3be3d5p-56,
  0x1.17e41b2bdeb80p-5, -0x1.f1ec808e69418p-53,
  0x1.27df0c70b94c0p-5, 0x1.f3db83f88fe65p-53,
  0x1.37d96a1875a40p-5, 0x1.04518c32b8d53p-53,
  0x1.47d32c33f3cc0p-5, -0x1.72ff927c6cc74p-54,
  0x1.57cc4ad5e46c0p-5, 0x1.16bd6da4b9482p-53,
  0x1.67c4be12e0480p-5, -0x1.3c248207b0ed8p-54,
  0x1.77bc7e017f8c0p-5, 0x1.adc9b1724e0b3p-53,
  0x1.87b382ba71400p-5, 0x1.42871968f75b8p-53,
  0x1.97a9c45892780p-5, 0x1.962d132989092p-54,
  0x1.a79f3af905980p-5, -0x1.f01f3210f3f49p-56,
  0x1.b793debb49740p-5, 0x1.01aad654cd73ap-53,
  0x1.c787a7c150700p-5, -0x1.7e66c009282fbp-56,
  0x1.d77a8e2f97740p-5, -0x1.40f9b0f40be8ep-53,
  0x1.e76c8a2d3ce40p-5, -0x1.1dd1a3cdadc8bp-55,
  0x1.f75d93e417800p-5, 0x1.2c8e29c279c54p-54,
  0x1.07a2a58a0c160p-4, 0x1.e943505547dffp-53,
  0x1.1790a88aca940p-4, -0x1.d1d4017bebf80p-53,
  0x1.277c80c02ec40p-4, 0x1.ac34df01e26bfp-53,
  0x1.37660f1a6b5e0p-4, -0x1.eff3d415eea11p-54,
  0x1.474d34a4bbba0p-4, -0x1.821a72cb2215ep-55,
  0x1.5731d286c4ec0p-4, 0x1.586462ad28d81p-53,
  0x1.6713ca05f38c0p-4, -0x1.9e77bb4171ff7p-53,
  0x1.76f2fc86d6140p-4, -0x1.90517b6267cdcp-55,
  0x1.86cf4b8e73cc0p-4, -0x1.773764573dcdbp-56,
  0x1.96a898c39ff00p-4, -0x1.51cfa6eef407dp-54,
  0x1.a67ec5f049100p-4, 0x1.4cf6d28de8904p-53,
  0x1.b651b502c4800p-4, 0x1.31dc81bc66723p-53,
  0x1.c621480f15a60p-4, 0x1.3c6066ab8132fp-53,
  0x1.d5ed6150311e0p-4, -0x1.e14c0297aad79p-55,
  0x1.e5b5e3293b7c0p-4, 0x1.e752aba03fcbfp-53,
  0x1.f57ab026c3a80p-4, 0x1.f8f64f140dd3ap-53,
  0x1.068d584212b40p-3, -0x1.33c5a50603380p-54,
  0x1.1646541060850p-3, 0x1.6bcee8ae7ea92p-57,
  0x1.25f6e171a5360p-3, -0x1.d07250843cb9ep-54,
  0x1.359e8edeb99a0p-3, 0x1.cb40516373f67p-54,
  0x1.453cec6092aa0p-3, -0x1.b826b1316961dp-55,
  0x1.54d18ba115710p-3, -0x1.6e7d7d0d77bf9p-53,
  0x1.645bfffb3aa70p-3, 0x1.f82b252620f4dp-54,
  0x1.73dbde8a7d200p-3, 0x1.d4a5e1256b334p-55,
  0x1.8350be398ebc0p-3, 0x1.f52b7666a31b8p-53,
  0x1.92ba37d050270p-3, 0x1.bcb084bc02e27p-55,
  0x1.a217e601081a0p-3, 0x1.6f210759f50c9p-53,
  0x1.b1696574d7810p-3, -0x1.0c2d5c7e0ad34p-53,
  0x1.c0ae54d768460p-3, 0x1.afb3240aa0d92p-53,
  0x1.cfe654e1d5390p-3, 0x1.547b9a3f71eb0p-53,
  0x1.df110864c9da0p-3, -0x1.056062d4efd1ep-54,
  0x1.ee2e1451d9810p-3, -0x1.99a7708c46ba9p-54,
  0x1.025fa510665b8p-2, -0x1.2ce5bed065f49p-53,
  0x1.1151a362431c8p-2, 0x1.ac8dc8dbe2118p-54,
  0x1.2025567e47c98p-2, -0x1.11832328f4291p-53,
  0x1.2ed987a823d00p-2, -0x1.c8ddb4e2bfda7p-54,
  0x1.3d6d129271138p-2, -0x1.dd906b7c66d4fp-53,
  0x1.4bdee586890e8p-2, -0x1.3c9b8ef8454ebp-54,
  0x1.5a2e0175e0f50p-2, -0x1.bb1215c1f46eap-54,
  0x1.685979f5fa700p-2, -0x1.0495e05346b6ap-53,
  0x1.7660752817500p-2, 0x1.f117743719c50p-54,
  0x1.84422b8df95d8p-2, -0x1.144afeb325f25p-55,
  0x1.91fde7cd0c660p-2, 0x1.220e83100a96ap-53,
  0x1.9f93066168000p-2, 0x1.8df63ee0daf19p-54,
  0x1.ad00f54220588p-2, 0x1.bf89867123a5dp-53,
  0x1.ba473378624a8p-2, -0x1.55ccbc97236a0p-53,
  0x1.c76550aad71f8p-2, 0x1.45a3a0047de0ep-55,
  0x1.d45aec9ec8628p-2, 0x1.989421163ef93p-53,
  0x1.e77eb7f175a38p-2, -0x1.de35847c81979p-53,
  0x1.0039c73c1a40cp-1, -0x1.b32c949c9d593p-55,
  0x1.0c6145b5b43dcp-1, -0x1.f34582f6255fep-53,
  0x1.1835a88be7c14p-1, -0x1.1cef189ff9e7fp-54,
  0x1.23b71e2cc9e6cp-1, -0x1.e3bde360c7ddbp-53,
  0x1.2ee628406cbccp-1, -0x1.8e8a85803cc1dp-53,
  0x1.39c391cd41718p-1, 0x1.b73ef3389d02fp-53,
  0x1.445065b795b54p-1, 0x1.c1125fd3810c7p-53,
  0x1.4e8de5bb6ec04p-1, 0x1.4a33dbeb3796cp-55,
  0x1.587d81f732fbcp-1, -0x1.2bcb93b18b52ap-53,
  0x1.6220d115d7b8cp-1, 0x1.ed487acaf1174p-53,
  0x1.6b798920b3d98p-1, 0x1.2bfe3cf3b9d79p-54,
  0x1.748978fba8e10p-1, -0x1.f426acf4d3bdbp-54,
  0x1.7d528289fa094p-1, -0x1.54fbef0e862abp-54,
  0x1.85d69576cc2c4p-1, 0x1.16b66e7fc8b8cp-53,
  0x1.8e17aa99cc05cp-1, 0x1.c27cfaa9f7a14p-53,
  0x1.9a000a935bd90p-1, -0x1.d4d7dc41e4662p-53,
  0x1.a908afa5b1d48p-1, 0x1.d450834540fefp-53,
  0x1.b7291b4e25bd8p-1, 0x1.c76c67b233934p-53,
  0x1.c470abf2d3d00p-1, 0x1.2d4c3b7e3328fp-53,
  0x1.d0ee2253886a8p-1, -0x1.b4d82321b0885p-53,
  0x1.dcaf82dc1a6f4p-1, -0x1.f99cb3ddd4790p-55,
  0x1.e7c2042350f88p-1, -0x1.10e14d8d5a7dep-53,
  0x1.f232073aeb170p-1, 0x1.a8293174c80f5p-53,
  0x1.fc0b171ec926cp-1, -0x1.3337369af334fp-58,
  0x1.02abf692f6d0cp+0, -0x1.7e03a29351e05p-54,
  0x1.07113c6a93a22p+0, -0x1.c7a87658b832cp-53,
  0x1.0b39f4eca23aep+0, 0x1.25934545c016cp-54,
  0x1.0f2a5d9fff026p+0, 0x1.e6ac2e9161719p-55,
  0x1.12e65fa32aaecp+0, 0x1.06d27ba759395p-53,
  0x1.167195a203266p+0, -0x1.72d29af7d1ca9p-53,
  0x1.19cf51b0603dcp+0, 0x1.ad218c3b46bf1p-53,
  0x1.1e8d473c5d5cap+0, 0x1.40b5b2505c143p-54,
  0x1.245b4faf23110p+0, 0x1.21a922f80e73bp-53,
  0x1.29a33f97bdbeap+0, 0x1.20768f82d028dp-54,
  0x1.2e75728833a54p+0, 0x1.16e3ef7326bdap-56,
  0x1.32dfe01c11c22p+0, -0x1.1a728631450a5p-53,
  0x1.36ee7f2a24644p+0, -0x1.2c820975621fbp-54,
  0x1.3aab98641f26ap+0, 0x1.88f2d8cfa290ep-53,
  0x1.3e200aea00d98p+0, 0x1.5c35912e11b82p-53,
  0x1.41538521b2f98p+0, 0x1.b0a24edb2ee98p-57,
  0x1.444cb3d7d780cp+0, 0x1.84edbdae1963fp-54,
  0x1.4711695fedde2p+0, -0x1.369e22089162cp-55,
  0x1.49a6be20c3a52p+0, 0x1.61f86cbdae1abp-54,
  0x1.4c112bb9f7c64p+0, -0x1.e08b99afff93dp-53,
  0x1.4e54a3b8e6cf8p+0, -0x1.546673bfb75f0p-55,
  0x1.5074a2a612ac2p+0, 0x1.a3d243fee531cp-53,
  0x1.5274400eea72ap+0, 0x1.1b9aecdbdde64p-53,
  0x1.553ce48a04764p+0, 0x1.81357a93f9423p-53,
  0x1.58990974dfc9ap+0, 0x1.63c6dbc401055p-53,
  0x1.5b9c9494c0d72p+0, 0x1.c489869dc11aap-53,
  0x1.5e545b9b1a4c8p+0, -0x1.b1f8afb3dd31dp-54,
  0x1.60cadf03e444cp+0, 0x1.71a81c6fb0c4ap-53,
  0x1.6308ca2a1ee2ap+0, -0x1.a5941155dcf49p-53,
  0x1.6515542adf35cp+0, -0x1.72a1acf741cd6p-53,
  0x1.66f689fe6ecd8p+0, -0x1.dad298a58a925p-53,
  0x1.68b187b9d2c60p+0, 0x1.0cd5f58944a8dp-53,
  0x1.6a4aa53aac448p+0, 0x1.af23979cc8f56p-53,
  0x1.6bc59952bf3b2p+0, -0x1.cd10507d85becp-53,
  0x1.6d2595b4f5944p+0, -0x1.4960dd7635cc1p-53,
  0x1.6e6d5d4f4d24cp+0, -0x1.f21e1291708b6p-53,
  0x1.6f9f5650fd3f0p+0, -0x1.327c789605e0ep-53,
  0x1.70bd98cd96434p+0, -0x1.f2b4d033f7edbp-53,
  0x1.71c9fab4414b2p+0, 0x1.ed22abd9c91bcp-54,
  0x1.733e83ec95ff4p+0, -0x1.12af1a45f2529p-53,
  0x1.74fe3c2f08578p+0, -0x1.85702971de777p-55,
  0x1.768e250aec6fcp+0, 0x1.7d3c945f7481bp-55,
  0x1.77f57d148f11cp+0, -0x1.2113a4a1ff42dp-56,
  0x1.793a1f5a56d14p+0, -0x1.436a317c1ec50p-54,
  0x1.7a60d4728e3dap+0, -0x1.3ccc36faf1683p-54,
  0x1.7b6d8e630ad5ep+0, 0x1.8a1b0e4f4fe5bp-55,
  0x1.7c63958a05d02p+0, -0x1.47cce616ff378p-54,
  0x1.7d45aab9c6632p+0, 0x1.389af7a06a3e7p-53,
  0x1.7e16216f80626p+0, -0x1.c41a1972934d8p-53,
  0x1.7ed6f431b596ep+0, 0x1.e33b00f3dde6dp-53,
  0x1.7f89d48cc7f44p+0, -0x1.c29b6a6cc701ep-53,
  0x1.803037bd17134p+0, 0x1.14f2fe20b890ap-53,
  0x1.80cb60cd9f7ecp+0, 0x1.0e4f775794eaap-53,
  0x1.815c68beac682p+0, -0x1.466235f1faf20p-53,
  0x1.81e445233973cp+0, 0x1.a9af3ba505fd5p-53,
  0x1.82a0ae7eefa00p+0, -0x1.cb324d2cd8f43p-53,
  0x1.8382dca698942p+0, 0x1.47d32b9f00ca7p-53,
  0x1.844caa6e36176p+0, -0x1.b87e5ac7e2cd4p-55,
  0x1.8501d43dec744p+0, -0x1.978349c4bab71p-54,
  0x1.85a55cb2f0384p+0, 0x1.f0fb0a6f20ff2p-55,
  0x1.8639b79e21172p+0, 0x1.e89b524089f11p-54,
  0x1.86c0e99b54aa8p+0, 0x1.0fdfd986dcdbdp-54,
  0x1.873c9fa1e3b82p+0, 0x1.1e6af79236efbp-54,
  0x1.87ae40d675cb4p+0, -0x1.14f2c71291e7ep-53,
  0x1.8816fc2fd657ap+0, 0x1.890d9a056105ep-54,
  0x1.8877d307f1994p+0, 0x1.08d13e9bc92b9p-53,
  0x1.88d1a160b268ep+0, 0x1.962eedf7c3390p-53,
  0x1.8925246ca8b4cp+0, 0x1.1373d282bba8bp-54,
  0x1.8972ffc482372p+0, -0x1.b05c71dab7260p-56,
  0x1.89bbc196ec7fep+0, 0x1.c232ab696e88fp-54,
  0x1.89ffe60cd476ep+0, -0x1.f3ca250b7d564p-55,
  0x1.8a5e605023122p+0, -0x1.13817239fa2cbp-53,
  0x1.8acfc29bfd496p+0, 0x1.ab90a256eee99p-54,
  0x1.8b34e55aadb0cp+0, -0x1.b270451aad992p-53,
  0x1.8b8faa7b0a724p+0, -0x1.ba5fbc0498900p-53,
  0x1.8be195fd5d56cp+0, -0x1.59cf0623e9060p-61,
  0x1.8c2be3c4b60d8p+0, 0x1.515de92ddf0a4p-55,
  0x1.8c6f9798d1972p+0, -0x1.66cdeccdd530fp-53,
  0x1.8cad891303322p+0, -0x1.ea07cc8a6828ep-54,
  0x1.8ce66ca04c5b0p+0, -0x1.97335c3967b63p-54,
  0x1.8d1ada6566ed2p+0, -0x1.58febcbef293ap-57,
  0x1.8d4b5393c8052p+0, 0x1.e18bf1cbf9c90p-53,
  0x1.8d7846951342ep+0, 0x1.87b2cbbc39d3ep-53,
  0x1.8da21256028f4p+0, -0x1.b8321f8acd947p-54,
  0x1.8dc908e5fe988p+0, 0x1.7d10546448d98p-53,
  0x1.8ded7192b0f62p+0, -0x1.f87793c2b143cp-53,
  0x1.8e0f8a9ce0f88p+0, -0x1.daba15818f0a1p-58,
};
static const double __ATAN_P[4] = {
  -0x1.5555555555555p-2, 0x1.9999999996534p-3, -0x1.24924828c1e32p-3, 0x1.c6ec086990feap-4,
};
#define PI_HI 0x1.921fb54442d18p+1
#define PI_LO 0x1.1a62633145c07p-53
#define PIO2_HI 0x1.921fb54442d18p+0
#define PIO2_LO 0x1.1a62633145c07p-54
#define PIO4_HI 0x1.921fb54442d18p-1
#define PIO4_LO 0x1.1a62633145c07p-55
#define PI3O4_HI 0x1.2d97c7f3321d2p+1
#define PI3O4_LO 0x1.a79394c9e8a0ap-54
static const double __ASIN_P[14] = {
  0x1.5555555555555p-3, 0x1.3333333333389p-4, 0x1.6db6db6dac0eap-5, 0x1.f1c71c7a5e151p-6,
  0x1.6e8ba121b9d5fp-6, 0x1.1c4efd20ebb99p-6, 0x1.c990a42b32b03p-7, 0x1.7b02ef007d23ep-7,
  0x1.3b462d121c5d2p-7, 0x1.31777489dfd29p-7, 0x1.8dcdf11997e0fp-9, 0x1.40c91fa8deb7ep-6,
  -0x1.3bd7e353ddbc2p-6, 0x1.e58a4f278e007p-6,
};
static const double __SINH_P[5] = {
  0x1.5555555555555p-3, 0x1.1111111111086p-7, 0x1.a01a01a12f6bep-13, 0x1.71de2e378db0ap-19,
  0x1.aed2ecc78d37cp-26,
};
static const double __COSH_P[5] = {
  0x1.0000000000000p-1, 0x1.5555555555392p-5, 0x1.6c16c16dd99aap-10, 0x1.a019edef11348p-16,
  0x1.283ed7491d7e4p-22,
};
static const double __TANH_P[9] = {
  -0x1.5555555555555p-2, 0x1.1111111110b94p-3, -0x1.ba1ba1b936a9cp-5,
  0x1.664f480fa3d20p-6, -0x1.226e184eddd4dp-7, 0x1.d6cb8b547ab4fp-9,
  -0x1.7cf14d610f3bap-10, 0x1.2c8322ed40078p-11, -0x1.790a39d45f9c4p-13,
};
static const double __CBRT_P[4] = {
  0x1.1c90a1fb8969fp-1, 0x1.296213a52f037p-1, -0x1.44f0d2e8403a6p-3, 0x1.6ae260afe5091p-6,
};
#define CBRT2 0x1.428a2f98d728bp+0
#define CBRT4 0x1.965fea53d6e3dp+0
#define CBRT_E1 0x1.5555555555555p-2
#define CBRT_E2 -0x1.c71c71c71c71cp-4
#define CBRT_E3 0x1.f9add3c0ca458p-5
#define CBRT_E4 -0x1.511e8d2b3183bp-5
/* END GENERATED */

/* ------------------------------------------------------------------ */
/* exact functions                                                     */
/* ------------------------------------------------------------------ */

double fabs(double x) { return __absd(x); }

double sqrt(double x) { return __sqrt_exact(x); }

/* e = unbiased exponent; returns x with fractional bits cleared;
   *frac = whether any fractional bit was set */
double trunc(double x)
{
    __dw u; u.d = x;
    int e = (int)((u.w[1] >> 20) & 0x7ff) - 1023;
    if (e < 0) { u.w[1] &= 0x80000000u; u.w[0] = 0; return u.d; }
    if (e >= 52) return x;
    if (e < 20) { u.w[1] &= ~(0x000fffffu >> e); u.w[0] = 0; }
    else u.w[0] &= ~(0xffffffffu >> (e - 20));
    return u.d;
}

/* add one unit in the last integer place to the magnitude of u (0<=e<52) */
static void __add_unit(__dw *u, int e)
{
    if (e < 20) u->w[1] += 0x00100000u >> e;
    else if (e == 20) u->w[1] += 1;
    else {
        unsigned b = 1u << (52 - e), o = u->w[0];
        u->w[0] = o + b;
        if (u->w[0] < o) u->w[1] += 1;
    }
}

static int __has_frac(__dw u, int e)
{
    if (e < 20) return ((u.w[1] & (0x000fffffu >> e)) | u.w[0]) != 0;
    return (u.w[0] & (0xffffffffu >> (e - 20))) != 0;
}

/* dir = 0: floor, 1: ceil */
static double __floorceil(double x, int dir)
{
    __dw u; u.d = x;
    unsigned neg = u.w[1] >> 31;
    int e = (int)((u.w[1] >> 20) & 0x7ff) - 1023;
    if (e >= 52) return x;
    if (e < 0) {
        if (((u.w[1] & 0x7fffffffu) | u.w[0]) == 0) return x;
        if (neg != (unsigned)dir) return __mkd(neg ? 0xbff00000u : 0x3ff00000u, 0);
        return __mkd(neg << 31, 0);
    }
    if (!__has_frac(u, e)) return x;
    u.d = trunc(x);
    if (neg != (unsigned)dir) __add_unit(&u, e);
    return u.d;
}

double floor(double x) { return __floorceil(x, 0); }
double ceil(double x) { return __floorceil(x, 1); }

double round(double x)
{
    __dw u; u.d = x;
    int e = (int)((u.w[1] >> 20) & 0x7ff) - 1023;
    if (e >= 52) return x;
    if (e < 0) {
        unsigned s = u.w[1] & 0x80000000u;
        if (e == -1) return __mkd(s | 0x3ff00000u, 0);
        return __mkd(s, 0);
    }
    {
        /* half bit = bit 51-e of the mantissa */
        int half = (e < 20) ? ((u.w[1] >> (19 - e)) & 1) : ((u.w[0] >> (51 - e)) & 1);
        u.d = trunc(x);
        if (half) __add_unit(&u, e);
        return u.d;
    }
}

double modf(double x, double *ip)
{
    __dw u; u.d = x;
    unsigned ax = u.w[1] & 0x7fffffffu;
    double t;
    if (ax >= 0x7ff00000u) {
        *ip = x;
        if (ax == 0x7ff00000u && u.w[0] == 0) return __mkd(u.w[1] & 0x80000000u, 0);
        return x;
    }
    t = trunc(x);
    *ip = t;
    if (ax >= 0x43300000u) return __mkd(u.w[1] & 0x80000000u, 0);
    return __with_sign(__absd(x - t), u.w[1] & 0x80000000u);
}

double frexp(double x, int *ep)
{
    __dw u; u.d = x;
    unsigned ax = u.w[1] & 0x7fffffffu;
    int adj = 0;
    *ep = 0;
    if (ax >= 0x7ff00000u || (ax | u.w[0]) == 0) return x;
    if (ax < 0x00100000u) { u.d = x * 0x1p54; adj = -54; ax = u.w[1] & 0x7fffffffu; }
    *ep = (int)(ax >> 20) - 1022 + adj;
    u.w[1] = (u.w[1] & 0x800fffffu) | 0x3fe00000u;
    return u.d;
}

double ldexp(double x, int n)
{
    __dw u; u.d = x;
    unsigned ax = u.w[1] & 0x7fffffffu, s = u.w[1] & 0x80000000u;
    int e;
    if (ax >= 0x7ff00000u || (ax | u.w[0]) == 0) return x;
    if (ax < 0x00100000u) { u.d = x * 0x1p54; n -= 54; ax = u.w[1] & 0x7fffffffu; }
    if (n > 5000) n = 5000;
    if (n < -5000) n = -5000;
    e = (int)(ax >> 20) + n;
    if (e >= 2047) return __mkd(s | 0x7ff00000u, 0);
    if (e >= 1) { u.w[1] = (u.w[1] & 0x800fffffu) | ((unsigned)e << 20); return u.d; }
    if (e < -63) return __mkd(s, 0);
    /* subnormal result: place at exponent e+64, then one rounding multiply */
    u.w[1] = (u.w[1] & 0x800fffffu) | ((unsigned)(e + 64) << 20);
    return u.d * 0x1p-64;
}

/* fmod: exact remainder by binary long division on the mantissas */
double fmod(double x, double y)
{
    __dw ux, uy;
    unsigned sx, ax, ay, mh, ml, yh, yl;
    int ex, ey;
    ux.d = x; uy.d = y;
    sx = ux.w[1] & 0x80000000u;
    ax = ux.w[1] & 0x7fffffffu; ay = uy.w[1] & 0x7fffffffu;
    if ((ay | uy.w[0]) == 0 || ax >= 0x7ff00000u ||
        ay > 0x7ff00000u || (ay == 0x7ff00000u && uy.w[0] != 0))
        return (x * y) / (x * y);
    if (ay == 0x7ff00000u) return x;                 /* y = inf */
    if (ax < ay || (ax == ay && ux.w[0] < uy.w[0])) return x;
    if (ax == ay && ux.w[0] == uy.w[0]) return __mkd(sx, 0);
    /* mantissas with implicit bit, exponents (subnormals normalised) */
    ex = (int)(ax >> 20); mh = ax & 0xfffffu; ml = ux.w[0];
    if (ex == 0) { ex = 1; while (!(mh & 0x100000u)) { mh = (mh << 1) | (ml >> 31); ml <<= 1; ex--; } }
    else mh |= 0x100000u;
    ey = (int)(ay >> 20); yh = ay & 0xfffffu; yl = uy.w[0];
    if (ey == 0) { ey = 1; while (!(yh & 0x100000u)) { yh = (yh << 1) | (yl >> 31); yl <<= 1; ey--; } }
    else yh |= 0x100000u;
    for (; ex > ey; ex--) {
        if (mh > yh || (mh == yh && ml >= yl)) {
            unsigned b = ml < yl;
            ml -= yl; mh -= yh + b;
        }
        mh = (mh << 1) | (ml >> 31); ml <<= 1;
    }
    if (mh > yh || (mh == yh && ml >= yl)) {
        unsigned b = ml < yl;
        ml -= yl; mh -= yh + b;
    }
    if ((mh | ml) == 0) return __mkd(sx, 0);
    while (!(mh & 0x100000u)) { mh = (mh << 1) | (ml >> 31); ml <<= 1; ey--; }
    if (ey >= 1) return __mkd(sx | ((unsigned)ey << 20) | (mh & 0xfffffu), ml);
    /* subnormal result: shift right (exact, the remainder fits) */
    {
        int sh = 1 - ey;
        if (sh >= 32) { ml = mh >> (sh - 32); mh = 0; }
        else { ml = (ml >> sh) | (mh << (32 - sh)); mh >>= sh; }
        return __mkd(sx | mh, ml);
    }
}

/* ------------------------------------------------------------------ */
/* exp family                                                          */
/* ------------------------------------------------------------------ */

/* e^(x+xl) = 2^(ki/128) * (1 + tmp)  (T[] folded into exp_finish) */
static double __exp_red(double x, double xl, int *pki)
{
    double kd = x * EXP_INVLN2N + SHIFT;
    int ki = (int)__low(kd);
    double r, r2;
    kd -= SHIFT;
    r = (x - kd * EXP_LN2HI_N) - kd * EXP_LN2LO_N;
    r = r + xl;
    r2 = r * r;
    *pki = ki;
    return __EXP_T[2 * (ki & 127) + 1] +
           (r + (r2 * (EXP_C2 + r * EXP_C3) + r2 * r2 * (EXP_C4 + r * EXP_C5)));
}

/* same without the low part */
static double __exp_red0(double x, int *pki)
{
    double kd = x * EXP_INVLN2N + SHIFT;
    int ki = (int)__low(kd);
    double r, r2;
    kd -= SHIFT;
    r = (x - kd * EXP_LN2HI_N) - kd * EXP_LN2LO_N;
    r2 = r * r;
    *pki = ki;
    return __EXP_T[2 * (ki & 127) + 1] +
           (r + (r2 * (EXP_C2 + r * EXP_C3) + r2 * r2 * (EXP_C4 + r * EXP_C5)));
}

static int __ki_to_k(int ki) { return (int)(((unsigned)ki + 0x40000000u) >> 7) - 0x800000; }

/* scale 2^(k) * T[j] for k in the normal range */
static double __exp_scale(int ki)
{
    __dw s;
    s.d = __EXP_T[2 * (ki & 127)];
    s.w[1] += (unsigned)__ki_to_k(ki) << 20;
    return s.d;
}

/* 2^(ki/128) * (1 + tmp), correctly handling overflow and subnormal results */
static double __exp_finish(int ki, double tmp)
{
    int k = __ki_to_k(ki);
    __dw s;
    double y, lo, hi, e;
    s.d = __EXP_T[2 * (ki & 127)];
    if ((unsigned)(k + 1000) <= 2023u) {         /* -1000 <= k <= 1023 */
        s.w[1] += (unsigned)k << 20;
        return s.d + s.d * tmp;
    }
    if ((unsigned)(k + 1021) <= 21u) {            /* keep s*tmp normal */
        s.w[1] += (unsigned)(k + 100) << 20;
        y = s.d + s.d * tmp;
        return y * 0x1p-100;
    }
    if (k > 0) {
        s.w[1] += (unsigned)(k - 1) << 20;
        y = s.d + s.d * tmp;
        return y * 2.0;
    }
    /* k <= -1022: result below 2^-1021, rounded on the 2^-1074 grid */
    s.w[1] += (unsigned)(k + 1022) << 20;      /* s < 2 */
    lo = s.d * tmp;
    y = s.d + lo;
    if (y >= 1.0) return y * 0x1p-1022;        /* normal result (k = -1022) */
    hi = 1.0 + s.d;
    if (k == -1022) e = (s.d - hi) + 1.0;
    else e = (1.0 - hi) + s.d;
    y = hi + (e + lo);
    return (y - 1.0) * 0x1p-1022;
}

double exp(double x)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu;
    int ki;
    double tmp;
    if (ax >= 0x40862000u) {                      /* |x| >= 708 */
        if (ax >= 0x7ff00000u) {
            if (ax == 0x7ff00000u && __low(x) == 0) return (hx >> 31) ? 0.0 : x;
            return x + x;
        }
        if (x > 710.0) return INF;
        if (x < -746.0) return 0.0;
    } else if (ax < 0x3c900000u) {                /* |x| < 2^-54 */
        return 1.0 + x;
    }
    tmp = __exp_red0(x, &ki);
    return __exp_finish(ki, tmp);
}

double exp2(double x)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu;
    int ki;
    double kd, r, r2, tmp;
    if (ax >= 0x408ff000u) {                      /* |x| >= 1023 */
        if (ax >= 0x7ff00000u) {
            if (ax == 0x7ff00000u && __low(x) == 0) return (hx >> 31) ? 0.0 : x;
            return x + x;
        }
        if (x >= 1024.0) return INF;
        if (x < -1075.0) return 0.0;
    } else if (ax < 0x3c000000u) {                /* |x| < 2^-63 */
        return 1.0 + x;
    }
    kd = x * 128.0 + SHIFT;
    ki = (int)__low(kd);
    kd -= SHIFT;
    r = (x - kd * 0x1p-7) * EXP_LN2;
    r2 = r * r;
    tmp = __EXP_T[2 * (ki & 127) + 1] +
          (r + (r2 * (EXP_C2 + r * EXP_C3) + r2 * r2 * (EXP_C4 + r * EXP_C5)));
    return __exp_finish(ki, tmp);
}

double expm1(double x)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu;
    int ki, k;
    double tmp, s, hi, e;
    if (ax >= 0x40440000u) {                      /* |x| >= 40 */
        if (ax >= 0x7ff00000u) {
            if (ax == 0x7ff00000u && __low(x) == 0) return (hx >> 31) ? -1.0 : x;
            return x + x;
        }
        if (hx >> 31) return -1.0;
        if (x > 709.0) return exp(x);
    } else if (ax < 0x3fb00000u) {                /* |x| < 1/16 */
        if (ax < 0x3c900000u) return x;           /* |x| < 2^-54 */
        {
            double x2 = x * x, x4 = x2 * x2;
            double g = (__EXPM1_P[0] + x * __EXPM1_P[1]) + x2 * (__EXPM1_P[2] + x * __EXPM1_P[3]) +
                       x4 * ((__EXPM1_P[4] + x * __EXPM1_P[5]) + x2 * (__EXPM1_P[6] + x * __EXPM1_P[7]));
            return x + x2 * g;
        }
    }
    tmp = __exp_red0(x, &ki);
    s = __exp_scale(ki);
    k = __ki_to_k(ki);
    hi = s - 1.0;
    if (k >= 0) e = (s - hi) - 1.0;
    else e = (-1.0 - hi) + s;
    return hi + (e + s * tmp);
}

/* ------------------------------------------------------------------ */
/* log family                                                          */
/* ------------------------------------------------------------------ */

/* log of a positive finite x given by its words (subnormals: caller
   passes x*2^52 and kadj=-52).  Returns hi, *plo; error ~2^-66 abs. */
static double __log_core(unsigned hx, unsigned lx, int kadj, double *plo)
{
    unsigned t = hx - LOG_OFF;
    int k = (int)((t + 0x80000000u) >> 20) - 2048;
    unsigned i = (t >> 13) & 127;
    unsigned mhi = hx - ((unsigned)k << 20);
    double m = __mkd(mhi, lx), mh = __mkd(mhi, lx & 0xfffff000u);
    double invc = __LOG_T[3 * i], lch = __LOG_T[3 * i + 1], lcl = __LOG_T[3 * i + 2];
    double kd = (double)(k + kadj);
    double rhi = mh * invc - 1.0;
    double rlo = (m - mh) * invc;
    double w = kd * LOG_LN2HI + lch;
    double r = rhi + rlo;
    double rerr = (rhi - r) + rlo;
    double hi = w + r;
    double lo = (w - hi) + r;
    double r2 = r * r;
    double p = r2 * r * (__LOG_Q[0] + r * __LOG_Q[1] + r2 * (__LOG_Q[2] + r * __LOG_Q[3] + r2 * __LOG_Q[4]));
    *plo = lo + ((kd * LOG_LN2LO + lcl) + rerr + (-0.5 * r2 + p));
    return hi;
}

/* high accuracy variant for pow: relative error ~2^-68 */
static double __log_core_hp(unsigned hx, unsigned lx, int kadj, double *plo)
{
    unsigned t = hx - LOG_OFF;
    int k = (int)((t + 0x80000000u) >> 20) - 2048;
    unsigned i = (t >> 13) & 127;
    unsigned mhi = hx - ((unsigned)k << 20);
    double m = __mkd(mhi, lx), mh = __mkd(mhi, lx & 0xfffff000u);
    double invc = __LOG_T[3 * i], lch = __LOG_T[3 * i + 1], lcl = __LOG_T[3 * i + 2];
    double kd = (double)(k + kadj);
    double rhi = mh * invc - 1.0;
    double rlo = (m - mh) * invc;
    double w = kd * LOG_LN2HI + lch;
    double r = rhi + rlo;
    double rerr = (rhi - r) + rlo;
    double t1 = w + r;
    double e1 = (w - t1) + r;
    double rh = __trunc26(r), rl = r - rh;
    double A = (-0.5 * rh) * rh;                 /* exact */
    double t2 = t1 + A;
    double e2 = (t1 - t2) + A;
    double B = -(rl * (rh + 0.5 * rl)) - rerr * r;
    double r2 = r * r;
    double p = r2 * r * (__LOG_P[0] + r * __LOG_P[1] + r2 * (__LOG_P[2] + r * __LOG_P[3]) +
                         (r2 * r2) * (__LOG_P[4] + r * __LOG_P[5]));
    double lo = (e1 + e2) + ((kd * LOG_LN2LO + lcl) + rerr + (B + p));
    double hi = t2 + lo;
    *plo = (t2 - hi) + lo;
    return hi;
}

/* classification for log-type functions: returns 1 if handled (*res set) */
static int __log_special(double x, unsigned *phx, unsigned *plx, int *pkadj, double *res)
{
    unsigned hx = __hiw(x), lx = __low(x);
    *pkadj = 0;
    if (hx >= 0x7ff00000u || hx < 0x00100000u) {
        if ((hx & 0x7fffffffu) == 0 && lx == 0) { *res = -INF; return 1; }   /* +-0 */
        if (hx == 0x7ff00000u && lx == 0) { *res = x; return 1; }           /* +inf */
        if ((hx & 0x7fffffffu) > 0x7ff00000u ||
            ((hx & 0x7fffffffu) == 0x7ff00000u && lx)) { *res = x + x; return 1; } /* NaN */
        if (hx >> 31) { *res = DEFAULT_NAN; return 1; }                        /* x < 0 */
        /* subnormal */
        x *= 0x1p52;
        hx = __hiw(x); lx = __low(x); *pkadj = -52;
    }
    *phx = hx; *plx = lx;
    return 0;
}

double log(double x)
{
    unsigned hx, lx; int kadj; double res, hi, lo;
    if (__log_special(x, &hx, &lx, &kadj, &res)) return res;
    hi = __log_core(hx, lx, kadj, &lo);
    return hi + lo;
}

double log2(double x)
{
    unsigned hx, lx; int kadj; double res, hi, lo, hh, hl;
    if (__log_special(x, &hx, &lx, &kadj, &res)) return res;
    hi = __log_core(hx, lx, kadj, &lo);
    hh = __trunc26(hi); hl = hi - hh;
    return hh * INVLN2_HI + ((hl * INVLN2_HI + hi * INVLN2_LO) + lo * INVLN2);
}

double log10(double x)
{
    unsigned hx, lx; int kadj; double res, hi, lo, hh, hl;
    if (__log_special(x, &hx, &lx, &kadj, &res))
        return x < 0 ? QNAN : res;                  /* glibc's log10(-1) is +nan */
    hi = __log_core(hx, lx, kadj, &lo);
    hh = __trunc26(hi); hl = hi - hh;
    return hh * INVLN10_HI + ((hl * INVLN10_HI + hi * INVLN10_LO) + lo * INVLN10);
}

double log1p(double x)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu, hu, lu;
    double u, c, hi, lo;
    if (ax < 0x3c900000u) return x;               /* |x| < 2^-54, +-0 */
    if (hx >= 0xbff00000u) {                      /* x <= -1 or -NaN */
        if (ax > 0x7ff00000u || (ax == 0x7ff00000u && __low(x))) return x + x;
        if (hx == 0xbff00000u && __low(x) == 0) return -INF;
        return DEFAULT_NAN;
    }
    if (ax >= 0x7ff00000u) return x + x;          /* +inf, NaN */
    if (ax < 0x3eb00000u)                         /* |x| < 2^-20 */
        return x + (x * x) * (-0.5 + x * (0x1.5555555555555p-2 - 0.25 * x));
    u = 1.0 + x;
    if (ax < 0x3ff00000u) c = (1.0 - u) + x;
    else c = (x - u) + 1.0;
    hu = __hiw(u); lu = __low(u);
    hi = __log_core(hu, lu, 0, &lo);
    return hi + (lo + c / u);
}

/* ------------------------------------------------------------------ */
/* pow                                                                 */
/* ------------------------------------------------------------------ */

double pow(double x, double y)
{
    unsigned hx = __hiw(x), lx = __low(x), hy = __hiw(y), ly = __low(y);
    unsigned ax = hx & 0x7fffffffu, ay = hy & 0x7fffffffu;
    unsigned sign = 0;
    int yint = 0, kadj = 0, ki;
    double hi, lo, yh, yl, hh, hl, ehi, elo, tmp;

    if ((ay | ly) == 0) return 1.0;                           /* y = +-0 */
    if (hx == 0x3ff00000u && lx == 0) return 1.0;             /* x = 1 */
    if (ax > 0x7ff00000u || (ax == 0x7ff00000u && lx)) return x + y;
    if (ay > 0x7ff00000u || (ay == 0x7ff00000u && ly)) return x + y;
    /* yint: 0 not an integer, 1 odd, 2 even */
    if (ay >= 0x43400000u) yint = 2;
    else if (ay >= 0x3ff00000u) {
        int e = (int)(ay >> 20) - 0x3ff;
        if (e > 20) {
            unsigned m = ly >> (52 - e);
            if ((m << (52 - e)) == ly) yint = 2 - (int)(m & 1);
        } else if (ly == 0) {
            unsigned m = ay >> (20 - e);
            if ((m << (20 - e)) == ay) yint = 2 - (int)(m & 1);
        }
    }
    if (ay == 0x7ff00000u) {                                  /* y = +-inf */
        if (ax == 0x3ff00000u && lx == 0) return 1.0;         /* x = -1 */
        if ((ax < 0x3ff00000u) == !(hy >> 31)) return 0.0;
        return INF;
    }
    if ((ax | lx) == 0) {                                     /* x = +-0 */
        unsigned s = (yint == 1) ? (hx & 0x80000000u) : 0;
        if (hy >> 31) return __mkd(s | 0x7ff00000u, 0);
        return __mkd(s, 0);
    }
    if (ax == 0x7ff00000u) {                                  /* x = +-inf */
        unsigned s = (yint == 1) ? (hx & 0x80000000u) : 0;
        if (hy >> 31) return __mkd(s, 0);
        return __mkd(s | 0x7ff00000u, 0);
    }
    if (hx >> 31) {                                           /* x < 0 */
        if (yint == 0) return DEFAULT_NAN;
        if (yint == 1) sign = 0x80000000u;
        hx = ax;
        if (hx == 0x3ff00000u && lx == 0) return __mkd(sign | 0x3ff00000u, 0);
    }
    if (ay >= 0x43e00000u) {                                  /* |y| >= 2^63 */
        if ((hx < 0x3ff00000u) == !(hy >> 31)) return __mkd(sign, 0);
        return __mkd(sign | 0x7ff00000u, 0);
    }
    if (hx < 0x00100000u) {                                   /* subnormal x */
        __dw u; u.d = __mkd(hx, lx) * 0x1p52;
        hx = u.w[1]; lx = u.w[0]; kadj = -52;
    }
    hi = __log_core_hp(hx, lx, kadj, &lo);
    ehi = y * hi;
    if (__absd(ehi) > 0x1.62e42fefa39efp+9) {                   /* > 709.78 */
        /* the exact product may still round; decide with the low part */
        if (ehi > 0) {
            if (ehi > 710.0) return __mkd(sign | 0x7ff00000u, 0);
        } else if (ehi < -746.0) return __mkd(sign, 0);
    }
    yh = __trunc26(y); yl = y - yh;
    hh = __trunc26(hi); hl = hi - hh;
    elo = (((yh * hh - ehi) + yh * hl + yl * hh) + yl * hl) + y * lo;
    if (__absd(ehi) < 0x1p-60) return __with_sign(1.0 + ehi, sign);
    tmp = __exp_red(ehi, elo, &ki);
    return __with_sign(__exp_finish(ki, tmp), sign);
}

/* ------------------------------------------------------------------ */
/* trigonometric functions                                             */
/* ------------------------------------------------------------------ */

/* clz of a nonzero 32-bit word */
static int __clz32(unsigned v)
{
    int n = 0;
    if (!(v & 0xffff0000u)) { n += 16; v <<= 16; }
    if (!(v & 0xff000000u)) { n += 8; v <<= 8; }
    if (!(v & 0xf0000000u)) { n += 4; v <<= 4; }
    if (!(v & 0xc0000000u)) { n += 2; v <<= 2; }
    if (!(v & 0x80000000u)) { n += 1; }
    return n;
}

/* Payne-Hanek: ax = |x| (words hx, lx, normal, >= 2^-5).  Returns j (mod 128)
   and t = t0 + t1 with ax = (j*pi/64 + t) mod 2pi, |t| <= pi/128. */
static int __trig_ph(unsigned hx, unsigned lx, double *pt0, double *pt1)
{
    int e = (int)(hx >> 20) - 1075;
    unsigned m1 = (hx & 0xfffffu) | 0x100000u, m0 = lx;
    int E = e + 5, q, s, l, i, n, z, j;
    unsigned a[3], limb[8], L0, L1, L2, neg = 0;
    unsigned long long acc[9];
    double hi, lo, sc, p, hh, hl, ph, pl, err, t0, t1;

    q = (E + 64) / 32 - 2;
    s = E - 32 * q;
    a[0] = m0 << s;
    a[1] = s ? ((m1 << s) | (m0 >> (32 - s))) : m1;
    a[2] = s ? (m1 >> (32 - s)) : 0;
    for (i = 0; i < 9; i++) acc[i] = 0;
    for (l = 0; l < 3; l++) {
        for (i = q + l - 1; i <= q + l + 6; i++) {
            unsigned long long prod;
            int pp;
            if (i < 0 || i >= 48) continue;
            pp = q + l - i - 1 + 7;               /* 0..7 */
            prod = (unsigned long long)a[l] * __TWO_OVER_PI[i];
            acc[pp] += (unsigned)prod;
            acc[pp + 1] += prod >> 32;
        }
    }
    for (i = 0; i < 8; i++) {
        acc[i + 1] += acc[i] >> 32;
        limb[i] = (unsigned)acc[i];
    }
    j = (int)(limb[7] & 127);
    if (limb[6] & 0x80000000u) {                  /* fraction >= 1/2: round up */
        unsigned c = 1;
        j = (j + 1) & 127;
        neg = 0x80000000u;
        for (i = 0; i < 7; i++) {                 /* limb = 2^224 - limb */
            unsigned v = ~limb[i] + c;
            c = (c && v == 0);
            limb[i] = v;
        }
    }
    for (n = 6; n >= 0 && limb[n] == 0; n--) ;
    if (n < 0) { *pt0 = 0.0; *pt1 = 0.0; return j; }
    L0 = limb[n]; L1 = n >= 1 ? limb[n - 1] : 0; L2 = n >= 2 ? limb[n - 2] : 0;
    z = __clz32(L0);
    if (z) {
        unsigned L3 = n >= 3 ? limb[n - 3] : 0;
        L0 = (L0 << z) | (L1 >> (32 - z));
        L1 = (L1 << z) | (L2 >> (32 - z));
        L2 = (L2 << z) | (L3 >> (32 - z));
    }
    /* value = (L0*2^64 + L1*2^32 + L2) * 2^(32(n-7) - 64 - z) */
    hi = (double)L0 * 0x1p32 + (double)(L1 & 0xfffff800u);
    lo = (double)(L1 & 0x7ffu) * 0x1p32 + (double)L2;
    sc = __mkd((unsigned)(1023 + 32 * (n - 7) - 32 - z) << 20, 0);
    hi *= sc;
    sc = __mkd((unsigned)(1023 + 32 * (n - 7) - 64 - z) << 20, 0);
    lo *= sc;
    /* t = (hi + lo) * pi/64 */
    p = hi * TRIG_PIO64_HI;
    hh = __trunc26(hi); hl = hi - hh;
    ph = __trunc26(TRIG_PIO64_HI); pl = TRIG_PIO64_HI - ph;
    err = ((hh * ph - p) + hh * pl + hl * ph) + hl * pl;
    t1 = err + (hi * TRIG_PIO64_LO + lo * TRIG_PIO64_HI);
    t0 = p + t1;
    t1 = t1 - (t0 - p);
    *pt0 = __with_sign(t0, neg);
    *pt1 = __with_sign(t1, neg);
    return j;
}

/* reduce |x| (positive, words hx lx, hx < 0x7ff00000): x = j*pi/64 + t0 + t1 */
static int __trig_reduce(double ax, unsigned hx, unsigned lx, double *pt0, double *pt1)
{
    if (hx < 0x41300000u) {                       /* |x| < 2^20 */
        double kd = ax * TRIG_INVPIO64 + SHIFT;
        int ki = (int)__low(kd);
        double y, z, t0, t1, e, s;
        kd -= SHIFT;
        y = ax - kd * TRIG_P1;
        z = kd * TRIG_P2;
        t0 = y - z;
        if (__absd(y) >= __absd(z)) e = (y - t0) - z;
        else e = y - (t0 + z);
        t1 = e - kd * TRIG_P3;
        s = t0 + t1;
        t1 = t1 - (s - t0);
        t0 = s;
        if (ki == 0 || (__hiw(t0) & 0x7fffffffu) >= 0x3e400000u) {
            *pt0 = t0; *pt1 = t1;
            return ki & 127;
        }
    }
    return __trig_ph(hx, lx, pt0, pt1);
}

/* table values for angle j*pi/64: sin -> S (hi, lo), cos -> C (hi, lo) */
static void __trig_tab(int j, double *sh, double *sl, double *ch, double *cl)
{
    int q = (j >> 5) & 3, i = j & 31;
    double a0 = __TRIG_S[2 * i], a1 = __TRIG_S[2 * i + 1];
    double b0 = __TRIG_S[2 * (32 - i)], b1 = __TRIG_S[2 * (32 - i) + 1];
    unsigned ns = (q >= 2) ? 0x80000000u : 0;                 /* sign of sin */
    unsigned nc = (q == 1 || q == 2) ? 0x80000000u : 0;       /* sign of cos */
    if (q & 1) {
        *sh = __with_sign(b0, ns); *sl = __with_sign(b1, ns);
        *ch = __with_sign(a0, nc); *cl = __with_sign(a1, nc);
    } else {
        *sh = __with_sign(a0, ns); *sl = __with_sign(a1, ns);
        *ch = __with_sign(b0, nc); *cl = __with_sign(b1, nc);
    }
}

/* A*cos(t) + B*sin(t), t = t0 + t1 = th + tl, st = sin t0 - t0, ct = cos t0 - 1 */
static double __trig_k(double A, double Al, double B, double Bl, double th, double tl,
                     double t0, double st, double ct, double *plo)
{
    double Bs = __trunc26(B);
    double Br = (B - Bs) + Bl;
    double p = Bs * th;
    double hi = A + p;
    double e = (A - hi) + p;
    *plo = (e + Al) + ((Bs * tl + Br * t0) + (B * st + A * ct));
    return hi;
}

/* which = 0: sin, 1: cos */
static double __sincos_eval(double x, int which)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu, lx = __low(x);
    double t0, t1, th, tl, t2, st, ct, Sh, Sl, Ch, Cl, hi, lo;
    int j;
    if (ax < 0x3e400000u) return which ? 1.0 : x;      /* |x| < 2^-27 */
    if (ax >= 0x7ff00000u) return x - x;
    j = __trig_reduce(__absd(x), ax, lx, &t0, &t1);
    th = __trunc26(t0);
    tl = (t0 - th) + t1;
    t2 = t0 * t0;
    st = t0 * t2 * (__SIN_P[0] + t2 * (__SIN_P[1] + t2 * __SIN_P[2]));
    ct = t2 * (__COS_P[0] + t2 * (__COS_P[1] + t2 * __COS_P[2]));
    if (which) {
        /* cos is even: cos(x) = cos(|x|) */
        __trig_tab(j, &Sh, &Sl, &Ch, &Cl);
        hi = __trig_k(Ch, Cl, __with_sign(Sh, 0x80000000u), __with_sign(Sl, 0x80000000u),
                    th, tl, t0, st, ct, &lo);
        return hi + lo;
    }
    __trig_tab(j, &Sh, &Sl, &Ch, &Cl);
    hi = __trig_k(Sh, Sl, Ch, Cl, th, tl, t0, st, ct, &lo);
    return __with_sign(hi + lo, hx & 0x80000000u);
}

double sin(double x) { return __sincos_eval(x, 0); }
double cos(double x) { return __sincos_eval(x, 1); }

double tan(double x)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu, lx = __low(x);
    double t0, t1, th, tl, t2, st, ct, Sh, Sl, Ch, Cl, sh, sl, ch, cl, s, c, q;
    double p, qh, ql, chh, chl, pe, res;
    int j;
    if (ax < 0x3e400000u) return x;                     /* |x| < 2^-27 */
    if (ax >= 0x7ff00000u) return x - x;
    j = __trig_reduce(__absd(x), ax, lx, &t0, &t1);
    th = __trunc26(t0);
    tl = (t0 - th) + t1;
    t2 = t0 * t0;
    st = t0 * t2 * (__SIN_P[0] + t2 * (__SIN_P[1] + t2 * __SIN_P[2]));
    ct = t2 * (__COS_P[0] + t2 * (__COS_P[1] + t2 * __COS_P[2]));
    __trig_tab(j, &Sh, &Sl, &Ch, &Cl);
    sh = __trig_k(Sh, Sl, Ch, Cl, th, tl, t0, st, ct, &sl);
    ch = __trig_k(Ch, Cl, __with_sign(Sh, 0x80000000u), __with_sign(Sl, 0x80000000u),
                th, tl, t0, st, ct, &cl);
    s = sh + sl; sl = sl - (s - sh);
    c = ch + cl; cl = cl - (c - ch);
    q = s / c;
    /* residual s + sl - q*(c + cl) with q*c exact */
    p = q * c;
    qh = __trunc26(q); ql = q - qh;
    chh = __trunc26(c); chl = c - chh;
    pe = ((qh * chh - p) + qh * chl + ql * chh) + ql * chl;
    res = ((s - p) - pe) + (sl - q * cl);
    return __with_sign(q + res / c, hx & 0x80000000u);
}

/* ------------------------------------------------------------------ */
/* inverse trigonometric functions                                     */
/* ------------------------------------------------------------------ */

static double __atan_poly(double u)   /* atan(u) - u, |u| <= 2^-6 */
{
    double w = u * u;
    return u * w * (__ATAN_P[0] + w * __ATAN_P[1] + (w * w) * (__ATAN_P[2] + w * __ATAN_P[3]));
}

/* atan of a in [2^-6, 2^6) (words ha): returns hi (multiple of 2^-51) and *plo */
static double __atan_tab(double a, unsigned ha, double *plo)
{
    int idx = ((int)(ha >> 20) - 1023 + 6) * 16 + (int)((ha >> 16) & 15);
    double c = __mkd((ha & 0xffff0000u) | 0x8000u, 0);
    double u = (a - c) / (1.0 + a * c);
    *plo = __ATAN_T[2 * idx + 1] + (u + __atan_poly(u));
    return __ATAN_T[2 * idx];
}

double atan(double x)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu, s = hx & 0x80000000u;
    double a, hi, lo, v;
    if (ax >= 0x43500000u) {                            /* |x| >= 2^54 */
        if (ax > 0x7ff00000u || (ax == 0x7ff00000u && __low(x))) return x + x;
        return __with_sign(PIO2_HI, s);
    }
    if (ax < 0x3e400000u) return x;                     /* |x| < 2^-27 */
    a = __absd(x);
    if (ax < 0x3f900000u) return x + __with_sign(__atan_poly(a), s);
    if (ax >= 0x40500000u) {
        v = 1.0 / a;
        return __with_sign(PIO2_HI + (PIO2_LO - (v + __atan_poly(v))), s);
    }
    hi = __atan_tab(a, ax, &lo);
    return __with_sign(hi + lo, s);
}

double atan2(double y, double x)
{
    unsigned hx = __hiw(x), lx = __low(x), hy = __hiw(y), ly = __low(y);
    unsigned ax = hx & 0x7fffffffu, ay = hy & 0x7fffffffu, sy = hy & 0x80000000u;
    int ex, ey;
    double a, b, q, hi, lo, v, res;
    if (ax > 0x7ff00000u || (ax == 0x7ff00000u && lx) ||
        ay > 0x7ff00000u || (ay == 0x7ff00000u && ly)) return x + y;
    if ((ay | ly) == 0) {                               /* y = +-0 */
        if (hx >> 31) return __with_sign(PI_HI, sy);
        return y;
    }
    if ((ax | lx) == 0) return __with_sign(PIO2_HI, sy);  /* x = +-0 */
    if (ax == 0x7ff00000u) {                            /* x = +-inf */
        if (ay == 0x7ff00000u) return __with_sign((hx >> 31) ? PI3O4_HI : PIO4_HI, sy);
        return (hx >> 31) ? __with_sign(PI_HI, sy) : __mkd(sy, 0);
    }
    if (ay == 0x7ff00000u) return __with_sign(PIO2_HI, sy);
    ex = (int)(ax >> 20); ey = (int)(ay >> 20);
    if (ey - ex > 60) return __with_sign(PIO2_HI + PIO2_LO, sy);
    if (ex - ey > 60) {
        if (hx >> 31) return __with_sign(PI_HI + PI_LO, sy);
        /* |y/x| < 2^-59: atan(y/x) rounds like y/x */
        return __with_sign(__absd(y) / __absd(x), sy);
    }
    a = __absd(x); b = __absd(y);
    if (ex > 0x5fe || ey > 0x5fe) { a *= 0x1p-600; b *= 0x1p-600; }
    else if (ex < 0x200 || ey < 0x200) { a *= 0x1p600; b *= 0x1p600; }
    q = b / a;
    {
        unsigned hq = __hiw(q);
        if (hq < 0x3f900000u) {                         /* q < 2^-6 */
            double p = q * a, qh = __trunc26(q), ql = q - qh, ah = __trunc26(a), al = a - ah;
            double pe = ((qh * ah - p) + qh * al + ql * ah) + ql * al;
            double qlo = ((b - p) - pe) / a;
            hi = q;
            lo = qlo + __atan_poly(q);
            if (hx >> 31) res = PI_HI + (PI_LO - (hi + lo));
            else res = hi + lo;
        } else if (hq >= 0x40500000u) {                 /* q >= 2^6 */
            v = a / b;
            lo = v + __atan_poly(v);
            if (hx >> 31) res = PIO2_HI + (PIO2_LO + lo);
            else res = PIO2_HI + (PIO2_LO - lo);
        } else {
            int idx = ((int)(hq >> 20) - 1023 + 6) * 16 + (int)((hq >> 16) & 15);
            double c = __mkd((hq & 0xffff0000u) | 0x8000u, 0);
            double ah = __mkd(__hiw(a), __low(a) & 0xffffffc0u), al = a - ah;
            double u = ((b - c * ah) - c * al) / (a + c * b);
            hi = __ATAN_T[2 * idx];
            lo = __ATAN_T[2 * idx + 1] + (u + __atan_poly(u));
            if (hx >> 31) res = (PI_HI - hi) + (PI_LO - lo);
            else res = hi + lo;
        }
    }
    return __with_sign(res, sy);
}

static double __asin_poly(double w)  /* (asin(sqrt w)/sqrt w - 1)/w on [0, 1/4] */
{
    double w2 = w * w, w4 = w2 * w2, w8 = w4 * w4;
    const double *P = __ASIN_P;
    return (P[0] + w * P[1] + w2 * (P[2] + w * P[3])) +
           w4 * ((P[4] + w * P[5]) + w2 * (P[6] + w * P[7])) +
           w8 * ((P[8] + w * P[9]) + w2 * (P[10] + w * P[11]) + w4 * (P[12] + w * P[13]));
}

double asin(double x)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu, s = hx & 0x80000000u;
    double a, w, z, r, sh, c, res;
    if (ax >= 0x3ff00000u) {
        if (ax == 0x3ff00000u && __low(x) == 0) return __with_sign(PIO2_HI, s);
        if (ax > 0x7ff00000u || (ax == 0x7ff00000u && __low(x))) return x + x;
        return QNAN;
    }
    if (ax < 0x3e500000u) return x;                     /* |x| < 2^-26 */
    if (ax < 0x3fe00000u) {                             /* |x| < 1/2 */
        w = x * x;
        return x + x * (w * __asin_poly(w));
    }
    a = __absd(x);
    z = (1.0 - a) * 0.5;
    r = __sqrt_exact(z);
    sh = __trunc26(r);
    c = (z - sh * sh) / (r + sh);
    res = (PIO2_HI - 2.0 * sh) + (PIO2_LO - 2.0 * (c + r * (z * __asin_poly(z))));
    return __with_sign(res, s);
}

double acos(double x)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu;
    double a, w, z, r, sh, c, hi, e;
    if (ax >= 0x3ff00000u) {
        if (ax == 0x3ff00000u && __low(x) == 0) return (hx >> 31) ? PI_HI : 0.0;
        if (ax > 0x7ff00000u || (ax == 0x7ff00000u && __low(x))) return x + x;
        return QNAN;
    }
    if (ax < 0x3fe00000u) {                             /* |x| < 1/2 */
        if (ax < 0x3c600000u) return PIO2_HI + PIO2_LO;
        w = x * x;
        hi = PIO2_HI - x;
        e = (PIO2_HI - hi) - x;
        return hi + (e + (PIO2_LO - x * (w * __asin_poly(w))));
    }
    a = __absd(x);
    z = (1.0 - a) * 0.5;
    r = __sqrt_exact(z);
    sh = __trunc26(r);
    c = (z - sh * sh) / (r + sh);
    if (hx >> 31)
        return (PI_HI - 2.0 * sh) + (PI_LO - 2.0 * (c + r * (z * __asin_poly(z))));
    return 2.0 * (sh + (c + r * (z * __asin_poly(z))));
}

/* ------------------------------------------------------------------ */
/* hyperbolic functions                                                */
/* ------------------------------------------------------------------ */

/* e^a and e^-a for 0 < a < 23 from one reduction:
   e^a = S*(1+tmp) -> returns S, *ep = S*tmp;  e^-a = *sm + *em */
static double __exp_pm(double a, double *ep, double *sm, double *em)
{
    double kd = a * EXP_INVLN2N + SHIFT;
    int ki = (int)__low(kd);
    double r, r2, ev, od, s, s2;
    kd -= SHIFT;
    r = (a - kd * EXP_LN2HI_N) - kd * EXP_LN2LO_N;
    r2 = r * r;
    ev = r2 * (EXP_C2 + r2 * EXP_C4);                 /* even part of p(r) */
    od = r + r * r2 * (EXP_C3 + r2 * EXP_C5);         /* odd part */
    s = __exp_scale(ki);
    s2 = __exp_scale(-ki);
    *ep = s * (__EXP_T[2 * (ki & 127) + 1] + (od + ev));
    *em = s2 * (__EXP_T[2 * ((-ki) & 127) + 1] + (ev - od));
    *sm = s2;
    return s;
}

double sinh(double x)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu, sg = hx & 0x80000000u;
    double w, s, ep, sm, em, h, e, tmp;
    int ki;
    if (ax >= 0x40360000u) {                            /* |x| >= 22 */
        if (ax >= 0x7ff00000u) return x + x;
        if (__absd(x) > 0x1.633ce8fb9f87dp+9) return __mkd(sg | 0x7ff00000u, 0);
        tmp = __exp_red0(__absd(x), &ki);
        return __with_sign(__exp_finish(ki - 128, tmp), sg);
    }
    if (ax < 0x3fd00000u) {                             /* |x| < 1/4 */
        if (ax < 0x3e500000u) return x;
        w = x * x;
        return x + x * (w * (__SINH_P[0] + w * __SINH_P[1] + (w * w) * (__SINH_P[2] + w * __SINH_P[3] + (w * w) * __SINH_P[4])));
    }
    s = __exp_pm(__absd(x), &ep, &sm, &em);
    h = s - sm;
    e = (s - h) - sm;
    return __with_sign(0.5 * (h + (e + (ep - em))), sg);
}

double cosh(double x)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu;
    double w, s, ep, sm, em, h, e, tmp;
    int ki;
    if (ax >= 0x40360000u) {                            /* |x| >= 22 */
        if (ax >= 0x7ff00000u) return x * x;
        if (__absd(x) > 0x1.633ce8fb9f87dp+9) return INF;
        tmp = __exp_red0(__absd(x), &ki);
        return __exp_finish(ki - 128, tmp);
    }
    if (ax < 0x3fd00000u) {                             /* |x| < 1/4 */
        if (ax < 0x3e400000u) return 1.0;
        w = x * x;
        return 1.0 + w * (__COSH_P[0] + w * __COSH_P[1] + (w * w) * (__COSH_P[2] + w * __COSH_P[3] + (w * w) * __COSH_P[4]));
    }
    s = __exp_pm(__absd(x), &ep, &sm, &em);
    h = s + sm;
    e = (s - h) + sm;
    return 0.5 * (h + (e + (ep + em)));
}

double tanh(double x)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu, sg = hx & 0x80000000u;
    double a, w, S, tmp, st, D, Dl, qh, p, qq, qs, Dh, Dlo, pe, rho, ql, hi, e;
    int ki;
    if (ax >= 0x40360000u) {                            /* |x| >= 22 or NaN */
        if (ax > 0x7ff00000u || (ax == 0x7ff00000u && __low(x))) return x + x;
        return __with_sign(1.0, sg);
    }
    if (ax < 0x3fd9999au) {                             /* |x| < 0.4 */
        if (ax < 0x3e400000u) return x;
        w = x * x;
        return x + x * (w * (__TANH_P[0] + w * __TANH_P[1] + (w * w) * (__TANH_P[2] + w * __TANH_P[3]) +
                          (w * w) * (w * w) * ((__TANH_P[4] + w * __TANH_P[5]) + (w * w) * (__TANH_P[6] + w * __TANH_P[7] + (w * w) * __TANH_P[8]))));
    }
    a = __absd(x);
    /* tanh a = 1 - 2/(e^(2a) + 1) */
    tmp = __exp_red0(2.0 * a, &ki);
    S = __exp_scale(ki);
    st = S * tmp;
    D = S + st;
    Dl = (S - D) + st;               /* e^(2a) = D + Dl */
    S = D + 1.0;
    Dl = ((D - S) + 1.0) + Dl;
    D = S;
    qh = 2.0 / D;
    p = qh * D;
    qq = __trunc26(qh); qs = qh - qq;
    Dh = __trunc26(D); Dlo = D - Dh;
    pe = ((qq * Dh - p) + qq * Dlo + qs * Dh) + qs * Dlo;
    rho = ((2.0 - p) - pe) - qh * Dl;
    ql = rho * (0.5 * qh);
    hi = 1.0 - qh;
    e = (1.0 - hi) - qh;
    return __with_sign(hi + (e - ql), sg);
}

/* ------------------------------------------------------------------ */
/* hypot, cbrt                                                         */
/* ------------------------------------------------------------------ */

double hypot(double x, double y)
{
    unsigned ax = __hiw(x) & 0x7fffffffu, ay = __hiw(y) & 0x7fffffffu, t;
    double a, b, sc = 1.0, ah, al, bh, bl, p1, p2, q1, q2, S, Se, lo, h, hh, hl, res;
    if (ax >= 0x7ff00000u || ay >= 0x7ff00000u) {
        if ((ax == 0x7ff00000u && __low(x) == 0) || (ay == 0x7ff00000u && __low(y) == 0)) return INF;
        return x + y;
    }
    a = __absd(x); b = __absd(y);
    if (ay > ax || (ay == ax && __low(y) > __low(x))) { double tt = a; a = b; b = tt; t = ax; ax = ay; ay = t; }
    if ((ay | __low(b)) == 0) return a;
    if ((ax >> 20) - (ay >> 20) > 54) return a + b;
    if (ax > 0x5f000000u) { a *= 0x1p-600; b *= 0x1p-600; sc = 0x1p600; }
    else if (ay < 0x20000000u) { a *= 0x1p600; b *= 0x1p600; sc = 0x1p-600; }
    ah = __trunc26(a); al = a - ah;
    bh = __trunc26(b); bl = b - bh;
    p1 = ah * ah; p2 = al * (a + ah);
    q1 = bh * bh; q2 = bl * (b + bh);
    S = p1 + q1;
    Se = (p1 - S) + q1;
    lo = Se + (p2 + q2);
    h = __sqrt_exact(S + lo);
    hh = __trunc26(h); hl = h - hh;
    res = h + (((S - hh * hh) - hl * (h + hh)) + lo) / (h + h);
    return res * sc;
}

double cbrt(double x)
{
    unsigned hx = __hiw(x), ax = hx & 0x7fffffffu, sg = hx & 0x80000000u, lx = __low(x);
    int e, q, rem, adj = 0;
    double m, y0, yt, yt3, rr, eps, y, xm;
    __dw u;
    if (ax >= 0x7ff00000u || (ax | lx) == 0) return x + x;
    if (ax < 0x00100000u) {
        u.d = __absd(x) * 0x1p54;
        ax = u.w[1]; lx = u.w[0]; adj = -18;
    }
    e = (int)(ax >> 20) - 1023;
    q = (e + 1200) / 3 - 400;
    rem = e - 3 * q;
    m = __mkd((ax & 0xfffffu) | 0x3ff00000u, lx);
    xm = __mkd((ax & 0xfffffu) | ((unsigned)(0x3ff + rem) << 20), lx);
    y0 = __CBRT_P[0] + m * (__CBRT_P[1] + m * (__CBRT_P[2] + m * __CBRT_P[3]));
    if (rem == 1) y0 *= CBRT2;
    else if (rem == 2) y0 *= CBRT4;
    u.d = y0; u.w[1] &= 0xfffffff0u; u.w[0] = 0;
    yt = u.d;
    yt3 = (yt * yt) * yt;
    rr = xm - yt3;
    eps = rr / yt3;
    y = yt + yt * (eps * (CBRT_E1 + eps * (CBRT_E2 + eps * (CBRT_E3 + eps * CBRT_E4))));
    u.d = y;
    u.w[1] += (unsigned)(q + adj) << 20;
    u.w[1] |= sg;
    return u.d;
}

/* ------------------------------------------------------------------ */
/* float versions                                                      */
/* ------------------------------------------------------------------ */

float fabsf(float x) { return (float)fabs((double)x); }
float floorf(float x) { return (float)floor((double)x); }
float ceilf(float x) { return (float)ceil((double)x); }
float roundf(float x) { return (float)round((double)x); }
float truncf(float x) { return (float)trunc((double)x); }
float fmodf(float x, float y) { return (float)fmod((double)x, (double)y); }
float sqrtf(float x) { return (float)__sqrt_exact((double)x); }
float frexpf(float x, int *e) { return (float)frexp((double)x, e); }
float ldexpf(float x, int n) { return (float)ldexp((double)x, n); }
float modff(float x, float *ip) { double i; float r = (float)modf((double)x, &i); *ip = (float)i; return r; }
float expf(float x) { return (float)exp((double)x); }
float exp2f(float x) { return (float)exp2((double)x); }
float expm1f(float x) { return (float)expm1((double)x); }
float logf(float x) { return (float)log((double)x); }
float log2f(float x) { return (float)log2((double)x); }
float log10f(float x) { return (float)log10((double)x); }
float log1pf(float x) { return (float)log1p((double)x); }
float powf(float x, float y) { return (float)pow((double)x, (double)y); }
float sinf(float x) { return (float)sin((double)x); }
float cosf(float x) { return (float)cos((double)x); }
float tanf(float x) { return (float)tan((double)x); }
float asinf(float x) { return (float)asin((double)x); }
float acosf(float x) { return (float)acos((double)x); }
float atanf(float x) { return (float)atan((double)x); }
float atan2f(float y, float x) { return (float)atan2((double)y, (double)x); }
float sinhf(float x) { return (float)sinh((double)x); }
float coshf(float x) { return (float)cosh((double)x); }
float tanhf(float x) { return (float)tanh((double)x); }
float hypotf(float x, float y) { return (float)hypot((double)x, (double)y); }
float cbrtf(float x) { return (float)cbrt((double)x); }
