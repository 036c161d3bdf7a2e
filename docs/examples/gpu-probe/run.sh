#!/bin/bash
# framewatch's GPU path on the lent machine: the engine's GPU count, classify.device, the head trained on CPU and GPU.
echo "== machine"; nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader; nproc
echo "== java here: $(command -v java || echo none); carried: $(.gpu/jre/bin/java -version 2>&1 | head -1)"
TL=$(python3 -c 'import torch,os;print(os.path.dirname(torch.__file__)+"/lib")')
python3 -c 'import torch;print("python torch", torch.__version__, "cuda", torch.version.cuda, "available", torch.cuda.is_available())'
ls $TL | grep -E "libtorch|libc10" | tr '\n' ' '; echo
export PYTORCH_LIBRARY_PATH=$TL PYTORCH_VERSION=2.7.1 PYTORCH_FLAVOR=cu128 DJL_CACHE_DIR=/tmp/djl LD_LIBRARY_PATH=$TL:$LD_LIBRARY_PATH
echo "== probe: DJL PyTorch JNI 2.7.1 (cu128 jnilib from pytorch-jni) over the machine's libtorch"
timeout ${1:-200} .gpu/jre/bin/java -Dai.djl.offline=true -cp ".gpu/lib/*" GpuProbe ${2:-10000} 2>&1 | grep -v "^\s*at " | tail -30
echo "probe exit ${PIPESTATUS[0]}"
