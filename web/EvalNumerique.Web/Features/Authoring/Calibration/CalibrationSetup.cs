namespace EvalNumerique.Web.Features.Authoring.Calibration;

/// <summary>Registers calibration runs: the background worker and the trainers' service.</summary>
public static class CalibrationSetup
{
    public static IServiceCollection AddCalibration(this IServiceCollection services)
    {
        services.AddSingleton<CalibrationJobs>();
        services.AddHostedService(sp => sp.GetRequiredService<CalibrationJobs>());
        services.AddSingleton<CalibrationService>();
        return services;
    }
}
