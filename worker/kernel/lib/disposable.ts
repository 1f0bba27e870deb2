// What a registration returns: undo it with dispose().

export interface Disposable {
  dispose(): void;
}
