package it.app;

import dev.plumbline.annotations.EntryPoint;
import it.core.Store;

@EntryPoint
public class Main {
  public static void main(String[] args) {
    new Store().save("42");
  }
}
