namespace ResumeMatcher.Core.Matching;

/// <summary>
/// Storage for growing posting lists without doubling buffers: fixed-size pages (1 MB, allocated once and never
/// copied or freed while building) cut into blocks of 16 bytes to 4 KB, a term's blocks doubling from one to the next
/// up to 4 KB, each block ending with the address of the next. Blocks are 16-byte aligned, so an address is an int:
/// page (11 bits), offset in 16-byte units (16 bits) and size class (4 bits: 16 × 2^class bytes).
/// </summary>
internal sealed class PostingBlocks
{
    /// <summary>The most bytes one entry (gap and flag, then count: two 32-bit varints) can take.</summary>
    public const int MaxEntryBytes = 10;

    public const int MaxSizeClass = 8;

    private const int PageBits = 20;
    private const int PageSize = 1 << PageBits;

    private readonly List<byte[]> _pages = [];
    private byte[] _page = [];
    private int _used = PageSize;

    /// <summary>A new block of 16 × 2^<paramref name="sizeClass"/> bytes; its last four bytes are for the next block's address.</summary>
    public int Allocate(int sizeClass, out byte[] page, out int offset, out int end)
    {
        var size = 16 << sizeClass;
        if (PageSize - _used < size)
        {
            if (_pages.Count == 1 << 11)
            {
                throw new InvalidOperationException("The posting lists outgrew 2 GB.");
            }

            _page = new byte[PageSize];
            _pages.Add(_page);
            _used = 0;
        }

        page = _page;
        offset = _used;
        end = offset + size - sizeof(int);
        _used += size;
        return ((_pages.Count - 1) << PageBits) | ((offset >> 4) << 4) | sizeClass;
    }

    /// <summary>A page being written.</summary>
    public byte[] Page(int number) => _pages[number];

    /// <summary>Where a block lies: page number, offset in it, size in bytes.</summary>
    public static (int Page, int Offset, int Size) Locate(int block) =>
        (block >> PageBits, ((block >> 4) & 0xFFFF) << 4, 16 << (block & 0xF));

    /// <summary>The pages, the last one cut to what was used; the store must not be written afterwards.</summary>
    public byte[][] Freeze()
    {
        if (_pages.Count > 0 && _used < PageSize)
        {
            Array.Resize(ref _page, _used);
            _pages[^1] = _page;
        }

        var pages = _pages.ToArray();
        _pages.Clear();
        _page = [];
        return pages;
    }
}
