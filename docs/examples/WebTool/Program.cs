using NodaTime;
using Npgsql;
using WebTool;

// The district office's web tool. Configuration: the connection string in ConnectionStrings:Office (or the
// environment variable TAIAFFAIRS_PG); --urls as for any ASP.NET Core app. Migrations are applied at start.
var app = await WebToolApp.BuildAsync(args);
await app.RunAsync();

namespace WebTool
{
    /// <summary>Builds the web tool: services, migrations, the years loaded from the database, pages and API.</summary>
    public static class WebToolApp
    {
        /// <summary>Builds the app (migrated and loaded, not yet started).</summary>
        /// <param name="args">Command-line arguments (<c>--urls</c>, <c>--ConnectionStrings:Office=...</c>).</param>
        /// <param name="clock">The clock (tests pass a fake one); <see langword="null"/> for the system clock.</param>
        /// <returns>The app.</returns>
        public static async Task<WebApplication> BuildAsync(string[] args, IClock? clock = null)
        {
            var builder = WebApplication.CreateSlimBuilder(args);
            var connection = builder.Configuration.GetConnectionString("Office") ?? Environment.GetEnvironmentVariable("TAIAFFAIRS_PG")
                ?? throw new InvalidOperationException("No database: set ConnectionStrings:Office or TAIAFFAIRS_PG (docs/examples/WebTool/README.md).");
            var dataSource = new NpgsqlDataSourceBuilder(connection).UseNodaTime().Build();
            builder.Services.AddSingleton(dataSource);
            builder.Services.AddSingleton(clock ?? SystemClock.Instance);
            builder.Services.AddSingleton<Store>();
            builder.Services.AddSingleton<Office>();
            builder.Services.AddAntiforgery(o => o.FormFieldName = "__RequestVerificationToken");
            builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = 64 * 1024 * 1024);
            var app = builder.Build();

            await Migrations.ApplyAsync(dataSource);
            await app.Services.GetRequiredService<Office>().LoadAsync();
            app.Lifetime.ApplicationStopped.Register(dataSource.Dispose);
            Pages.Map(app);
            Api.Map(app);
            return app;
        }
    }
}
