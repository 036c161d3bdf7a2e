package dev.framewatch.ingest.papercode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DependencyFilesTest {
  private static List<String> fw(String file, String text) {
    return List.copyOf(DependencyFiles.frameworks(file, text));
  }

  @Test
  void requirementsWithPinsExtrasCommentsAndIncludes() {
    String text = """
        # Core
        numpy>=1.19
        torch>=1.8  # CUDA 11 build
        tensorflow-gpu==2.4.1
        jax[cuda]==0.2.17 ; sys_platform == "linux"
        -r requirements-dev.txt
        --index-url https://download.pytorch.org/whl/cu111
        -e git+https://github.com/google/flax.git@main#egg=flax
        Keras_Preprocessing==1.1.2
        # mxnet==1.8
        scikit-learn
        """;
    assertEquals(List.of("pytorch", "tensorflow", "jax"), fw("requirements.txt", text));
    assertEquals(List.of("requirements-dev.txt"), DependencyFiles.includes(text));
    assertEquals(List.of("numpy", "torch", "tensorflow-gpu", "jax", "flax", "Keras_Preprocessing", "scikit-learn"),
        DependencyFiles.requirementsTxt(text));
  }

  @Test
  void requirementsNameByPep503AndUrlForms() {
    assertEquals(List.of("pytorch"), fw("requirements_gpu.txt", "Torch==1.4.0\ntorchvision @ https://x/torchvision.whl\n"));
    assertEquals(List.of("mxnet"), fw("requirements.txt", "mxnet-cu112>=1.9\n"));
    assertEquals(List.of("keras"), fw("requirements.txt", "keras==2.2.4\n"));
    assertEquals(List.of(), fw("requirements.txt", "torchmetrics\ntransformers\n# torch\n"));
  }

  @Test
  void pyprojectWithOptionalDependencies() {
    String text = """
        [build-system]
        requires = ["setuptools>=61", "wheel"]

        [project]
        name = "tinynet"
        dependencies = [
          "numpy>=1.22",
          "jax[cpu]>=0.4.1", # the default backend
        ]

        [project.optional-dependencies]
        torch = ["torch>=2.0", "torchvision"]
        docs = [
          "sphinx",
        ]
        """;
    assertEquals(List.of("pytorch", "jax"), fw("pyproject.toml", text));
    assertEquals(List.of("setuptools", "wheel", "numpy", "jax", "torch", "torchvision", "sphinx"),
        DependencyFiles.pyprojectToml(text));
  }

  @Test
  void poetryDependencyTables() {
    String text = """
        [tool.poetry]
        name = "gan-lab"
        description = "GANs in TensorFlow"

        [tool.poetry.dependencies]
        python = "^3.8"
        tensorflow = {version = "^2.6", optional = true}
        numpy = "^1.21"

        [tool.poetry.group.dev.dependencies]
        pytest = "^7"
        """;
    assertEquals(List.of("tensorflow"), fw("pyproject.toml", text));
    assertEquals(List.of("tensorflow", "numpy", "pytest"), DependencyFiles.pyprojectToml(text));
  }

  @Test
  void setupPyInstallRequiresAndExtras() {
    String text = """
        from setuptools import setup, find_packages

        setup(
            name='mixhop',
            description='A TensorFlow implementation of MixHop',
            packages=find_packages(),
            install_requires=['numpy', 'scipy>=1.1', "tensorflow-gpu==1.12.0"],
            extras_require={'viz': ['matplotlib'], "jax": ["jaxlib>=0.1.37"]},
        )
        """;
    assertEquals(List.of("tensorflow", "jax"), fw("setup.py", text));
  }

  @Test
  void setupCfgOptions() {
    String text = """
        [metadata]
        name = tinynet
        description = pytorch-free

        [options]
        packages = find:
        install_requires =
            numpy
            mxnet>=1.6  # the GPU build works too
        [options.extras_require]
        paddle = paddlepaddle-gpu==2.1
        """;
    assertEquals(List.of("mxnet", "paddlepaddle"), fw("setup.cfg", text));
  }

  @Test
  void condaEnvironmentWithPipSubsection() {
    String text = """
        name: egocnn
        channels:
          - pytorch
          - conda-forge
        dependencies:
          - python=3.7
          - pytorch::pytorch=1.1.0=py3.7_cuda10.0.130_cudnn7.5.1_0
          - cudatoolkit=10.0
          - pip
          - pip:
            - tensorflow==1.14.0
            - "dm-haiku"
        """;
    assertEquals(List.of("pytorch", "tensorflow", "jax"), fw("environment.yml", text));
    // The channel named pytorch is not a package
    assertEquals(List.of(), fw("environment.yaml", "name: x\nchannels:\n  - pytorch\ndependencies:\n  - numpy\n"));
  }

  @Test
  void topLevelPythonImports() {
    String text = """
        import os, numpy as np
        import tensorflow.compat.v1 as tf
        from keras.layers import Dense
        # import torch
            from jax import numpy as jnp
        print("import mxnet")
        """;
    assertEquals(List.of("tensorflow", "jax", "keras"), fw("train.py", text));
  }

  @Test
  void notebookOnlyRepository() {
    String notebook = """
        {"cells": [
          {"cell_type": "markdown", "metadata": {}, "source": ["We compare to PyTorch\\n", "import torch\\n"]},
          {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
           "source": ["!pip install -q flax==0.3.4\\n", "import numpy as np\\n", "from matplotlib import pyplot as plt"]},
          {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": "import mxnet as mx\\nx = 1"}
         ],
         "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 2}
        """;
    assertEquals(List.of("jax", "mxnet"), fw("Demo.ipynb", notebook));
    assertEquals(List.of(), fw("Broken.ipynb", "{not json"));
  }

  @Test
  void whichFilesAreRead() {
    for (String name : List.of("requirements.txt", "Requirements-GPU.txt", "setup.py", "setup.cfg", "pyproject.toml",
        "environment.yml")) {
      assertTrue(DependencyFiles.declaresDependencies(name), name);
    }
    assertFalse(DependencyFiles.declaresDependencies("README.md"));
    assertTrue(DependencyFiles.isCode("main.py"));
    assertTrue(DependencyFiles.isCode("demo.ipynb"));
    assertFalse(DependencyFiles.isCode("setup.py"));
    assertEquals(Set.of(), DependencyFiles.frameworks("README.md", "pip install torch"));
  }
}
