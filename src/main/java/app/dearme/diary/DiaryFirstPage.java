package app.dearme.diary;

import app.dearme.platform.cache.Weighed;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.cache.Cache;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owner's first page of the unfiltered list, cached per user in its wire form (issue 15: the list is the hottest
 * read; after the query, serialising twenty diaries was the largest part of its CPU). The entry holds the newest
 * {@value #ROWS} diaries (the API's default page size), each already serialised, and any page size up to that is
 * assembled from them (the web app asks for 10); a larger page is read through without caching, so the entry is only
 * ever loaded, never replaced by a put. Every diary write evicts the entry in its transaction, again on commit and on
 * every instance ({@code ClusterCacheManager}); the load runs inside the cache's own compute, so an eviction racing a
 * load waits for it and removes what it loaded.
 */
@Component
class DiaryFirstPage {

    static final int ROWS = 20;

    private final Cache cache;
    private final JsonMapper json;

    DiaryFirstPage(DiaryReadCaches caches, JsonMapper json) {
        this.cache = caches.firstPage;
        this.json = json;
    }

    /** Each of the newest diaries as JSON, newest first, and the owner's total. */
    record Cached(List<byte[]> items, long total) implements Serializable, Weighed {
        @Override
        public int weightBytes() {
            return 64 + items.stream().mapToInt(b -> b.length + 32).sum();
        }
    }

    /** The first page of the given size as the JSON of {@link DiaryDtos.Page}; {@code load} reads a page of a size. */
    byte[] get(long userId, int perPage, IntFunction<DiaryDtos.Page> load) {
        if (perPage > ROWS) {
            return json.writeValueAsBytes(load.apply(perPage));
        }
        Cached hit = cache.get(userId, () -> {
            DiaryDtos.Page p = load.apply(ROWS);
            return new Cached(p.items().stream().map(json::writeValueAsBytes).toList(), p.total());
        });
        return assemble(hit.items().subList(0, Math.min(perPage, hit.items().size())), hit.total(), perPage);
    }

    /** Byte for byte what the JSON mapper writes for {@code new Page(items, total, 1, perPage)} (DiaryReadCachesIT). */
    static byte[] assemble(List<byte[]> items, long total, int perPage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + items.stream().mapToInt(b -> b.length + 1).sum());
        out.writeBytes(ascii("{\"items\":["));
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(items.get(i));
        }
        out.writeBytes(ascii("],\"total\":" + total + ",\"page\":1,\"per_page\":" + perPage + "}"));
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
