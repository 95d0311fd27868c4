namespace ResumeMatcher.Core.Matching;

/// <summary>
/// Storage for growing posting lists without doubling buffers: fixed-size pages (1 MB, allocated once and never
/// copied or freed while building) cut into blocks, each a payload followed by the four-byte address of the term's
/// next block. A term's first block holds 12 bytes and each next one a quarter of what the term holds so far (at most
/// 4 KB), so the unused tail of a term's last block stays under about a fifth of its list, and a reader can tell each
/// block's size from the bytes it has read. Entries run on across blocks. An address is an int: page (11 bits) and
/// offset in it (20 bits).
/// </summary>
internal sealed class PostingBlocks
{
    public const int PageBits = 20;
    public const int PageSize = 1 << PageBits;
    public const int OffsetMask = PageSize - 1;

    private const int MinPayload = 12;
    private const int MaxPayload = 4092;

    private readonly List<byte[]> _pages = [];
    private byte[] _page = [];
    private int _used = PageSize;

    /// <summary>The payload size of a term's next block, given the payload bytes the term already holds.</summary>
    public static int NextPayload(int held) => Math.Clamp(held / 4, MinPayload, MaxPayload);

    /// <summary>A new block with <paramref name="payload"/> bytes and room for the next block's address after them.</summary>
    public int Allocate(int payload)
    {
        var size = payload + sizeof(int);
        if (PageSize - _used < size)
        {
            if (_pages.Count == 1 << (31 - PageBits))
            {
                throw new InvalidOperationException("The posting lists outgrew 2 GB.");
            }

            _page = new byte[PageSize];
            _pages.Add(_page);
            _used = 0;
        }

        var address = ((_pages.Count - 1) << PageBits) | _used;
        _used += size;
        return address;
    }

    /// <summary>A page being written.</summary>
    public byte[] Page(int address) => _pages[address >> PageBits];

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
