package dev.deriv.compile;

import java.util.Optional;

/**
 * Whether the Vector API ({@code jdk.incubator.vector}) is present in this JVM
 * and worth using: the module must be in the boot layer
 * ({@code --add-modules jdk.incubator.vector}) and the preferred species must
 * have at least two double lanes. {@code -Dderiv.simd=false} turns it off.
 */
public final class Simd {
    private Simd() {}

    private static final class Probe {
        static final int LANES = probe();

        private static int probe() {
            if ("false".equalsIgnoreCase(System.getProperty("deriv.simd"))) return 0;
            Optional<Module> m = ModuleLayer.boot().findModule("jdk.incubator.vector");
            if (m.isEmpty()) return 0;
            try {
                Class<?> dv = Class.forName("jdk.incubator.vector.DoubleVector", true, ClassLoader.getSystemClassLoader());
                Object species = dv.getField("SPECIES_PREFERRED").get(null);
                Class<?> vs = Class.forName("jdk.incubator.vector.VectorSpecies");
                int lanes = (Integer) vs.getMethod("length").invoke(species);
                return lanes >= 2 ? lanes : 0;
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return 0;
            }
        }
    }

    /** True when the JVM runs without {@code --add-modules jdk.incubator.vector}. */
    public static boolean moduleMissing() { return ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty(); }

    /** True when generated code may use DoubleVector loops. */
    public static boolean available() { return Probe.LANES > 0; }

    /** Doubles per vector of the preferred species; 0 when SIMD is unavailable. */
    public static int lanes() { return Probe.LANES; }
}
