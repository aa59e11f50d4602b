/**
 * Evaluation metrics as a plain Java API, usable without training (to score one's own
 * predictions too), each defined as a reference tool defines it and tested against that tool:
 *
 * <ul>
 *   <li>classification: {@link dev.plumbline.trainer.eval.ClassificationMetrics} (accuracy,
 *       precision, recall, F1 with {@link dev.plumbline.trainer.eval.Average}, confusion matrix)
 *       and {@link dev.plumbline.trainer.eval.RocAuc}, as scikit-learn;
 *   <li>language models: {@link dev.plumbline.trainer.eval.Perplexity}, {@link
 *       dev.plumbline.trainer.eval.Bleu} (sacreBLEU's corpus BLEU, {@link
 *       dev.plumbline.trainer.eval.Tokenizer13a}), {@link dev.plumbline.trainer.eval.Rouge}
 *       (rouge-score), {@link dev.plumbline.trainer.eval.MultipleChoice} (the LM evaluation
 *       harness's acc and acc_norm) over {@link dev.plumbline.trainer.eval.BenchmarkFiles}
 *       (HellaSwag, MMLU, GSM8K) and {@link dev.plumbline.trainer.eval.Gsm8k} exact match; a
 *       model takes part through {@link dev.plumbline.trainer.eval.TokenScorer};
 *   <li>vision: {@link dev.plumbline.trainer.eval.TopK}, {@link
 *       dev.plumbline.trainer.eval.MaskOverlap} (IoU, Dice) and {@link
 *       dev.plumbline.trainer.eval.DetectionPrecision} (AP and mAP by an {@link
 *       dev.plumbline.trainer.eval.ApDefinition}: VOC 11-point, VOC all-points, COCO
 *       101-point);
 *   <li>performance: {@link dev.plumbline.trainer.eval.PeakMemory} and {@link
 *       dev.plumbline.trainer.eval.PeakFlops} (for MFU).
 * </ul>
 *
 * <p>Every public type here is public on purpose.
 */
package dev.plumbline.trainer.eval;
