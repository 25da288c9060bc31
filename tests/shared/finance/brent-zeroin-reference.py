# Brent's zero (Brent 1973, ch. 4), transliterated from netlib's go/zeroin.f (the Fortran of Forsythe,
# Malcolm & Moler), independent of src/shared/finance/root-finding.ts. Counts the function evaluations.
import sys
EPS = 2.0 ** -52

def zeroin(ax, bx, f, tol):
    calls = [0]
    points = [0.0]
    def F(x):
        calls[0] += 1
        points[0] += x
        return f(x)
    a, b = ax, bx
    fa, fb = F(a), F(b)
    if fa == 0: return a, calls[0], points[0]
    if fb == 0: return b, calls[0], points[0]
    label = 20
    while True:
        if label == 20:
            c, fc = a, fa
            d = b - a
            e = d
        # 30
        if abs(fc) < abs(fb):
            a, b, c = b, c, b
            fa, fb, fc = fb, fc, fb
        # 40
        tol1 = 2.0 * EPS * abs(b) + 0.5 * tol
        xm = 0.5 * (c - b)
        if abs(xm) <= tol1 or fb == 0.0:
            return b, calls[0], points[0]
        if abs(e) >= tol1 and abs(fa) > abs(fb):
            s = fb / fa
            if a == c:
                p = 2.0 * xm * s
                q = 1.0 - s
            else:
                q = fa / fc
                r = fb / fc
                p = s * (2.0 * xm * q * (q - r) - (b - a) * (r - 1.0))
                q = (q - 1.0) * (r - 1.0) * (s - 1.0)
            if p > 0.0:
                q = -q
            else:
                p = -p
            s = e
            e = d
            if (2.0 * p >= 3.0 * xm * q - abs(tol1 * q)) or (p >= abs(0.5 * s * q)):
                d = xm
                e = d
            else:
                d = p / q
        else:
            d = xm
            e = d
        # 110
        a, fa = b, fb
        if abs(d) > tol1:
            b = b + d
        else:
            b = b + (tol1 if xm >= 0 else -tol1)   # dsign(tol1, xm)
        fb = F(b)
        label = 20 if (fb * (fc / abs(fc))) > 0.0 else 30


# The cases of tests/shared/finance/root-finding.test.ts ('the same steps as netlib zeroin'): only + − × / and
# sqrt (correctly rounded in both languages), so JavaScript and Python evaluate the same doubles.
if __name__ == '__main__':
    from math import sqrt
    def p(x, n):
        r = 1.0
        for _ in range(n): r = r * x
        return r
    p9 = lambda x: p(x, 9); p15 = lambda x: p(x, 15); p20 = lambda x: p(x, 20)
    CASES = [
        (lambda x: 2*x*x - 1, 0, 1, "2*x*x - 1"),
        (lambda x: x*x*x - 2, 1, 2, "x*x*x - 2"),
        (lambda x: x*x*x - 2, 2, 1, "x*x*x - 2"),
        (lambda x: p20(x) - 0.1, 0, 1.5, "p20(x) - 0.1"),
        (lambda x: (x - 0.5)*(x - 0.5)*(x - 0.5), 0, 1.3, "(x - 0.5)*(x - 0.5)*(x - 0.5)"),
        (lambda x: 1/x - 3, 0.1, 1, "1/x - 3"),
        (lambda x: sqrt(x) - 0.1, 0, 4, "sqrt(x) - 0.1"),
        (lambda x: p9(x) - 0.5, 0.5, 3, "p9(x) - 0.5"),
        (lambda x: 1/(x - 1.5) + 4, 0, 1.4, "1/(x - 1.5) + 4"),
        (lambda x: x*x*x*x*x - x - 1, -1, 3, "x*x*x*x*x - x - 1"),
        (lambda x: 0.001*x - 1 + p15(x), 0, 2, "0.001*x - 1 + p15(x)"),
        (lambda x: 4 - x*x*x, -10, 10, "4 - x*x*x"),
        (lambda x: (x - 2)*(x - 2)*(x - 2)*(x - 2)*(x - 2) + 0.000001*(x - 2), 0, 5, "(x - 2)*(x - 2)*(x - 2)*(x - 2)*(x - 2) + 0.000001*(x - 2)"),
        (lambda x: (x + 3)*(x*x + 1) - 2, -4, -1, "(x + 3)*(x*x + 1) - 2"),
        (lambda x: x*x - 1e-8, 0, 1, "x*x - 1e-8"),
        (lambda x: 1 - 1/(x*x*x*x), 0.2, 7, "1 - 1/(x*x*x*x)"),
        (lambda x: (x - 0.7)/(x*x + 0.01), -1, 1, "(x - 0.7)/(x*x + 0.01)"),
        (lambda x: p20(x - 1) - 1e-12, 1, 3, "p20(x - 1) - 1e-12"),
        (lambda x: x*x*x*x - 2*x*x + 0.5, 0, 1, "x*x*x*x - 2*x*x + 0.5"),
        (lambda x: x*x*x*x - 2*x*x + 0.5, 1, 1.6, "x*x*x*x - 2*x*x + 0.5"),
    ]
    for f, a, b, name in CASES:
        x, calls, pts = zeroin(float(a), float(b), f, 1e-15)
        print(f'{name} on [{a}, {b}]: root {x!r}, {calls} calls, Σ points {pts!r}')
