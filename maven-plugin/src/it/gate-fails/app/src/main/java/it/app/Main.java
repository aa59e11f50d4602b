package it.app;

import dev.plumbline.annotations.EntryPoint;

@EntryPoint
public class Main {
  public static void main(String[] args) {
    System.out.println("[INFO] the store is never called");
  }
}
