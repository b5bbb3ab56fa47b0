using Regional.Host.Hosting;

return await RegionalHost.RunAsync(args).ConfigureAwait(false);
