#include <string.h>
#include <zlib.h>

/// Compresses `source` into `target` (of `*targetLength` bytes) with `dictionary` as zlib's
/// preset dictionary; on return `*targetLength` is the compressed size. Returns Z_OK, or a
/// zlib error (Z_BUF_ERROR when the target is too small).
static inline int byline_deflate(const unsigned char *source, unsigned long sourceLength,
                                 const unsigned char *dictionary, unsigned int dictionaryLength,
                                 unsigned char *target, unsigned long *targetLength, int level) {
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    int status = deflateInit(&stream, level);
    if (status != Z_OK) return status;
    if (dictionaryLength > 0) {
        status = deflateSetDictionary(&stream, dictionary, dictionaryLength);
        if (status != Z_OK) { deflateEnd(&stream); return status; }
    }
    stream.next_in = (unsigned char *)source;
    stream.avail_in = (uInt)sourceLength;
    stream.next_out = target;
    stream.avail_out = (uInt)*targetLength;
    status = deflate(&stream, Z_FINISH);
    *targetLength = stream.total_out;
    deflateEnd(&stream);
    return status == Z_STREAM_END ? Z_OK : (status == Z_OK ? Z_BUF_ERROR : status);
}

/// Decompresses what `byline_deflate` wrote with the same dictionary into `target` (of
/// `*targetLength` bytes); on return `*targetLength` is the decompressed size.
static inline int byline_inflate(const unsigned char *source, unsigned long sourceLength,
                                 const unsigned char *dictionary, unsigned int dictionaryLength,
                                 unsigned char *target, unsigned long *targetLength) {
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    int status = inflateInit(&stream);
    if (status != Z_OK) return status;
    stream.next_in = (unsigned char *)source;
    stream.avail_in = (uInt)sourceLength;
    stream.next_out = target;
    stream.avail_out = (uInt)*targetLength;
    status = inflate(&stream, Z_FINISH);
    if (status == Z_NEED_DICT) {
        status = inflateSetDictionary(&stream, dictionary, dictionaryLength);
        if (status == Z_OK) status = inflate(&stream, Z_FINISH);
    }
    *targetLength = stream.total_out;
    inflateEnd(&stream);
    return status == Z_STREAM_END ? Z_OK : (status == Z_OK ? Z_BUF_ERROR : status);
}
