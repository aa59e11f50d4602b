package demo;

/** Greets by name. */
public final class Greeter {

  private Greeter() {}

  /**
   * Prints a greeting.
   *
   * @param name who to greet
   */
  public static void greet(String name) {
    System.out.println("hello " + name);
  }
}
