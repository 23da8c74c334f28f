console.log('action placeholder');
