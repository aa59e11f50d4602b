/**
 * The hardware profile and the precision plan made for it. {@link
 * dev.plumbline.trainer.hardware.HardwareProfile}, {@link
 * dev.plumbline.trainer.hardware.PrecisionPlan} (with {@link
 * dev.plumbline.trainer.hardware.GpuClass} and {@link dev.plumbline.trainer.hardware.DeviceKind})
 * and {@link dev.plumbline.trainer.hardware.HardwareReport} are public on purpose. {@link
 * dev.plumbline.trainer.hardware.NativeHeap} is public only because the training loop, in another
 * package, calls it once at the start of a run. Detection itself is package-private.
 */
package dev.plumbline.trainer.hardware;
