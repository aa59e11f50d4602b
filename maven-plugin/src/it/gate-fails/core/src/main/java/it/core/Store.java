package it.core;

import dev.plumbline.annotations.Critical;
import dev.plumbline.annotations.Module;

@Module(name = "store", description = "Keeps the results")
@Critical("results are lost without it")
public class Store {
  public void save(String result) {
    System.out.println("[INFO] saved " + result);
  }
}
