/**
 * Pages that exist only with the profile {@code bench}, for the benchmarks in bench/.
 */
@NullMarked
package id.simitra.platform.bench;

import org.jspecify.annotations.NullMarked;
