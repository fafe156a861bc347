package app.dearme.diary;

/** The {@code diaries.embedding real[]} column's Java side: PgJDBC binds a {@code Float[]} as {@code float4[]}. */
final class Embeddings {

    private Embeddings() {
    }

    static Float[] boxed(float[] v) {
        Float[] boxed = new Float[v.length];
        for (int i = 0; i < v.length; i++) {
            boxed[i] = v[i];
        }
        return boxed;
    }

    static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }
}
