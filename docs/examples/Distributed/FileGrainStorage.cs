using System.Globalization;
using Orleans.Serialization;
using Orleans.Storage;

namespace Distributed;

/// <summary>
/// Grain state in files under one folder, shared by every silo of the (in-process or one-machine) cluster, so a grain
/// reactivated on another silo reads what its last activation wrote. Each file starts with the state's version (its
/// ETag); a write from a stale activation is refused (<see cref="InconsistentStateException"/>). A stand-in for a
/// database: the point is that state outlives the silo that wrote it.
/// </summary>
public sealed class FileGrainStorage(string root, Serializer serializer) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        if (!File.Exists(path))
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var bytes = await File.ReadAllBytesAsync(path);
        grainState.ETag = BitConverter.ToInt64(bytes, 0).ToString(CultureInfo.InvariantCulture);
        grainState.State = serializer.Deserialize<T>(bytes.AsMemory(8));
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var path = PathOf(stateName, grainId);
        var stored = File.Exists(path) ? Version(path) : (long?)null;
        if (stored?.ToString(CultureInfo.InvariantCulture) != grainState.ETag)
        {
            throw new InconsistentStateException($"The state of {grainId} was written by another activation (stored version {stored}, this one {grainState.ETag}).", stored?.ToString(CultureInfo.InvariantCulture), grainState.ETag);
        }

        var version = (stored ?? 0) + 1;
        var body = serializer.SerializeToArray(grainState.State);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var file = File.Create(temporary))
        {
            await file.WriteAsync(BitConverter.GetBytes(version));
            await file.WriteAsync(body);
        }

        File.Move(temporary, path, overwrite: true);
        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        File.Delete(PathOf(stateName, grainId));
        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
        return Task.CompletedTask;
    }

    private static long Version(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> header = stackalloc byte[8];
        file.ReadExactly(header);
        return BitConverter.ToInt64(header);
    }

    private string PathOf(string stateName, GrainId grainId)
    {
        var name = string.Concat($"{stateName}-{grainId}".Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
        Directory.CreateDirectory(root);
        return Path.Combine(root, name + ".bin");
    }
}
