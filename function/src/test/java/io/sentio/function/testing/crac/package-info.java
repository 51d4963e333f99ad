/**
 * A stand-in CRaC implementation for tests, in the shape {@code org.crac} looks for when started
 * with {@code -Dorg.crac.Core.Compat=io.sentio.function.testing.crac}: {@link Core#checkpointRestore()}
 * runs every registered resource's {@code beforeCheckpoint} then {@code afterRestore}, as
 * Lambda SnapStart does around its snapshot. Lets a test run the real Lambda init path, priming
 * included, on a JVM without CRaC.
 */
package io.sentio.function.testing.crac;
