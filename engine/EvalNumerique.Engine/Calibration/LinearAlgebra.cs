namespace EvalNumerique.Engine.Calibration;

/// <summary>Small dense symmetric positive-definite systems (Cholesky), for the M-step and the standard errors.</summary>
internal static class LinearAlgebra
{
    /// <summary>A pivot below this fraction of the largest diagonal entry counts as singular.</summary>
    private const double RelativePivot = 1e-12;

    /// <summary>Solves the 3×3 system restricted to the free parameters; fixed rows get 0. False when singular.</summary>
    public static bool Solve3(ReadOnlySpan<double> matrix, ReadOnlySpan<double> rhs, Span<double> solution, FreeParameters free)
    {
        Span<int> index = stackalloc int[3];
        int n = 0;
        if (free.Slope) index[n++] = 0;
        index[n++] = 1;
        if (free.Guessing) index[n++] = 2;
        Span<double> sub = stackalloc double[n * n];
        Span<double> b = stackalloc double[n];
        for (int r = 0; r < n; r++)
        {
            b[r] = rhs[index[r]];
            for (int s = 0; s < n; s++) sub[r * n + s] = matrix[3 * index[r] + index[s]];
        }
        solution.Clear();
        if (!Cholesky(sub, n)) return false;
        SolveFactored(sub, n, b);
        for (int r = 0; r < n; r++) solution[index[r]] = b[r];
        return true;
    }

    /// <summary>
    /// W = L⁻¹ for the Cholesky factor of a symmetric positive-definite n×n matrix A = L·Lᵀ, so that
    /// (A⁻¹)ᵣₛ = Σₖ≥max(r,s) Wₖᵣ·Wₖₛ: single entries of the inverse without forming it (n³/6 flops
    /// for W instead of n³ for the whole inverse). Null when A is singular.
    /// </summary>
    public static double[]? InverseFactor(ReadOnlySpan<double> matrix, int n)
    {
        var l = matrix.ToArray();
        if (!Cholesky(l, n)) return null;
        var w = new double[n * n];
        for (int j = 0; j < n; j++)
        {
            w[j * n + j] = 1 / l[j * n + j];
            for (int i = j + 1; i < n; i++)
            {
                double sum = 0;
                for (int k = j; k < i; k++) sum += l[i * n + k] * w[k * n + j];
                w[i * n + j] = -sum / l[i * n + i];
            }
        }
        return w;
    }

    /// <summary>(A⁻¹)ᵣₛ from <see cref="InverseFactor"/>.</summary>
    public static double InverseEntry(double[] w, int n, int r, int s)
    {
        double sum = 0;
        for (int k = Math.Max(r, s); k < n; k++) sum += w[k * n + r] * w[k * n + s];
        return sum;
    }

    /// <summary>In place: the lower triangle becomes L with A = L·Lᵀ.</summary>
    private static bool Cholesky(Span<double> a, int n)
    {
        double largest = 0;
        for (int i = 0; i < n; i++) largest = Math.Max(largest, Math.Abs(a[i * n + i]));
        if (!(largest > 0) || !double.IsFinite(largest)) return false;
        for (int j = 0; j < n; j++)
        {
            double diagonal = a[j * n + j];
            for (int k = 0; k < j; k++) diagonal -= a[j * n + k] * a[j * n + k];
            if (!(diagonal > RelativePivot * largest)) return false;
            double l = Math.Sqrt(diagonal);
            a[j * n + j] = l;
            for (int i = j + 1; i < n; i++)
            {
                double sum = a[i * n + j];
                for (int k = 0; k < j; k++) sum -= a[i * n + k] * a[j * n + k];
                a[i * n + j] = sum / l;
            }
        }
        return true;
    }

    /// <summary>Solves L·Lᵀ·x = b in place.</summary>
    private static void SolveFactored(ReadOnlySpan<double> l, int n, Span<double> b)
    {
        for (int i = 0; i < n; i++)
        {
            double sum = b[i];
            for (int k = 0; k < i; k++) sum -= l[i * n + k] * b[k];
            b[i] = sum / l[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--)
        {
            double sum = b[i];
            for (int k = i + 1; k < n; k++) sum -= l[k * n + i] * b[k];
            b[i] = sum / l[i * n + i];
        }
    }
}
