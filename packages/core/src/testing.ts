/** @ftbench/core/testing: the toy decoder tests and benchmarks build real ONNX models with, and its float64 reference. */
export * from './toy-model/index.js';
