using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace ParseKamerstuk.Cli;

/// <summary>What a directory entry is, as far as a walk needs to know.</summary>
internal enum FileType
{
    /// <summary>It does not exist, or cannot be examined.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A FIFO, socket or device: reading it may block for ever or never end.</summary>
    Special,
}

/// <summary>The type and identity (device and inode) of a file, from <c>statx</c> on Linux.</summary>
/// <param name="Type">What it is (symlinks followed).</param>
/// <param name="Device">The device it lies on.</param>
/// <param name="Inode">Its inode on that device.</param>
internal readonly partial record struct FileKind(FileType Type, ulong Device, ulong Inode)
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;

    /// <summary>
    /// Examines <paramref name="path"/>, following symlinks. Off Linux only what .NET can tell: a file, a directory,
    /// or missing, without identity.
    /// </summary>
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileKind(Directory.Exists(path) ? FileType.Directory : File.Exists(path) ? FileType.Regular : FileType.Missing, 0, 0);
        }

        // struct statx is the same on every Linux architecture: stx_mode (u16) at 28, stx_ino (u64) at 32,
        // stx_dev_major and stx_dev_minor (u32) at 136 and 140.
        var buffer = new byte[256];
        if (Statx(AtFdCwd, path, 0, StatxType | StatxIno, buffer) != 0)
        {
            return new FileKind(FileType.Missing, 0, 0);
        }

        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28)) & 0xF000;
        var type = mode switch
        {
            0x8000 => FileType.Regular,
            0x4000 => FileType.Directory,
            _ => FileType.Special,
        };
        var device = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(136)) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(140));
        return new FileKind(type, device, BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(32)));
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, byte[] buffer);
}
