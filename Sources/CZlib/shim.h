#include <stdlib.h>
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

/// Compresses `chunk` (of `chunkLength` bytes) repeated `times` times as one gzip member
/// (RFC 1952, what `Content-Encoding: gzip` carries), never holding the repeated input.
/// Returns a buffer from malloc (the caller frees it) of `*length` bytes, or NULL when
/// memory runs out.
static inline unsigned char *byline_gzip_repeated(const unsigned char *chunk, unsigned long chunkLength,
                                                  unsigned long times, int level, unsigned long *length) {
    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return NULL;
    unsigned long capacity = deflateBound(&stream, chunkLength) + 64, used = 0;
    unsigned char *output = malloc(capacity);
    for (unsigned long round = 0; output != NULL && round <= times; round++) {
        int last = round == times;
        stream.next_in = (unsigned char *)chunk;
        stream.avail_in = last ? 0 : (uInt)chunkLength;
        do {
            if (used == capacity) {
                unsigned char *grown = realloc(output, capacity * 2);
                if (grown == NULL) { free(output); output = NULL; break; }
                output = grown;
                capacity *= 2;
            }
            stream.next_out = output + used;
            stream.avail_out = (uInt)(capacity - used);
            deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
            used = capacity - stream.avail_out;
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    *length = used;
    return output;
}
