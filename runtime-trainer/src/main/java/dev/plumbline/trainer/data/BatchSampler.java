// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.trainer.data;

/**
 * Draws batch start offsets, nanoGPT's {@code torch.randint(len(data) - block_size, (B,))}, from a
 * seeded generator per split whose state can be saved and restored.
 */
final class BatchSampler {

  // Distinct stream constants so that train and val never draw the same sequence of offsets.
  private static final long TRAIN_STREAM = 0x5452_4149_4E00_0001L;
  private static final long VAL_STREAM = 0x5641_4C00_0000_0002L;

  private final long seed;
  private final SplitMix64 train;
  private final SplitMix64 val;

  /**
   * A sampler at the start of its streams.
   *
   * @param seed {@code training.seed}
   */
  public BatchSampler(long seed) {
    this(new SamplerState(seed, SplitMix64.mix(seed ^ TRAIN_STREAM),
        SplitMix64.mix(seed ^ VAL_STREAM)));
  }

  /**
   * A sampler resumed from a saved state.
   *
   * @param state the state saved by {@link #state()}
   */
  public BatchSampler(SamplerState state) {
    this.seed = state.seed();
    this.train = new SplitMix64(state.trainState());
    this.val = new SplitMix64(state.valState());
  }

  /**
   * The next start offset of a split.
   *
   * @param split which stream to draw from
   * @param bound exclusive upper bound: tokens in the split minus block size
   * @return the offset
   */
  public long nextOffset(Split split, long bound) {
    return (split == Split.TRAIN ? train : val).nextBounded(bound);
  }

  /**
   * The current state, for a checkpoint.
   *
   * @return the state
   */
  public SamplerState state() {
    return new SamplerState(seed, train.state(), val.state());
  }
}
