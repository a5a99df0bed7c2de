package org.interchange.ui.fx;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waiting for and reading from the FX thread in TestFX tests. Conditions and reads run on the FX thread, because
 * looking nodes up while the FX thread changes the scene graph fails at random.
 */
final class FxWait {
    private FxWait() {
    }

    static void until(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 30 s", e);
        }
    }

    static <T> T fx(Callable<T> read) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, read);
    }
}
