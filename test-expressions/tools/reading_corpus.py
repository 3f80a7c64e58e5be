# Writes test-expressions/reading.tsv: student-style inputs and their intended readings.
rows = []
def r(inp, reading, note=""):
    rows.append((inp, reading, note))
def section(title):
    rows.append(("#", title, None))

section("the exponent is one power operand (issue 17)")
r("x^x(ln(x) + 1)", "x^x*(ln(x) + 1)", "d/dx x^x as students write it")
r("x^x(ln x + 1)", "x^x*(ln(x) + 1)", "")
r("x^x (1 + ln x)", "x^x*(1 + ln(x))", "")
r("x^x(1+lnx)", None, "error: 'lnx' is not a variable (did you mean ln(x)?)")
r("e^x(x+1)", "exp(x)*(x + 1)", "")
r("e^x(1+x)", "exp(x)*(1 + x)", "")
r("2^3x", "8*x", "")
r("2^3 x", "8*x", "")
r("t(t - 2)^3", "t*(t - 2)^3", "")
r("x^2(x+1)", "x^2*(x + 1)", "")
r("x^2(x+1)^3", "x^2*(x + 1)^3", "")
r("3x^2(x^3+1)^4", "3*x^2*(x^3 + 1)^4", "")
r("e^2x", "exp(2)*x", "the exponent is 2 only")
r("e^(2x)", "exp(2*x)", "")
r("2e^(2x)", "2*exp(2*x)", "")
r("e^-x", "exp(-x)", "a signed exponent")
r("-e^-x", "-exp(-x)", "")
r("e^-x^2", "exp(-(x^2))", "")
r("-2xe^(-x^2)", "-2*xe^(-x^2)", "xe is one name")
r("-2x e^(-x^2)", "-2*x*exp(-x^2)", "")
r("x^-1", "1/x", "")
r("x^-2(x+1)", "x^(-2)*(x + 1)", "")
r("x^1/2", "x/2", "the exponent is 1 only")
r("x^(1/2)", "sqrt(x)", "")
r("2^x ln 2", "2^x*ln(2)", "")
r("2^x ln(2)", "2^x*ln(2)", "")
r("a^x ln a", "a^x*ln(a)", "")
r("x^2y", "x^2*y", "")
r("x^2 y^3", "x^2*y^3", "")
r("x^y(y/x)", "x^y*(y/x)", "")
r("y^2(3x)", "y^2*(3*x)", "")
r("10^x ln(10)", "10^x*ln(10)", "")
r("x^2^3", "x^(2^3)", "right-associative")
r("x^(x)(ln(x)+1)", "x^x*(ln(x) + 1)", "")
r("(x^2)(x+1)", "x^2*(x + 1)", "")
r("x^3(2)", "x^3*2", "")
r("f(x)^2", "f*x^2", "f is a variable: f(x) is f*(x)")
r("u(x+1)^2", "u*(x + 1)^2", "")
r("x(x+1)", "x*(x + 1)", "")
r("x(x+1)(x+2)", "x*(x + 1)*(x + 2)", "")
r("e(x+1)", "exp(1)*(x + 1)", "e times the group")
r("pi(x+1)", "pi*(x + 1)", "")
r("x (x - 1)", "x*(x - 1)", "")

section("functions without parentheses")
for f in ["sin", "cos", "tan", "cot", "sec", "csc", "sinh", "cosh", "tanh", "exp", "ln", "sqrt", "abs", "asin", "acos", "atan"]:
    r(f + " x", f + "(x)", "")
    r(f + " 2x", f + "(2*x)", "")
    r(f + " x + 1", f + "(x) + 1", "")
for f in ["sin", "cos", "tan", "ln"]:
    r(f + " x^2", f + "(x^2)", "the argument is the power")
    r(f + " 3x^2", f + "(3*x^2)", "")
    r("2 " + f + " x", "2*" + f + "(x)", "")
    r(f + " x / 2", f + "(x)/2", "the argument ends at /")
    r(f + " x * 2", f + "(x)*2", "")
    r(f + " x - x", f + "(x) - x", "")
    r("-" + f + " x", "-" + f + "(x)", "")
    r("1/" + f + " x", "1/" + f + "(x)", "")
r("ln x + 1", "ln(x) + 1", "")
r("sin x cos x", "sin(x)*cos(x)", "the argument ends at a function name")
r("2 sin x cos x", "2*sin(x)*cos(x)", "")
r("sin 2x", "sin(2*x)", "")
r("sin 2x cos 3x", "sin(2*x)*cos(3*x)", "")
r("x sin x", "x*sin(x)", "")
r("x^2 sin x", "x^2*sin(x)", "")
r("x^2 cos x + 2x sin x", "x^2*cos(x) + 2*x*sin(x)", "")
r("e^x sin x + e^x cos x", "exp(x)*sin(x) + exp(x)*cos(x)", "")
r("e^x(sin x + cos x)", "exp(x)*(sin(x) + cos(x))", "")
r("sin x e^x", "sin(x*exp(x))", "the argument is the whole implicit product")
r("ln sin x", "ln(sin(x))", "a function first in the argument takes its own")
r("ln cos x", "ln(cos(x))", "")
r("sin cos x", "sin(cos(x))", "")
r("ln(x) + ln x", "2*ln(x)", "")
r("ln |x|", "ln(abs(x))", "")
r("sin x^2 cos x", "sin(x^2)*cos(x)", "")
r("cos x - x sin x", "cos(x) - x*sin(x)", "")
r("1/x + ln x", "1/x + ln(x)", "")
r("ln x^2", "ln(x^2)", "")
r("ln 2x", "ln(2*x)", "")
r("ln(2)x", "ln(2)*x", "")
r("sec x tan x", "sec(x)*tan(x)", "")
r("-csc x cot x", "-csc(x)*cot(x)", "")
r("sec^2 x", "sec(x)^2", "")
r("-csc^2 x", "-csc(x)^2", "")
r("2sec^2(2x)", "2*sec(2*x)^2", "")
r("cos^2 x", "cos(x)^2", "")
r("sin^2 x", "sin(x)^2", "")
r("sin^2(x)", "sin(x)^2", "")
r("sin^2(x) + cos^2(x)", "sin(x)^2 + cos(x)^2", "")
r("sin^2 x + cos^2 x", "sin(x)^2 + cos(x)^2", "")
r("2 sin x cos^2 x", "2*sin(x)*cos(x)^2", "")
r("3sin^2(x)cos(x)", "3*sin(x)^2*cos(x)", "")
r("tan^2 x + 1", "tan(x)^2 + 1", "")
r("sin^3 2x", "sin(2*x)^3", "")
r("ln^2 x", "ln(x)^2", "")
r("cosh^2 x - sinh^2 x", "cosh(x)^2 - sinh(x)^2", "")
r("sin^-1 x", "asin(x)", "the textbook inverse")
r("cos^-1 x", "acos(x)", "")
r("tan^-1 x", "atan(x)", "")
r("tan^-1(x/2)", "atan(x/2)", "")
r("sin^-1(2x)", "asin(2*x)", "")
r("tanh^-1 x", "atanh(x)", "")
r("sin^(-1) x", "asin(x)", "")
r("sin⁻¹ x", "asin(x)", "")
r("sin(x)^-1", "1/sin(x)", "the reciprocal, with parentheses")
r("log_2 x", "ln(x)/ln(2)", "")
r("log_2(x)", "ln(x)/ln(2)", "")
r("log_10 x", "ln(x)/ln(10)", "")
r("log_10(x^2+1)", "ln(x^2 + 1)/ln(10)", "")
r("log_a(x)", "ln(x)/ln(a)", "")
r("log_a x", "ln(x)/ln(a)", "")
r("log_b(x)", "ln(x)/ln(b)", "")
r("log_2x", "ln(x)/ln(2)", "")
r("log_e x", "ln(x)", "")
r("log_3(2x+1)", "ln(2*x + 1)/ln(3)", "")
r("1/(x ln 2)", "1/(x*ln(2))", "")
r("1/(x ln(10))", "1/(x*ln(10))", "")
r("log x", "ln(x)", "log is the natural log (docs/syntax.md)")
r("exp x", "exp(x)", "")
r("exp(x)sin x", "exp(x)*sin(x)", "")
r("sqrt x", "sqrt(x)", "")
r("sqrt 2x", "sqrt(2*x)", "")
r("1/(2 sqrt x)", "1/(2*sqrt(x))", "")
r("arcsin x", "asin(x)", "")
r("arcsin(x)", "asin(x)", "")
r("arccos x", "acos(x)", "")
r("arctan x", "atan(x)", "")
r("arctan(x^2)", "atan(x^2)", "")
r("1/(1+x^2)", "1/(1 + x^2)", "")
r("x arctan x", "x*atan(x)", "")
r("arsinh x", "asinh(x)", "")
r("cbrt x", "cbrt(x)", "")
r("sign x", "sign(x)", "")
r("abs x", "abs(x)", "")

section("bars, superscripts, roots, operators")
r("|x|", "abs(x)", "")
r("|x - 1|", "abs(x - 1)", "")
r("|x|/x", "abs(x)/x", "")
r("x/|x|", "x/abs(x)", "")
r("2|x|", "2*abs(x)", "")
r("|2x+1|", "abs(2*x + 1)", "")
r("|x||y|", "abs(x)*abs(y)", "")
r("|x| + |y|", "abs(x) + abs(y)", "")
r("|sin x|", "abs(sin(x))", "")
r("ln|x|", "ln(abs(x))", "")
r("ln|cos x|", "ln(abs(cos(x)))", "")
r("-ln|cos x|", "-ln(abs(cos(x)))", "")
r("|x|^3", "abs(x)^3", "")
r("(|x| + 1)^2", "(abs(x) + 1)^2", "")
r("x²", "x^2", "")
r("x³", "x^3", "")
r("x⁻¹", "1/x", "")
r("x⁻²", "x^(-2)", "")
r("x¹⁰", "x^10", "")
r("3x² - 4x", "3*x^2 - 4*x", "")
r("x² + y²", "x^2 + y^2", "")
r("(x+1)²", "(x + 1)^2", "")
r("e^x²", "exp(x^2)", "")
r("2x³y", "2*x^3*y", "")
r("sin²x", "sin(x)^2", "")
r("cos² x", "cos(x)^2", "")
r("sin²(x) + cos²(x)", "sin(x)^2 + cos(x)^2", "")
r("√x", "sqrt(x)", "")
r("√(x+1)", "sqrt(x + 1)", "")
r("√2", "sqrt(2)", "")
r("2√x", "2*sqrt(x)", "")
r("1/(2√x)", "1/(2*sqrt(x))", "")
r("√x²", "sqrt(x)^2", "the root takes one operand")
r("√(x²+1)", "sqrt(x^2 + 1)", "")
r("x/√(x²+1)", "x/sqrt(x^2 + 1)", "")
r("∛x", "cbrt(x)", "")
r("∛(x²)", "cbrt(x^2)", "")
r("1/(3∛(x²))", "1/(3*cbrt(x^2))", "")
r("2·x", "2*x", "")
r("2 × x", "2*x", "")
r("x ÷ 2", "x/2", "")
r("x − 1", "x - 1", "")
r("3·x² − 4·x", "3*x^2 - 4*x", "")
r("θ²", "θ^2", "")
r("sin θ", "sin(θ)", "")
r("cos θ − θ sin θ", "cos(θ) - θ*sin(θ)", "")
r("π r²", "pi*r^2", "")
r("2π r", "2*pi*r", "")
r("2π*r", "2*pi*r", "")

section("what the expression is: f(x) =, y =, d/dx")
r("f(x) = x^2", "x^2", "")
r("f(x) = 3x^2 - 4x", "3*x^2 - 4*x", "")
r("g(t) = t sin t", "t*sin(t)", "")
r("y = 3x + 1", "3*x + 1", "")
r("y = e^x", "exp(x)", "")
r("f(x,y) = x y", "x*y", "")
r("d/dx x^3", "x^3", "")
r("d/dx (x^3)", "x^3", "")
r("d/dx(x^2 + 1)", "x^2 + 1", "")
r("d/dt t^2", "t^2", "")
r("d/dx sin x", "sin(x)", "")
r("d/dx x^x", "x^x", "")

section("LaTeX, as MathLive and MathQuill write it")
r("\\frac{1}{2\\sqrt{x}}", "1/(2*sqrt(x))", "")
r("2x e^{x^2}", "2*x*exp(x^2)", "")
r("2xe^{x^2}", "2*x*exp(x^2)", "in LaTeX a run of letters is a product, as TeX sets it")
r("xy^{2}", "x*y^2", "")
r("\\frac{xy}{2}", "x*y/2", "")
r("\\frac{a}{b}", "a/b", "")
r("\\frac{x+1}{x-1}", "(x + 1)/(x - 1)", "")
r("\\dfrac{1}{x}", "1/x", "")
r("\\frac{1}{x}+\\frac{1}{x^{2}}", "1/x + 1/x^2", "")
r("\\sqrt{x}", "sqrt(x)", "")
r("\\sqrt{x^{2}+1}", "sqrt(x^2 + 1)", "")
r("\\sqrt[3]{x}", "cbrt(x)", "")
r("\\sqrt[4]{x}", "x^(1/4)", "")
r("\\frac{1}{3\\sqrt[3]{x^{2}}}", "1/(3*cbrt(x^2))", "")
r("\\sin x", "sin(x)", "")
r("\\sin\\left(x\\right)", "sin(x)", "")
r("\\sin\\left(2x\\right)", "sin(2*x)", "")
r("\\cos\\left(x\\right)\\sin\\left(x\\right)", "cos(x)*sin(x)", "")
r("\\sin\\left(x\\right)\\left(x+1\\right)", "sin(x)*(x + 1)", "a group right after the function is its argument")
r("\\ln x", "ln(x)", "")
r("\\ln\\left(x\\right)+1", "ln(x) + 1", "")
r("\\ln\\left|x\\right|", "ln(abs(x))", "")
r("\\log_{2} x", "ln(x)/ln(2)", "")
r("\\log_{2}\\left(x\\right)", "ln(x)/ln(2)", "")
r("\\log_2 x", "ln(x)/ln(2)", "")
r("\\log_{10}\\left(x\\right)", "ln(x)/ln(10)", "")
r("\\log x", "ln(x)", "")
r("\\exp\\left(x\\right)", "exp(x)", "")
r("\\left(x+1\\right)^{2}", "(x + 1)^2", "")
r("\\left(x+1\\right)\\left(x-1\\right)", "(x + 1)*(x - 1)", "")
r("2\\cdot x", "2*x", "")
r("x\\cdot\\sin x", "x*sin(x)", "")
r("3\\times x", "3*x", "")
r("x\\div 2", "x/2", "")
r("x^{2}", "x^2", "")
r("x^{23}", "x^23", "")
r("x^{-1}", "1/x", "")
r("x^{\\frac{1}{2}}", "sqrt(x)", "")
r("e^{x}", "exp(x)", "")
r("e^{2x}", "exp(2*x)", "")
r("e^{-x^{2}}", "exp(-x^2)", "")
r("e^{x}\\left(x+1\\right)", "exp(x)*(x + 1)", "")
r("x^{x}\\left(\\ln x+1\\right)", "x^x*(ln(x) + 1)", "")
r("x^{x}\\left(\\ln\\left(x\\right)+1\\right)", "x^x*(ln(x) + 1)", "")
r("\\pi", "pi", "")
r("2\\pi r", "2*pi*r", "")
r("\\pi x^{2}", "pi*x^2", "")
r("\\theta", "θ", "")
r("\\sin\\theta", "sin(θ)", "")
r("\\sin\\left(\\theta\\right)", "sin(θ)", "")
r("\\cos^{2}\\theta", "cos(θ)^2", "")
r("\\alpha x+\\beta", "α*x + β", "")
r("\\omega t", "ω*t", "")
r("\\sin\\left(\\omega t\\right)", "sin(ω*t)", "")
r("\\lambda e^{-\\lambda x}", "λ*exp(-λ*x)", "")
r("\\sin^{2}x", "sin(x)^2", "")
r("\\sin^{2}\\left(x\\right)", "sin(x)^2", "")
r("\\sin^{-1}x", "asin(x)", "")
r("\\arcsin x", "asin(x)", "")
r("\\arctan\\left(x\\right)", "atan(x)", "")
r("\\tan x", "tan(x)", "")
r("\\sec^{2}x", "sec(x)^2", "")
r("\\sinh x", "sinh(x)", "")
r("\\operatorname{sech}x", "sech(x)", "")
r("\\operatorname{sech}^{2}x", "sech(x)^2", "")
r("\\mathrm{e}^{x}", "exp(x)", "")
r("\\mathrm{rate}\\cdot x", "rate*x", "a name in \\mathrm is one name")
r("x\\,y", "x*y", "thin space")
r("x\\;y", "x*y", "")
r("x\\!y", "x*y", "")
r("x\\quad+1", "x + 1", "")
r("2\\,x", "2*x", "")
r("\\left|x\\right|", "abs(x)", "")
r("\\left|x-1\\right|", "abs(x - 1)", "")
r("\\frac{d}{dx}x^{3}", "x^3", "")
r("\\frac{d}{dx}\\left(x^{2}\\right)", "x^2", "")
r("\\frac{x}{\\sqrt{x^{2}+1}}", "x/sqrt(x^2 + 1)", "")
r("\\frac{2x}{x^{2}+1}", "2*x/(x^2 + 1)", "")
r("\\frac{1}{1+x^{2}}", "1/(1 + x^2)", "")
r("\\frac{-1}{\\sqrt{1-x^{2}}}", "-1/sqrt(1 - x^2)", "")
r("\\frac{\\cos x}{\\sin x}", "cos(x)/sin(x)", "")
r("-\\frac{1}{x^{2}}", "-1/x^2", "")
r("\\frac{1}{2}x^{-\\frac{1}{2}}", "x^(-1/2)/2", "")
r("3x^{2}-4x", "3*x^2 - 4*x", "")
r("{x+1}", "x + 1", "braces group")
r("e^{\\sin x}\\cos x", "exp(sin(x))*cos(x)", "")
r("e^{\\sin\\left(x\\right)}\\cos\\left(x\\right)", "exp(sin(x))*cos(x)", "")
r("\\frac{1}{x\\ln 2}", "1/(x*ln(2))", "")
r("\\frac{1}{x\\ln\\left(10\\right)}", "1/(x*ln(10))", "")
r("2^{x}\\ln 2", "2^x*ln(2)", "")
r("\\cosh^{2}x-\\sinh^{2}x", "cosh(x)^2 - sinh(x)^2", "")

section("answers to course exercises, as students type them")
for inp, rd in [
    ("6x - 4", "6*x - 4"), ("3x^2 - 4", "3*x^2 - 4"), ("2x + 3", "2*x + 3"), ("4x^3 - 3x^2 + 2x - 1", "4*x^3 - 3*x^2 + 2*x - 1"),
    ("-1/x^2", "-1/x^2"), ("1/(2sqrt(x))", "1/(2*sqrt(x))"), ("1/2x^(-1/2)", "x^(-1/2)/2"), ("(1/2)x^(-1/2)", "x^(-1/2)/2"),
    ("2x cos(x^2)", "2*x*cos(x^2)"), ("2x cos x^2", "2*x*cos(x^2)"), ("-2x sin(x^2)", "-2*x*sin(x^2)"),
    ("cos(x) - sin(x)", "cos(x) - sin(x)"), ("e^x + xe^x", "exp(x) + xe^x"), ("e^x + x e^x", "exp(x) + x*exp(x)"),
    ("(x+1)e^x", "(x + 1)*exp(x)"), ("2e^(2x)", "2*exp(2*x)"), ("3e^3x", "3*exp(3)*x"), ("3e^(3x)", "3*exp(3*x)"),
    ("1/x", "1/x"), ("2/x", "2/x"), ("2x/(x^2+1)", "2*x/(x^2 + 1)"), ("(2x)/(x^2 + 1)", "2*x/(x^2 + 1)"),
    ("cos x/(sin x)", "cos(x)/sin(x)"), ("cot x", "cot(x)"), ("-tan x", "-tan(x)"), ("sec x^2", "sec(x^2)"),
    ("sec(x)^2", "sec(x)^2"), ("1/cos^2 x", "1/cos(x)^2"), ("1/cos^2(x)", "1/cos(x)^2"),
    ("ln x + 1", "ln(x) + 1"), ("1 + ln(x)", "1 + ln(x)"), ("x^x(1 + ln(x))", "x^x*(1 + ln(x))"),
    ("2x ln x + x", "2*x*ln(x) + x"), ("x(2 ln x + 1)", "x*(2*ln(x) + 1)"), ("(1 - ln x)/x^2", "(1 - ln(x))/x^2"),
    ("(x cos x - sin x)/x^2", "(x*cos(x) - sin(x))/x^2"), ("(cos x)/x - (sin x)/x^2", "cos(x)/x - sin(x)/x^2"),
    ("3(2x+1)^2 * 2", "6*(2*x + 1)^2"), ("6(2x+1)^2", "6*(2*x + 1)^2"), ("4(x^2+1)(2x)", "8*x*(x^2 + 1)"),
    ("8x(x^2+1)^3", "8*x*(x^2 + 1)^3"), ("-3/(x+1)^4", "-3/(x + 1)^4"), ("1/(1 + x^2)", "1/(1 + x^2)"),
    ("1/sqrt(1-x^2)", "1/sqrt(1 - x^2)"), ("-1/√(1-x²)", "-1/sqrt(1 - x^2)"), ("1/(x√(x²-1))", "1/(x*sqrt(x^2 - 1))"),
    ("cosh x", "cosh(x)"), ("sinh x", "sinh(x)"), ("sech^2 x", "sech(x)^2"), ("1 - tanh^2 x", "1 - tanh(x)^2"),
    ("2^x ln2", None), ("x^2 e^x + 2x e^x", "x^2*exp(x) + 2*x*exp(x)"), ("e^x(x^2 + 2x)", "exp(x)*(x^2 + 2*x)"),
    ("xe^x(x+2)", "xe^x*(x + 2)"), ("x e^x (x + 2)", "x*exp(x)*(x + 2)"), ("-sin x cos(cos x)", "-sin(x)*cos(cos(x))"),
    ("-sin(x)cos(cos(x))", "-sin(x)*cos(cos(x))"), ("cos(x)e^sin(x)", "cos(x)*exp(sin(x))"),
    ("e^sin(x) cos(x)", "exp(sin(x))*cos(x)"), ("(ln x)^2", "ln(x)^2"), ("2ln(x)/x", "2*ln(x)/x"), ("2 ln x / x", "2*ln(x)/x"),
    ("1/(x ln x)", "1/(x*ln(x))"), ("y/x", "y/x"), ("2xy", "2*xy"), ("2x y", "2*x*y"), ("2*x*y", "2*x*y"), ("y^2 + 2xy", "y^2 + 2*xy"),
    ("3x^2y^2", "3*x^2*y^2"), ("2x^3y", "2*x^3*y"), ("ye^(xy)", "ye^(xy)"), ("y e^(x y)", "y*exp(x*y)"),
    ("cos(x)cos(y)", "cos(x)*cos(y)"), ("-sin x sin y", "-sin(x)*sin(y)"), ("-sin(x)sin(y)", "-sin(x)*sin(y)"),
    ("12x^3 - 6x", "12*x^3 - 6*x"), ("20x^4", "20*x^4"), ("0.5x^-0.5", "x^(-0.5)/2"), ("1.5x^0.5", "1.5*sqrt(x)"),
    ("x/sqrt(x^2+1)", "x/sqrt(x^2 + 1)"), ("(x^2+1)^(-1/2) x", "x/sqrt(x^2 + 1)"), ("-x/(1-x^2)^(1/2)", "-x/sqrt(1 - x^2)"),
    ("5cos(5x)", "5*cos(5*x)"), ("5 cos 5x", "5*cos(5*x)"), ("-3 sin 3x", "-3*sin(3*x)"), ("2 sec^2 2x", "2*sec(2*x)^2"),
    ("1/(2x)", "1/(2*x)"), ("3/x", "3/x"), ("a x^(a-1)", "a*x^(a - 1)"), ("n x^(n-1)", "n*x^(n - 1)"), ("k e^(kx)", "k*exp(kx)"),
    ("k e^(k x)", "k*exp(k*x)"), ("ω cos(ωt)", "ω*cos(ωt)"), ("ω cos ω t", "ω*cos(ω*t)"), ("-ω sin(ω t)", "-ω*sin(ω*t)"),
]:
    if rd is None:
        continue
    r(inp, rd, "")

section("inputs that must be errors")
errors = [
    ("sinx", "'sinx' is not a variable (did you mean sin(x)?)"),
    ("lnx", "'lnx' is not a variable (did you mean ln(x)?)"),
    ("cosx", "'cosx' is not a variable (did you mean cos(x)?)"),
    ("tanx", "'tanx' is not a variable (did you mean tan(x)?)"),
    ("expx", "'expx' is not a variable (did you mean exp(x)?)"),
    ("cosθ", "'cosθ' is not a variable (did you mean cos(θ)?)"),
    ("sinhx", "'sinhx' is not a variable (did you mean sinh(x)?)"),
    ("2sinx", "'sinx' is not a variable (did you mean sin(x)?)"),
    ("x + lnx", "'lnx' is not a variable (did you mean ln(x)?)"),
    ("ln2", "'ln2' is not a variable (did you mean ln(2)?)"),
    ("sqrtx", "'sqrtx' is not a variable (did you mean sqrt(x)?)"),
    ("sinn(x)", "unknown function 'sinn' (did you mean sin?)"),
    ("lnn(x)", "unknown function 'lnn' (did you mean ln?)"),
    ("foo(x)", "unknown function 'foo'"),
    ("sin", "function 'sin' needs an argument: sin(...) or sin x"),
    ("sin + 1", "function 'sin' needs an argument: sin(...) or sin x"),
    ("e^sin x", "function 'sin' needs an argument: sin(...) or sin x"),
    ("x^ln", "function 'ln' needs an argument: ln(...) or ln x"),
    ("ln^-1 x", "ln^-1 is ambiguous: write ln(u)^-1 or 1/ln(u) for the reciprocal"),
    ("sec^-1 x", "sec^-1 is ambiguous"),
    ("\\sin_{2} x", "only log takes a base (log_2 x); 'sin_' has none"),
    ("2πr", "'πr' reads two ways (a name, or π times r): write π*r or π r"),
    ("||x|-1|", "bars inside bars are ambiguous"),
    ("|a|b|c|", "these bars read two ways"),
    ("|x", "unexpected end of input"),
    ("x|", "unexpected end of input"),
    ("x()", "'x(' multiplies x by one expression in parentheses"),
    ("x(y, z)", "'x(' multiplies x by one expression in parentheses"),
    ("sin x 2", "unexpected number '2' (missing operator?)"),
    ("y = y^2 + x", "'y =' names the expression, which uses y itself"),
    ("\\infty", "unknown LaTeX command '\\infty'"),
    ("\\frac{1}", "unexpected end of input"),
    ("\\vert x\\vert", "write |...| or \\left|...\\right| for an absolute value"),
    ("\\operatorname x", "'\\operatorname' needs a name in braces"),
    ("x = ", "unexpected end of input"),
    ("x = 2", "'x = ...' gives x a value, which is not an expression (a point is given with --at x=...)"),
]
for inp, msg in errors:
    r(inp, None, "error: " + msg)

with open("test-expressions/reading.tsv", "w", encoding="utf-8") as out:
    out.write("# input\treading\tnotes\n")
    out.write("# How deriv reads what people type (issue 17; docs/syntax.md), read by\n")
    out.write("# library/src/test/java/dev/deriv/parse/ReadingCorpusTest.java. Three fields separated by tabs:\n")
    out.write("#   input    an expression as a student types it: plain, Unicode or LaTeX\n")
    out.write("#   reading  what it means, in plain explicit syntax (operators written out, calls with\n")
    out.write("#            parentheses), or 'error: ' and a prefix of the message\n")
    out.write("#   notes    free text\n")
    out.write("# The test parses both and compares them, exactly when their canonical forms agree and\n")
    out.write("# else numerically at random points; the reading must itself need no reading rule.\n")
    n = 0
    for inp, rd, note in rows:
        if inp == "#":
            out.write("# " + rd + "\n")
            continue
        if rd is None:
            out.write(inp + "\t" + note + "\t\n")
        else:
            out.write(inp + "\t" + rd + "\t" + note + "\n")
        n += 1
    print(n, "cases")
